package org.cupola.troubleshoot.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the troubleshooter, from {@code messages.properties} beside this class. In a message
 * given to {@code bind}, a single quote is written twice ({@code ''}), as {@link NLS#bind(String, Object[])} wants.
 */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.troubleshoot.internal.messages"; //$NON-NLS-1$

	public static String Troubleshooter_task;
	public static String Troubleshooter_badAnswer;

	public static String Admin_skippedTitle;
	public static String Admin_skippedExplanation;
	public static String Admin_skippedFix;
	public static String Admin_declined;
	public static String Admin_forbidden;

	public static String Fix_done;
	public static String Fix_needsAdmin;
	public static String Fix_failed;
	public static String Fix_enableQueue;
	public static String Fix_acceptJobs;
	public static String Fix_shareQueue;
	public static String Fix_publish;

	public static String Cleanup_failedTitle;
	public static String Cleanup_failedFix;

	public static String Welcome_task;

	public static String SchedulerNotRunning_title;
	public static String SchedulerNotRunning_localExplanation;
	public static String SchedulerNotRunning_localFix;
	public static String SchedulerNotRunning_remoteTitle;
	public static String SchedulerNotRunning_remoteExplanation;
	public static String SchedulerNotRunning_remoteFix;

	public static String Publishing_task;
	public static String Publishing_listFailed;
	public static String Publishing_title;
	public static String Publishing_explanation;
	public static String Publishing_fix;

	public static String ChoosePrinter_task;
	public static String ChoosePrinter_title;
	public static String ChoosePrinter_text;
	public static String ChoosePrinter_notListed;
	public static String ChoosePrinter_unknownTitle;
	public static String ChoosePrinter_unknownExplanation;
	public static String ChoosePrinter_unknownFix;

	public static String PrinterSanity_task;
	public static String PrinterSanity_failed;

	public static String Ppd_task;
	public static String Ppd_fetchFailed;
	public static String Ppd_noneTitle;
	public static String Ppd_none;
	public static String Ppd_notAPpd;
	public static String Ppd_badFilterLine;
	public static String Ppd_invalidTitle;
	public static String Ppd_invalid;
	public static String Ppd_invalidFix;
	public static String Ppd_missingTitle;
	public static String Ppd_missing;
	public static String Ppd_missingFix;

	public static String LocalOrRemote_title;
	public static String LocalOrRemote_text;
	public static String LocalOrRemote_local;
	public static String LocalOrRemote_remote;

	public static String DeviceListed_task;
	public static String DeviceListed_what;
	public static String DeviceListed_failed;
	public static String DeviceListed_title;
	public static String DeviceListed_text;
	public static String DeviceListed_notListed;
	public static String DeviceListed_notFoundTitle;
	public static String DeviceListed_notFound;
	public static String DeviceListed_notFoundFix;
	public static String DeviceListed_notDetectedTitle;
	public static String DeviceListed_notDetected;
	public static String DeviceListed_noQueueTitle;
	public static String DeviceListed_noQueue;
	public static String DeviceListed_noQueueFix;

	public static String RemoteAddress_title;
	public static String RemoteAddress_text;
	public static String RemoteAddress_badTitle;
	public static String RemoteAddress_badFix;

	public static String NetworkSanity_task;
	public static String NetworkSanity_resolving;
	public static String NetworkSanity_connecting;
	public static String NetworkSanity_ippProbe;
	public static String NetworkSanity_unresolvedTitle;
	public static String NetworkSanity_unresolved;
	public static String NetworkSanity_unresolvedFix;

	public static String ChooseNetworkPrinter_title;
	public static String ChooseNetworkPrinter_text;
	public static String ChooseNetworkPrinter_notListed;

	public static String NotShared_title;
	public static String NotShared_explanation;
	public static String NotShared_fix;

	public static String QueueNotEnabled_title;
	public static String QueueNotEnabled_explanation;
	public static String QueueNotEnabled_explanationWithMessage;
	public static String QueueNotEnabled_fix;

	public static String QueueRejecting_title;
	public static String QueueRejecting_explanation;
	public static String QueueRejecting_explanationWithMessage;
	public static String QueueRejecting_fix;

	public static String StateReasons_task;
	public static String StateReasons_title;
	public static String StateReasons_titleAfter;
	public static String StateReasons_message;
	public static String StateReasons_errors;
	public static String StateReasons_warnings;
	public static String StateReasons_fix;

	public static String Firewalled_title;
	public static String Firewalled_noTcp;
	public static String Firewalled_noIpp;
	public static String Firewalled_fix;

	public static String Checkpoint_task;
	public static String Checkpoint_what;
	public static String Checkpoint_whatDebug;
	public static String Checkpoint_title;
	public static String Checkpoint_text;
	public static String Checkpoint_yes;
	public static String Checkpoint_no;
	public static String Checkpoint_confFailed;
	public static String Checkpoint_debugFailed;
	public static String Checkpoint_logFailed;
	public static String Checkpoint_restoring;
	public static String Checkpoint_journalChange;
	public static String Checkpoint_journalFailed;

	public static String TestPage_title;
	public static String TestPage_task;
	public static String TestPage_ask;
	public static String TestPage_print;
	public static String TestPage_skip;
	public static String TestPage_didItPrint;
	public static String TestPage_yes;
	public static String TestPage_no;
	public static String TestPage_unknown;
	public static String TestPage_following;
	public static String TestPage_submitFailedTitle;
	public static String TestPage_submitFailed;
	public static String TestPage_completedTitle;
	public static String TestPage_completed;
	public static String TestPage_timeoutTitle;
	public static String TestPage_timeout;
	public static String TestPage_failedTitle;
	public static String TestPage_failed;
	public static String TestPage_jobMessage;
	public static String TestPage_jobReasons;
	public static String TestPage_badTitle;
	public static String TestPage_bad;
	public static String TestPage_badFix;
	public static String TestPage_cancelFailed;
	public static String TestPage_cancelling;

	public static String LogFetch_task;
	public static String LogFetch_failed;
	public static String LogFetch_restoreFailed;

	public static String LogParse_title;
	public static String LogParse_explanation;
	public static String LogParse_fix;

	public static String PageSize_title;
	public static String PageSize_explanation;
	public static String PageSize_fix;

	public static String Report_nothingTitle;
	public static String Report_nothing;
	public static String Report_nothingFix;
	public static String Report_header;
	public static String Report_noPrinter;
	public static String Report_noFindings;
	public static String Report_fixed;
	public static String Report_fixPrefix;
	public static String Report_actionAvailable;
	public static String Report_answers;

	public static String Reason_mediaEmpty;
	public static String Reason_mediaLow;
	public static String Reason_mediaNeeded;
	public static String Reason_mediaJam;
	public static String Reason_tonerLow;
	public static String Reason_tonerEmpty;
	public static String Reason_markerLow;
	public static String Reason_markerEmpty;
	public static String Reason_wasteAlmostFull;
	public static String Reason_wasteFull;
	public static String Reason_coverOpen;
	public static String Reason_doorOpen;
	public static String Reason_inputTrayMissing;
	public static String Reason_outputTrayMissing;
	public static String Reason_outputAlmostFull;
	public static String Reason_outputFull;
	public static String Reason_offline;
	public static String Reason_connecting;
	public static String Reason_paused;
	public static String Reason_movingToPaused;
	public static String Reason_shutdown;
	public static String Reason_timedOut;
	public static String Reason_spoolFull;
	public static String Reason_developerLow;
	public static String Reason_developerEmpty;
	public static String Reason_opcNearEol;
	public static String Reason_opcLifeOver;
	public static String Reason_fuserOverTemp;
	public static String Reason_fuserUnderTemp;
	public static String Reason_holdNewJobs;
	public static String Reason_deactivated;
	public static String Reason_missingFilter;
	public static String Reason_insecureFilter;
	public static String Reason_waitingForJob;
	public static String Reason_other;
	public static String Reason_unknown;

	public static String Cli_progress;
	public static String Cli_error;
	public static String Cli_usage;
	public static String Cli_unknownArgument;
	public static String Cli_missingValue;
	public static String Cli_noValue;
	public static String Cli_noSocket;
	public static String Cli_cancelled;
	public static String Cli_answered;
	public static String Cli_needsAnswerTitle;
	public static String Cli_needsAnswer;
	public static String Cli_needsAnswerFix;
	public static String Cli_fixing;
	public static String Cli_wrongPassword;
	public static String Cli_passwordPrompt;
	public static String Cli_restored;
	public static String Cli_restoreFailed;

	// --- error-log causes (issue 16)
	public static String LogCause_tries;
	public static String LogCause_oneTry;
	public static String LogCause_theDevice;
	public static String LogCause_cups;
	public static String LogCause_connection;
	public static String LogCause_connectionFix;
	public static String LogCause_refused;
	public static String LogCause_refusedFix;
	public static String LogCause_name;
	public static String LogCause_nameFix;
	public static String LogCause_notConnected;
	public static String LogCause_notConnectedFix;
	public static String LogCause_busy;
	public static String LogCause_busyNoMessage;
	public static String LogCause_busyFix;
	public static String LogCause_noAnswer;
	public static String LogCause_noAnswerFix;
	public static String LogCause_notFound;
	public static String LogCause_notFoundFix;
	public static String LogCause_format;
	public static String LogCause_formatFix;
	public static String LogCause_options;
	public static String LogCause_optionsFix;
	public static String LogCause_rejected;
	public static String LogCause_rejectedFix;
	public static String LogCause_auth;
	public static String LogCause_authFix;
	public static String LogCause_missingFilter;
	public static String LogCause_missingFilterFix;
	public static String LogCause_filterFailed;
	public static String LogCause_filterCrashed;
	public static String LogCause_filterFix;
	public static String LogCause_unprintable;
	public static String LogCause_unprintableFix;
	public static String LogCause_open;
	public static String LogCause_openFix;
	public static String LogCause_backend;
	public static String LogCause_backendCrashed;
	public static String LogCause_backendFix;
	public static String LogCause_other;
	public static String LogCause_queueStopped;
	public static String LogCause_aborted;
	public static String LogCause_retry;
	public static String LogCause_jobStopped;
	public static String LogCause_held;
	public static String LogCause_resumeAfter;
	public static String TestPage_failingTitle;
	public static String TestPage_failing;
	public static String LogParse_causes;
	public static String LogParse_causesAll;
	public static String Report_logOmitted;
	// queue history (issue 12)
	public static String QueueNotEnabled_history;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
