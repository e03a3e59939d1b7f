package org.cupola.ui.internal.notify;

import org.eclipse.osgi.util.NLS;

/** Strings of notifications, the notification preferences and the queue history. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.ui.internal.notify.messages"; //$NON-NLS-1$

	public static String Popup_titleQueue;
	public static String Popup_jobCompleted;
	public static String Popup_jobFailed;
	public static String Popup_jobFailedWithCause;
	public static String Popup_jobCanceled;
	public static String Popup_jobHeldAuth;
	public static String Popup_attention;
	public static String Popup_attentionCleared;
	public static String Popup_serverGone;
	public static String Popup_serverBack;
	public static String Popup_resumed;
	public static String Action_openJobs;
	public static String Action_authenticate;
	public static String Action_troubleshoot;
	public static String Action_resume;
	public static String Action_history;
	public static String Action_resumeJob;
	public static String Action_findJob;
	public static String Prefs_description;
	public static String Prefs_server;
	public static String Prefs_noServer;
	public static String Prefs_events;
	public static String Prefs_othersJobs;
	public static String History_title;
	public static String History_heading;
	public static String History_notStopped;
	public static String History_empty;
	public static String History_columnTime;
	public static String History_columnEvent;
	public static String History_columnDetail;
	public static String History_log;
	public static String History_noLog;
	public static String History_autoResume;
	public static String History_autoResumeTooltip;
	public static String History_readFailed;
	public static String History_noQueue;
	public static String History_jobDetail;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
