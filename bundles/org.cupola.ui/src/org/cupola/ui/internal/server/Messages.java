package org.cupola.ui.internal.server;

import org.eclipse.osgi.util.NLS;

/** Strings of the Server Settings dialog and its handler. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.server.messages"; //$NON-NLS-1$
	public static String ServerSettings_shellTitle;
	public static String ServerSettings_title;
	public static String ServerSettings_message;
	public static String ServerSettings_share;
	public static String ServerSettings_shareHint;
	public static String ServerSettings_remoteAdmin;
	public static String ServerSettings_remoteAdminHint;
	public static String ServerSettings_debug;
	public static String ServerSettings_debugHint;
	public static String ServerSettings_history;
	public static String ServerSettings_historyHint;
	public static String ServerSettings_restartNote;
	public static String ServerSettings_noServer;
	public static String ServerSettings_jobFetch;
	public static String ServerSettings_jobSave;
	public static String ServerSettings_fetchFailed;
	public static String ServerSettings_saveFailed;
	// Server Settings complete (issue 12)
	public static String ServerSettings_remoteAny;
	public static String ServerSettings_showRemote;
	public static String ServerSettings_showRemoteHint;
	public static String ServerSettings_cancelAny;
	public static String ServerSettings_jobsHeading;
	public static String ServerSettings_files;
	public static String ServerSettings_for;
	public static String ServerSettings_noLimit;
	public static String ServerSettings_maxJobs;
	public static String ServerSettings_periodHint;
	public static String ServerSettings_badPeriod;
	public static String ServerSettings_tabSettings;
	public static String ServerSettings_tabAdvanced;
	public static String ServerSettings_diffIntro;
	public static String ServerSettings_noChanges;
	public static String ServerSettings_refused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
