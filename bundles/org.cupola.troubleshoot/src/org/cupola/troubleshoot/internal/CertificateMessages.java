package org.cupola.troubleshoot.internal;

import org.eclipse.osgi.util.NLS;


/** The strings of {@code cupola certificates} and of the certificate options of {@code cupola diagnose}. */
@SuppressWarnings("javadoc")
public final class CertificateMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.troubleshoot.internal.certificates"; //$NON-NLS-1$

	public static String usage;
	public static String error;
	public static String none;
	public static String listLine;
	public static String shown;
	public static String systemTrusted;
	public static String alreadyPinned;
	public static String pinned;
	public static String mismatch;
	public static String askTrust;
	public static String declined;
	public static String noConsole;
	public static String forgotten;
	public static String notPinned;
	public static String fetchFailed;
	public static String diagnoseUntrusted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CertificateMessages.class);
	}

	private CertificateMessages() {
	}
}
