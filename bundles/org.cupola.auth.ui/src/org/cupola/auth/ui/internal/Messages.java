package org.cupola.auth.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The translatable strings of the authentication UI ({@code messages.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.auth.ui.internal.messages"; //$NON-NLS-1$

	/** Shell title; {0}: the operation, e.g. "fetching device list". */
	public static String CredentialsDialog_shellTitle;
	/** Title area title; {0}: the server, host:port. */
	public static String CredentialsDialog_title;
	/** Title area message; {0}: the server, host:port; {1}: the operation. */
	public static String CredentialsDialog_message;
	/** Title area message over a plain (not TLS) connection to a remote host; {0}: host:port; {1}: the operation. */
	public static String CredentialsDialog_messagePlain;
	/** Error message after a rejected password. */
	public static String CredentialsDialog_wrongPassword;
	/** Label of the user name field. */
	public static String CredentialsDialog_user;
	/** Label of the password field. */
	public static String CredentialsDialog_password;
	/** The "Remember password" check box. */
	public static String CredentialsDialog_remember;
	// a job's auth-info (issue 12)
	public static String CredentialsDialog_jobTitle;
	public static String CredentialsDialog_jobMessage;
	public static String CredentialsDialog_domain;
	public static String CredentialsDialog_rememberJob;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
