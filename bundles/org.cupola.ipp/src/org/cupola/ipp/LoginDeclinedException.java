package org.cupola.ipp;

/**
 * CUPS asked for a user name and password and the user declined to give them: the {@link CredentialsPrompt} answered
 * null while the operation itself was not cancelled. A login error, not a cancel: a cancelled operation still ends
 * with {@link org.eclipse.core.runtime.OperationCanceledException}. Nothing was changed on the server.
 * <p>
 * {@link org.cupola.ipp.jobs.CupsJob} ends quietly on it, as on a cancel (no error dialog): its future is cancelled
 * with this exception as the cause of the {@link java.util.concurrent.CancellationException}.
 */
public class LoginDeclinedException extends NotAuthorizedException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message
	 *            the user-facing message
	 * @param user
	 *            the user name tried before the prompt, or null
	 */
	public LoginDeclinedException(String message, String user) {
		super(message, user);
	}
}
