package org.cupola.ipp;

import java.util.Locale;

/**
 * When a connection to a CUPS server is encrypted, as libcups's {@code http_encryption_t}.
 */
public enum Encryption {
	/**
	 * Plain HTTP until the server asks for TLS (HTTP 426 Upgrade Required) or a password is about to be sent to a
	 * host that is not loopback; then TLS. The default.
	 */
	IF_REQUESTED,
	/** TLS from the first byte ({@code ipps://}, {@code https://}). */
	REQUIRED,
	/**
	 * Never TLS: a 426 fails, and a password for a non-loopback host is refused unless clear text was allowed for the
	 * server.
	 */
	NEVER;

	/**
	 * Parses the names CUPS uses in {@code client.conf} ({@code IfRequested}, {@code Required}, {@code Never}) or the
	 * constant names.
	 *
	 * @param text
	 *            the text
	 * @return the value
	 * @throws IllegalArgumentException
	 *             for anything else
	 */
	public static Encryption parse(String text) {
		String s = text == null ? "" : text.strip().replace("_", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return switch (s) {
		case "ifrequested" -> IF_REQUESTED; //$NON-NLS-1$
		case "required", "always" -> REQUIRED; //$NON-NLS-1$ //$NON-NLS-2$
		case "never" -> NEVER; //$NON-NLS-1$
		default -> throw new IllegalArgumentException("encryption must be IfRequested, Required or Never: " + text); //$NON-NLS-1$
		};
	}
}
