package org.cupola.ui.internal.classes;

import org.eclipse.osgi.util.NLS;

/** Strings of classes, Rename and Duplicate. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.classes.messages"; //$NON-NLS-1$
	public static String Wizard_title;
	public static String Page_title;
	public static String Page_description;
	public static String Page_name;
	public static String Page_info;
	public static String Page_location;
	public static String Page_members;
	public static String Page_loading;
	public static String Page_loadFailed;
	public static String Page_noMembers;
	public static String Page_noQueues;
	public static String Checklist_all;
	public static String Checklist_none;
	public static String Names_jobName;
	public static String Finish_jobName;
	public static String Finish_running;
	public static String Finish_failed;
	public static String Finish_cancelled;
	public static String Members_title;
	public static String Members_description;
	public static String Members_change;
	public static String Rename_title;
	public static String Rename_message;
	public static String Rename_jobName;
	public static String Rename_failed;
	public static String Duplicate_title;
	public static String Duplicate_message;
	public static String Duplicate_jobName;
	public static String Duplicate_failed;
	public static String Copy_suffix;
	public static String NoServer_title;
	public static String NoServer_message;
	public static String Model_class;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
