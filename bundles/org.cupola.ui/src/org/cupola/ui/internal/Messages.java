package org.cupola.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of org.cupola.ui. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.messages"; //$NON-NLS-1$
	public static String Errors_logged;
	public static String Errors_loggedWithServer;
	public static String Servers_cannotRemember;
	public static String Servers_labelled;
	public static String Servers_none;
	public static String Servers_title;
	public static String PrintersView_filter;
	public static String PrintersView_name;
	public static String PrintersView_state;
	public static String PrintersView_message;
	public static String PrintersView_accepting;
	public static String PrintersView_shared;
	public static String PrintersView_default;
	public static String PrintersView_defaultMark;
	public static String PrintersView_messageAndReasons;
	public static String PrintersView_location;
	public static String PrintersView_model;
	public static String PrintersView_connectedTo;
	public static String PrintersView_loading;
	public static String PrintersView_jobName;
	public static String PrintersView_count;
	public static String PrintersView_cancelled;
	public static String State_idle;
	public static String State_processing;
	public static String State_stopped;
	public static String Yes;
	public static String No;
	public static String Operation_failed;
	public static String Job_printTestPage;
	public static String Job_pause;
	public static String Job_resume;
	public static String Job_accept;
	public static String Job_reject;
	public static String Job_setDefault;
	public static String Job_share;
	public static String Job_unshare;
	public static String Job_delete;
	public static String Delete_title;
	public static String Delete_question;
	public static String Connect_title;
	public static String Connect_message;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
