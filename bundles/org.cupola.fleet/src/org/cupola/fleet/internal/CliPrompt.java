package org.cupola.fleet.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsStore;

/**
 * How the headless commands log in, the same way as {@code cupola diagnose}: the password from
 * {@code CUPOLA_PASSWORD} (tried once per operation), else the one remembered for the server (the
 * {@link CredentialsStore}; its user must be {@code --user} when that is given), else a no-echo prompt on the terminal
 * when there is one. Prompts for several servers running at once are asked one at a time ({@link #TERMINAL}).
 */
public final class CliPrompt {

	/** Held while anything is asked on the terminal, so questions of concurrent servers never interleave. */
	public static final Object TERMINAL = new Object();

	private CliPrompt() {
	}

	/**
	 * @param user
	 *            the user ({@code --user}, else the requesting user)
	 * @param userGiven
	 *            whether {@code --user} was given
	 * @param envPassword
	 *            {@code CUPOLA_PASSWORD}, or null
	 * @param store
	 *            remembered passwords, or null
	 * @param console
	 *            the terminal, or null (never prompt)
	 * @param err
	 *            where "wrong password" goes
	 * @return the prompt
	 */
	public static CredentialsPrompt of(String user, boolean userGiven, String envPassword, CredentialsStore store,
			Console console, PrintStream err) {
		return request -> {
			boolean first = request.attempt() == 1 && request.reason() == CredentialsRequest.Reason.REQUIRED;
			if (envPassword != null) {
				return first ? new Credentials(user, envPassword.toCharArray()) : null;
			}
			if (first && store != null) {
				Credentials saved = store.load(request.server());
				if (saved != null && (!userGiven || saved.user().equals(user))) {
					return saved;
				}
				if (saved != null) {
					saved.clear();
				}
			}
			if (console == null) {
				return null;
			}
			synchronized (TERMINAL) {
				if (request.attempt() > 1) {
					err.println(Messages.Cli_wrongPassword);
				}
				char[] pw = console.readPassword("%s", Messages.bind(Messages.Cli_passwordPrompt, //$NON-NLS-1$
						new Object[] { user, request.server().hostAndPort(), request.operationName() }));
				if (pw == null) {
					return null;
				}
				try {
					return new Credentials(user, pw);
				} finally {
					Arrays.fill(pw, '\0');
				}
			}
		};
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
