package org.cupola.ipp;

/**
 * The CUPS server accepted the request but did not answer in time.
 */
public class IppTimeoutException extends IppException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message
	 *            the user-facing message
	 * @param cause
	 *            the underlying failure, or null
	 */
	public IppTimeoutException(String message, Throwable cause) {
		super(message, cause);
	}
}
