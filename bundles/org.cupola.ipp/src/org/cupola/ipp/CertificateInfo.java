package org.cupola.ipp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a user needs to decide whether to trust a server's certificate.
 *
 * @param subject
 *            the subject's distinguished name
 * @param issuer
 *            the issuer's distinguished name
 * @param notBefore
 *            start of validity
 * @param notAfter
 *            end of validity
 * @param sha256
 *            the SHA-256 fingerprint of the DER encoding, upper-case hex with colons
 * @param names
 *            the subject alternative names (DNS names and IP addresses)
 */
public record CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256,
		List<String> names) {

	/** Copies the list. */
	public CertificateInfo {
		names = List.copyOf(names);
	}

	/**
	 * Describes a certificate.
	 *
	 * @param certificate
	 *            the certificate
	 * @return its description
	 */
	public static CertificateInfo of(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		try {
			Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
			if (alternatives != null) {
				for (List<?> entry : alternatives) {
					Object type = entry.get(0);
					if ((Integer.valueOf(2).equals(type) || Integer.valueOf(7).equals(type))
							&& entry.get(1) instanceof String name) {
						names.add(name);
					}
				}
			}
		} catch (CertificateParsingException e) {
			// no names
		}
		return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
				certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
				certificate.getNotAfter().toInstant(), fingerprint(certificate), names);
	}

	/** {@return the SHA-256 fingerprint of a certificate: upper-case hex bytes joined by colons} */
	public static String fingerprint(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()); //$NON-NLS-1$
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Normalizes a fingerprint a user typed: hex digits with or without colons or spaces, any case.
	 *
	 * @param text
	 *            the fingerprint
	 * @return upper-case hex with colons, as {@link #sha256()}
	 * @throws IllegalArgumentException
	 *             if it is not 32 hex bytes
	 */
	public static String normalizeFingerprint(String text) {
		String hex = text == null ? "" : text.replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (hex.length() != 64 || !hex.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'F')) {
			throw new IllegalArgumentException("not a SHA-256 fingerprint (64 hex digits): " + text); //$NON-NLS-1$
		}
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex)); //$NON-NLS-1$
	}

	/** {@return whether the certificate is valid at {@code when}} */
	public boolean isValidAt(Instant when) {
		return !when.isBefore(notBefore) && !when.isAfter(notAfter);
	}
}
