package org.cupola.ipp;

/**
 * What a {@link CredentialsPrompt} is told when asked for credentials.
 *
 * @param server
 *            the server that demands authentication
 * @param operationName
 *            the human name of the operation, e.g. "fetching device list"
 * @param attempt
 *            1 for the first prompt of this operation, 2 after a first wrong password, ...
 * @param reason
 *            why the prompt is shown
 * @param previousUser
 *            the user name tried last (to prefill the dialog), or null
 * @param cancelToken
 *            cancelled when the operation is cancelled: the prompt should then close and return null
 */
public record CredentialsRequest(CupsServer server, String operationName, int attempt, Reason reason,
		String previousUser, CancelToken cancelToken) {

	/** Why credentials are requested. Forbidden (authenticated but not allowed) is never prompted. */
	public enum Reason {
		/** The server requires authentication and no (untried) credentials are known. */
		REQUIRED,
		/** The server rejected the last user name / password. */
		WRONG_PASSWORD
	}
}
