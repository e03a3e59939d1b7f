package org.cupola.ipp;

/**
 * A password would have gone in clear text to a host that is not loopback, because the server offers no TLS (or
 * encryption is set to {@link Encryption#NEVER}), and clear text was not allowed for this server. Nothing was sent.
 */
public class ClearTextRefusedException extends IppException {
	private static final long serialVersionUID = 1L;

	/**
	 * @param message
	 *            the user-facing message
	 * @param cause
	 *            why TLS failed, or null
	 */
	public ClearTextRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
