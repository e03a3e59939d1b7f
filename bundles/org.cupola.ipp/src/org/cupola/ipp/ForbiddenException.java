package org.cupola.ipp;

/**
 * The user is authenticated but may not do this (for administration: not in the SystemGroup, e.g. lpadmin). The user
 * is never prompted again for this.
 */
public class ForbiddenException extends IppException {

	private static final long serialVersionUID = 1L;

	private final String user;

	/**
	 * @param message
	 *            the user-facing message
	 * @param user
	 *            the authenticated (or requesting) user
	 */
	public ForbiddenException(String message, String user) {
		super(message);
		this.user = user;
	}

	/** {@return the user who was refused} */
	public String user() {
		return user;
	}
}
