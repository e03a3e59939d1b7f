package org.cupola.ipp;

/**
 * CUPS answered the request with an IPP error status (e.g. client-error-not-found).
 */
public class IppStatusException extends IppException {

	private static final long serialVersionUID = 1L;
	/** client-error-not-found */
	private static final int NOT_FOUND = 0x0406;

	private final int status;
	private final String statusName;
	private final String statusMessage;

	/**
	 * @param message
	 *            the user-facing message
	 * @param status
	 *            the IPP status code, e.g. 0x0406
	 * @param statusName
	 *            its keyword, e.g. client-error-not-found
	 * @param statusMessage
	 *            the server's status-message, or null
	 */
	public IppStatusException(String message, int status, String statusName, String statusMessage) {
		super(message);
		this.status = status;
		this.statusName = statusName;
		this.statusMessage = statusMessage;
	}

	/** {@return the IPP status code} */
	public int status() {
		return status;
	}

	/** {@return the status keyword, e.g. client-error-not-found} */
	public String statusName() {
		return statusName;
	}

	/** {@return the server's status-message, or null} */
	public String statusMessage() {
		return statusMessage;
	}

	/** {@return whether CUPS said the object does not exist (client-error-not-found)} */
	public boolean isNotFound() {
		return status == NOT_FOUND;
	}
}
