package org.cupola.ipp.internal;

/** The user-visible strings of the core's queue rules and live refresh, from {@code modelmessages.properties}. */
@SuppressWarnings("javadoc")
public final class ModelMessages {

	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.modelmessages"; //$NON-NLS-1$

	public static String Name_empty;
	public static String Name_tooLong;
	public static String Name_badChar;
	public static String Name_exists;
	public static String Watcher_name;

	static {
		Strings.load(ModelMessages.class, BUNDLE_NAME);
	}

	private ModelMessages() {
	}
}
