package org.cupola.ipp;

/**
 * Asks the user for a user name and password when CUPS demands authentication. Registered as an OSGi service by the
 * UI (or set directly on a {@link CupsConnection}).
 * <p>
 * May be called from any thread; if UI interaction is needed, the implementation is responsible for running it on
 * the UI thread. The call blocks the operation that needs the credentials; the implementation should close its
 * dialog when {@link CredentialsRequest#cancelToken()} is cancelled (see {@link CancelToken#onCancel(Runnable)}) and
 * then return null.
 */
@FunctionalInterface
public interface CredentialsPrompt {

	/**
	 * Asks for credentials.
	 *
	 * @param request
	 *            the server, the operation, the attempt number and why credentials are needed
	 * @return the credentials to try (the connection takes ownership and zeroes them when no longer needed), or null
	 *         to decline (the operation then ends with {@link LoginDeclinedException}, or with
	 *         {@link org.eclipse.core.runtime.OperationCanceledException} if it was cancelled meanwhile)
	 */
	Credentials getCredentials(CredentialsRequest request);
}
