package org.cupola.ipp;

/**
 * Authentication failed: wrong user name or password after the allowed number of attempts, or no
 * {@link CredentialsPrompt} to ask for them.
 */
public class NotAuthorizedException extends IppException {

	private static final long serialVersionUID = 1L;

	private final String user;

	/**
	 * @param message
	 *            the user-facing message
	 * @param user
	 *            the user name tried last, or null
	 */
	public NotAuthorizedException(String message, String user) {
		super(message);
		this.user = user;
	}

	/** {@return the user name tried last, or null if none was} */
	public String user() {
		return user;
	}
}
