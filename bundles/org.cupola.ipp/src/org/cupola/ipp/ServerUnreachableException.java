package org.cupola.ipp;

/**
 * The CUPS server could not be reached: connection refused, unknown host, no route, connect timeout.
 */
public class ServerUnreachableException extends IppException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message
	 *            the user-facing message
	 * @param cause
	 *            the underlying failure, or null
	 */
	public ServerUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}
}
