package org.cupola.ipp.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of TLS, certificate trust and the clear-text guard ({@code tls.properties}). */
@SuppressWarnings("javadoc")
public final class TlsMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.tls"; //$NON-NLS-1$

	public static String Error_untrusted;
	public static String Error_changed;
	public static String Error_clearTextNoTls;
	public static String Error_clearTextNever;
	public static String Error_upgradeNever;
	public static String Problem_SELF_SIGNED;
	public static String Problem_UNKNOWN_ISSUER;
	public static String Problem_EXPIRED;
	public static String Problem_NOT_YET_VALID;
	public static String Problem_NAME_MISMATCH;
	public static String Problem_CHANGED;

	static {
		NLS.initializeMessages(BUNDLE_NAME, TlsMessages.class);
	}

	private TlsMessages() {
	}

	/** {@return the description of a problem, e.g. "self-signed"} */
	public static String problem(org.cupola.ipp.TrustRequest.Problem problem) {
		return switch (problem) {
		case SELF_SIGNED -> Problem_SELF_SIGNED;
		case UNKNOWN_ISSUER -> Problem_UNKNOWN_ISSUER;
		case EXPIRED -> Problem_EXPIRED;
		case NOT_YET_VALID -> Problem_NOT_YET_VALID;
		case NAME_MISMATCH -> Problem_NAME_MISMATCH;
		case CHANGED -> Problem_CHANGED;
		};
	}
}
