package org.cupola.troubleshoot.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the troubleshooter wizard. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.troubleshoot.ui.internal.messages"; //$NON-NLS-1$
	public static String Wizard_title;
	public static String Job_next;
	public static String Job_fix;
	public static String Job_cleanup;
	public static String Page_welcome;
	public static String Page_welcomeText;
	public static String Page_anotherUser;
	public static String Page_answerNeeded;
	public static String Page_questionDescription;
	public static String Page_deadEndChoose;
	public static String Page_deadEndDescription;
	public static String Page_suggestedFix;
	public static String Page_continueAnyway;
	public static String Page_continueFixed;
	public static String Page_cancelling;
	public static String Page_cancelled;
	public static String Page_failed;
	public static String Page_reportTitle;
	public static String Page_reportProblems;
	public static String Page_reportNoProblem;
	public static String Page_findingLine;
	public static String Page_fixed;
	public static String Page_copy;
	public static String Page_saveAs;
	public static String Page_saved;
	public static String Page_saveFailed;
	public static String Severity_error;
	public static String Severity_warning;
	public static String Severity_info;
	public static String Handler_noServer;
	public static String Restore_title;
	public static String Restore_message;
	public static String Restore_original;
	public static String Restore_restore;
	public static String Restore_later;
	public static String Restore_discard;
	public static String Restore_checkJob;
	public static String Restore_job;
	public static String Restore_discardJob;
	public static String Restore_failed;
	public static String Page_completeLog;
	// queue history (issue 12)
	public static String Page_queueHistory;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
