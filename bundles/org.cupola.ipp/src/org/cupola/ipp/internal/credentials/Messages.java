package org.cupola.ipp.internal.credentials;

import org.eclipse.osgi.util.NLS;

/** Strings of the credentials store. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.credentials.messages"; //$NON-NLS-1$

	public static String SecureCredentialsStore_loadFailed;
	public static String SecureCredentialsStore_saveFailed;
	public static String SecureCredentialsStore_removeFailed;
	public static String SecureCredentialsStore_unavailable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
