package org.cupola.app.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.app.internal.messages"; //$NON-NLS-1$
	public static String Menu_File;
	public static String Menu_Window;
	public static String Menu_ShowView;
	public static String Menu_Help;
	public static String Migration_done;
	public static String Migration_failed;
	public static String NoDisplay;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
