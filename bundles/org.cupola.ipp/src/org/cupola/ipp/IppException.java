package org.cupola.ipp;

/**
 * A CUPS operation failed. The message is a sentence a user understands, e.g. "Could not connect to CUPS at
 * 127.0.0.1:631: connection refused". It never contains a password or an Authorization header.
 */
public class IppException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message
	 *            the user-facing message
	 */
	public IppException(String message) {
		super(message);
	}

	/**
	 * @param message
	 *            the user-facing message
	 * @param cause
	 *            the underlying failure
	 */
	public IppException(String message, Throwable cause) {
		super(message, cause);
	}
}
