package org.cupola.fleet.internal;

import java.io.Console;
import java.io.PrintStream;

import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsStore;
import org.cupola.troubleshoot.ConsoleLogin;

/**
 * How the headless commands log in, the same way as {@code cupola diagnose}: the password from
 * {@code CUPOLA_PASSWORD} (tried once per operation), else the one remembered for the server (the
 * {@link CredentialsStore}; its user must be {@code --user} when that is given), else a no-echo prompt on the terminal
 * when there is one. Prompts for several servers running at once are asked one at a time ({@link #TERMINAL}).
 */
public final class CliPrompt {

	/** Held while anything is asked on the terminal, so questions of concurrent servers never interleave. */
	public static final Object TERMINAL = ConsoleLogin.TERMINAL;

	private CliPrompt() {
	}

	/** {@return the login of {@code cupola diagnose}, see {@link ConsoleLogin#of}} */
	public static CredentialsPrompt of(String user, boolean userGiven, String envPassword, CredentialsStore store,
			Console console, PrintStream err) {
		return ConsoleLogin.of(user, userGiven, envPassword, store, console, err);
	}

	/** {@return a secret read without echo, or null without a terminal} */
	public static String askSecret(Console console, String server, String name) {
		if (console == null) {
			return null;
		}
		synchronized (TERMINAL) {
			char[] pw = console.readPassword("%s", Messages.bind(Messages.Cli_secretPrompt, name, server)); //$NON-NLS-1$
			return pw == null ? null : new String(pw);
		}
	}
}
