package org.cupola.ipp;

import java.util.Set;

/**
 * A server presented a certificate that is not trusted: what a {@link TrustPrompt} shows.
 *
 * @param server
 *            the server
 * @param certificate
 *            its certificate
 * @param problems
 *            why it is not trusted (never empty)
 * @param pinnedSha256
 *            the fingerprint trusted before for this server when it {@link Problem#CHANGED changed}, else null
 * @param operationName
 *            what the user was doing, or null
 * @param cancelToken
 *            cancelled when the operation is; the prompt then answers {@link TrustPrompt.Decision#CANCEL}
 */
public record TrustRequest(CupsServer server, CertificateInfo certificate, Set<Problem> problems, String pinnedSha256,
		String operationName, CancelToken cancelToken) {

	/** Why a certificate is not trusted. */
	public enum Problem {
		/** Signed by itself (what cupsd creates with CreateSelfSignedCerts). */
		SELF_SIGNED,
		/** Signed by an authority the system does not trust. */
		UNKNOWN_ISSUER,
		/** Past its end of validity. */
		EXPIRED,
		/** Before its start of validity. */
		NOT_YET_VALID,
		/** Issued for another host name. */
		NAME_MISMATCH,
		/** Another certificate was trusted for this server before: it may be an attack. */
		CHANGED
	}

	/** Copies the set. */
	public TrustRequest {
		problems = Set.copyOf(problems);
	}

	/**
	 * {@return a sentence for a terminal or a log: why the certificate is not trusted, its SHA-256 fingerprint and the
	 * {@code cupola certificates trust} command that would trust it (for a changed one, both fingerprints)}
	 */
	public String describe() {
		return org.cupola.ipp.internal.TlsTrust.message(this);
	}

	/** {@return the description of a problem, e.g. "self-signed"} */
	public static String describe(Problem problem) {
		return org.cupola.ipp.internal.TlsMessages.problem(problem);
	}
}
