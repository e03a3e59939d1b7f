package org.cupola.auth.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The translatable strings of the certificate trust dialog ({@code trust.properties}). */
@SuppressWarnings("javadoc")
public final class TrustMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.auth.ui.internal.trust"; //$NON-NLS-1$

	public static String TrustDialog_shellTitle;
	public static String TrustDialog_title;
	public static String TrustDialog_message;
	public static String TrustDialog_changedTitle;
	public static String TrustDialog_changedMessage;
	public static String TrustDialog_server;
	public static String TrustDialog_subject;
	public static String TrustDialog_issuer;
	public static String TrustDialog_validity;
	public static String TrustDialog_validityValue;
	public static String TrustDialog_fingerprint;
	public static String TrustDialog_pinnedFingerprint;
	public static String TrustDialog_why;
	public static String TrustDialog_outOfValidity;
	public static String TrustDialog_trustPermanently;
	public static String TrustDialog_trustSession;
	public static String TrustDialog_replace;

	static {
		NLS.initializeMessages(BUNDLE_NAME, TrustMessages.class);
	}

	private TrustMessages() {
	}
}
