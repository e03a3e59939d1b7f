package org.cupola.ipp;

import java.util.Set;

/**
 * The server's certificate is not trusted and nobody could be asked (no {@link TrustPrompt}), or it changed since
 * it was trusted. Nothing was sent. The message names the SHA-256 fingerprint and the command that would trust it.
 */
public class CertificateNotTrustedException extends IppException {
	private static final long serialVersionUID = 1L;

	private final transient TrustRequest request;

	/**
	 * @param message
	 *            the user-facing message
	 * @param request
	 *            the server, certificate and problems
	 */
	public CertificateNotTrustedException(String message, TrustRequest request) {
		super(message);
		this.request = request;
	}

	/** {@return the certificate} */
	public CertificateInfo certificate() {
		return request.certificate();
	}

	/** {@return why it is not trusted} */
	public Set<TrustRequest.Problem> problems() {
		return request.problems();
	}

	/** {@return the server} */
	public CupsServer server() {
		return request.server();
	}

	/** {@return the whole request} */
	public TrustRequest request() {
		return request;
	}
}
