package org.cupola.troubleshoot;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsStore;
import org.cupola.troubleshoot.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * How every headless command logs in ({@code cupola diagnose}, {@code export}, {@code diff}, {@code apply}): the
 * password from {@code CUPOLA_PASSWORD} (tried once per operation), else the one remembered for the server (the
 * {@link CredentialsStore}; its user must be {@code --user} when that is given), else a no-echo prompt on the
 * terminal when there is one. Questions of servers handled at the same time are asked one at a time
 * ({@link #TERMINAL}).
 */
public final class ConsoleLogin {

	/** Held while anything is asked on the terminal, so questions of concurrent servers never interleave. */
	public static final Object TERMINAL = new Object();

	private ConsoleLogin() {
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
				char[] pw = console.readPassword("%s", NLS.bind(Messages.Cli_passwordPrompt, //$NON-NLS-1$
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
}
