package org.cupola.ipp;

/**
 * The server's answer is not valid IPP (or not the HTTP CUPS sends): usually not a CUPS server on that port.
 */
public class MalformedResponseException extends IppException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message
	 *            the user-facing message
	 * @param cause
	 *            the underlying failure, or null
	 */
	public MalformedResponseException(String message, Throwable cause) {
		super(message, cause);
	}
}
