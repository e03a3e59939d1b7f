package org.cupola.ui.internal.server;

import org.eclipse.osgi.util.NLS;

/** Strings of how a server is connected: the server row's suffix and the Connection and Certificate dialog. */
@SuppressWarnings("javadoc")
public final class SecurityMessages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.server.security"; //$NON-NLS-1$
	public static String Row_tls;
	public static String Row_local;
	public static String Row_plain;
	public static String Row_clearTextAllowed;
	public static String Dialog_shellTitle;
	public static String Dialog_title;
	public static String Dialog_message;
	public static String Dialog_connection;
	public static String Dialog_notConnected;
	public static String Dialog_subject;
	public static String Dialog_issuer;
	public static String Dialog_validity;
	public static String Dialog_fingerprint;
	public static String Dialog_noCertificate;
	public static String Dialog_encryption;
	public static String Dialog_clearText;
	public static String Dialog_clearTextWarning;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SecurityMessages.class);
	}

	private SecurityMessages() {
	}

	/** {@return what the server row shows after the server's name: TLS version, local socket or not encrypted} */
	public static String rowSuffix(org.cupola.ipp.ConnectionSecurity security) {
		String kind = switch (security.kind()) {
		case TLS -> NLS.bind(Row_tls, security.tlsProtocol());
		case LOCAL_SOCKET -> Row_local;
		case PLAIN -> Row_plain;
		case UNKNOWN -> ""; //$NON-NLS-1$
		};
		return kind + (security.clearTextAllowed() ? Row_clearTextAllowed : ""); //$NON-NLS-1$
	}
}
