package org.cupola.troubleshoot.internal;

import org.cupola.ipp.internal.Strings;

/**
 * The user-visible strings of the troubleshooter, loaded from {@code messages.properties} beside this class (NLS
 * style: one public static field per key, filled once when the class loads; {@link #bind(String, Object...)} fills in
 * {@code {0}}, {@code {1}}...). A tiny stand-in for {@code org.eclipse.osgi.util.NLS}: org.eclipse.osgi is not
 * re-exported by org.eclipse.equinox.common, and this bundle does not require it.
 */
@SuppressWarnings("javadoc")
public final class Messages {

	private static final String BUNDLE_NAME = "org.cupola.troubleshoot.internal.messages"; //$NON-NLS-1$

	/** See messages.properties. */
	public static String Troubleshooter_task;

	/** See messages.properties. */
	public static String Troubleshooter_badAnswer;

	/** See messages.properties. */
	public static String Admin_skippedTitle;

	/** See messages.properties. */
	public static String Admin_skippedExplanation;

	/** See messages.properties. */
	public static String Admin_skippedFix;

	/** See messages.properties. */
	public static String Admin_declined;

	/** See messages.properties. */
	public static String Admin_forbidden;

	/** See messages.properties. */
	public static String Fix_done;

	/** See messages.properties. */
	public static String Fix_needsAdmin;

	/** See messages.properties. */
	public static String Fix_failed;

	/** See messages.properties. */
	public static String Fix_enableQueue;

	/** See messages.properties. */
	public static String Fix_acceptJobs;

	/** See messages.properties. */
	public static String Fix_shareQueue;

	/** See messages.properties. */
	public static String Fix_publish;

	/** See messages.properties. */
	public static String Cleanup_failedTitle;

	/** See messages.properties. */
	public static String Cleanup_failedFix;

	/** See messages.properties. */
	public static String Welcome_task;

	/** See messages.properties. */
	public static String SchedulerNotRunning_title;

	/** See messages.properties. */
	public static String SchedulerNotRunning_localExplanation;

	/** See messages.properties. */
	public static String SchedulerNotRunning_localFix;

	/** See messages.properties. */
	public static String SchedulerNotRunning_remoteTitle;

	/** See messages.properties. */
	public static String SchedulerNotRunning_remoteExplanation;

	/** See messages.properties. */
	public static String SchedulerNotRunning_remoteFix;

	/** See messages.properties. */
	public static String Publishing_task;

	/** See messages.properties. */
	public static String Publishing_listFailed;

	/** See messages.properties. */
	public static String Publishing_title;

	/** See messages.properties. */
	public static String Publishing_explanation;

	/** See messages.properties. */
	public static String Publishing_fix;

	/** See messages.properties. */
	public static String ChoosePrinter_task;

	/** See messages.properties. */
	public static String ChoosePrinter_title;

	/** See messages.properties. */
	public static String ChoosePrinter_text;

	/** See messages.properties. */
	public static String ChoosePrinter_notListed;

	/** See messages.properties. */
	public static String ChoosePrinter_unknownTitle;

	/** See messages.properties. */
	public static String ChoosePrinter_unknownExplanation;

	/** See messages.properties. */
	public static String ChoosePrinter_unknownFix;

	/** See messages.properties. */
	public static String PrinterSanity_task;

	/** See messages.properties. */
	public static String PrinterSanity_failed;

	/** See messages.properties. */
	public static String Ppd_task;

	/** See messages.properties. */
	public static String Ppd_fetchFailed;

	/** See messages.properties. */
	public static String Ppd_noneTitle;

	/** See messages.properties. */
	public static String Ppd_none;

	/** See messages.properties. */
	public static String Ppd_notAPpd;

	/** See messages.properties. */
	public static String Ppd_badFilterLine;

	/** See messages.properties. */
	public static String Ppd_invalidTitle;

	/** See messages.properties. */
	public static String Ppd_invalid;

	/** See messages.properties. */
	public static String Ppd_invalidFix;

	/** See messages.properties. */
	public static String Ppd_missingTitle;

	/** See messages.properties. */
	public static String Ppd_missing;

	/** See messages.properties. */
	public static String Ppd_missingFix;

	/** See messages.properties. */
	public static String LocalOrRemote_title;

	/** See messages.properties. */
	public static String LocalOrRemote_text;

	/** See messages.properties. */
	public static String LocalOrRemote_local;

	/** See messages.properties. */
	public static String LocalOrRemote_remote;

	/** See messages.properties. */
	public static String DeviceListed_task;

	/** See messages.properties. */
	public static String DeviceListed_what;

	/** See messages.properties. */
	public static String DeviceListed_failed;

	/** See messages.properties. */
	public static String DeviceListed_title;

	/** See messages.properties. */
	public static String DeviceListed_text;

	/** See messages.properties. */
	public static String DeviceListed_notListed;

	/** See messages.properties. */
	public static String DeviceListed_notFoundTitle;

	/** See messages.properties. */
	public static String DeviceListed_notFound;

	/** See messages.properties. */
	public static String DeviceListed_notFoundFix;

	/** See messages.properties. */
	public static String DeviceListed_notDetectedTitle;

	/** See messages.properties. */
	public static String DeviceListed_notDetected;

	/** See messages.properties. */
	public static String DeviceListed_noQueueTitle;

	/** See messages.properties. */
	public static String DeviceListed_noQueue;

	/** See messages.properties. */
	public static String DeviceListed_noQueueFix;

	/** See messages.properties. */
	public static String RemoteAddress_title;

	/** See messages.properties. */
	public static String RemoteAddress_text;

	/** See messages.properties. */
	public static String RemoteAddress_badTitle;

	/** See messages.properties. */
	public static String RemoteAddress_badFix;

	/** See messages.properties. */
	public static String NetworkSanity_task;

	/** See messages.properties. */
	public static String NetworkSanity_resolving;

	/** See messages.properties. */
	public static String NetworkSanity_connecting;

	/** See messages.properties. */
	public static String NetworkSanity_ippProbe;

	/** See messages.properties. */
	public static String NetworkSanity_unresolvedTitle;

	/** See messages.properties. */
	public static String NetworkSanity_unresolved;

	/** See messages.properties. */
	public static String NetworkSanity_unresolvedFix;

	/** See messages.properties. */
	public static String ChooseNetworkPrinter_title;

	/** See messages.properties. */
	public static String ChooseNetworkPrinter_text;

	/** See messages.properties. */
	public static String ChooseNetworkPrinter_notListed;

	/** See messages.properties. */
	public static String NotShared_title;

	/** See messages.properties. */
	public static String NotShared_explanation;

	/** See messages.properties. */
	public static String NotShared_fix;

	/** See messages.properties. */
	public static String QueueNotEnabled_title;

	/** See messages.properties. */
	public static String QueueNotEnabled_explanation;

	/** See messages.properties. */
	public static String QueueNotEnabled_explanationWithMessage;

	/** See messages.properties. */
	public static String QueueNotEnabled_fix;

	/** See messages.properties. */
	public static String QueueRejecting_title;

	/** See messages.properties. */
	public static String QueueRejecting_explanation;

	/** See messages.properties. */
	public static String QueueRejecting_explanationWithMessage;

	/** See messages.properties. */
	public static String QueueRejecting_fix;

	/** See messages.properties. */
	public static String StateReasons_task;

	/** See messages.properties. */
	public static String StateReasons_title;

	/** See messages.properties. */
	public static String StateReasons_titleAfter;

	/** See messages.properties. */
	public static String StateReasons_message;

	/** See messages.properties. */
	public static String StateReasons_errors;

	/** See messages.properties. */
	public static String StateReasons_warnings;

	/** See messages.properties. */
	public static String StateReasons_fix;

	/** See messages.properties. */
	public static String Firewalled_title;

	/** See messages.properties. */
	public static String Firewalled_noTcp;

	/** See messages.properties. */
	public static String Firewalled_noIpp;

	/** See messages.properties. */
	public static String Firewalled_fix;

	/** See messages.properties. */
	public static String Checkpoint_task;

	/** See messages.properties. */
	public static String Checkpoint_what;

	/** See messages.properties. */
	public static String Checkpoint_whatDebug;

	/** See messages.properties. */
	public static String Checkpoint_title;

	/** See messages.properties. */
	public static String Checkpoint_text;

	/** See messages.properties. */
	public static String Checkpoint_yes;

	/** See messages.properties. */
	public static String Checkpoint_no;

	/** See messages.properties. */
	public static String Checkpoint_confFailed;

	/** See messages.properties. */
	public static String Checkpoint_debugFailed;

	/** See messages.properties. */
	public static String Checkpoint_logFailed;

	/** See messages.properties. */
	public static String Checkpoint_restoring;

	/** See messages.properties. */
	public static String TestPage_title;

	/** See messages.properties. */
	public static String TestPage_task;

	/** See messages.properties. */
	public static String TestPage_ask;

	/** See messages.properties. */
	public static String TestPage_print;

	/** See messages.properties. */
	public static String TestPage_skip;

	/** See messages.properties. */
	public static String TestPage_didItPrint;

	/** See messages.properties. */
	public static String TestPage_yes;

	/** See messages.properties. */
	public static String TestPage_no;

	/** See messages.properties. */
	public static String TestPage_unknown;

	/** See messages.properties. */
	public static String TestPage_following;

	/** See messages.properties. */
	public static String TestPage_submitFailedTitle;

	/** See messages.properties. */
	public static String TestPage_submitFailed;

	/** See messages.properties. */
	public static String TestPage_completedTitle;

	/** See messages.properties. */
	public static String TestPage_completed;

	/** See messages.properties. */
	public static String TestPage_timeoutTitle;

	/** See messages.properties. */
	public static String TestPage_timeout;

	/** See messages.properties. */
	public static String TestPage_failedTitle;

	/** See messages.properties. */
	public static String TestPage_failed;

	/** See messages.properties. */
	public static String TestPage_jobMessage;

	/** See messages.properties. */
	public static String TestPage_jobReasons;

	/** See messages.properties. */
	public static String TestPage_badTitle;

	/** See messages.properties. */
	public static String TestPage_bad;

	/** See messages.properties. */
	public static String TestPage_badFix;

	/** See messages.properties. */
	public static String TestPage_cancelFailed;

	/** See messages.properties. */
	public static String TestPage_cancelling;

	/** See messages.properties. */
	public static String LogFetch_task;

	/** See messages.properties. */
	public static String LogFetch_failed;

	/** See messages.properties. */
	public static String LogFetch_restoreFailed;

	/** See messages.properties. */
	public static String LogParse_title;

	/** See messages.properties. */
	public static String LogParse_explanation;

	/** See messages.properties. */
	public static String LogParse_fix;

	/** See messages.properties. */
	public static String PageSize_title;

	/** See messages.properties. */
	public static String PageSize_explanation;

	/** See messages.properties. */
	public static String PageSize_fix;

	/** See messages.properties. */
	public static String Report_nothingTitle;

	/** See messages.properties. */
	public static String Report_nothing;

	/** See messages.properties. */
	public static String Report_nothingFix;

	/** See messages.properties. */
	public static String Report_header;

	/** See messages.properties. */
	public static String Report_noPrinter;

	/** See messages.properties. */
	public static String Report_noFindings;

	/** See messages.properties. */
	public static String Report_fixed;

	/** See messages.properties. */
	public static String Report_fixPrefix;

	/** See messages.properties. */
	public static String Report_actionAvailable;

	/** See messages.properties. */
	public static String Report_answers;

	/** See messages.properties. */
	public static String Reason_mediaEmpty;

	/** See messages.properties. */
	public static String Reason_mediaLow;

	/** See messages.properties. */
	public static String Reason_mediaNeeded;

	/** See messages.properties. */
	public static String Reason_mediaJam;

	/** See messages.properties. */
	public static String Reason_tonerLow;

	/** See messages.properties. */
	public static String Reason_tonerEmpty;

	/** See messages.properties. */
	public static String Reason_markerLow;

	/** See messages.properties. */
	public static String Reason_markerEmpty;

	/** See messages.properties. */
	public static String Reason_wasteAlmostFull;

	/** See messages.properties. */
	public static String Reason_wasteFull;

	/** See messages.properties. */
	public static String Reason_coverOpen;

	/** See messages.properties. */
	public static String Reason_doorOpen;

	/** See messages.properties. */
	public static String Reason_inputTrayMissing;

	/** See messages.properties. */
	public static String Reason_outputTrayMissing;

	/** See messages.properties. */
	public static String Reason_outputAlmostFull;

	/** See messages.properties. */
	public static String Reason_outputFull;

	/** See messages.properties. */
	public static String Reason_offline;

	/** See messages.properties. */
	public static String Reason_connecting;

	/** See messages.properties. */
	public static String Reason_paused;

	/** See messages.properties. */
	public static String Reason_movingToPaused;

	/** See messages.properties. */
	public static String Reason_shutdown;

	/** See messages.properties. */
	public static String Reason_timedOut;

	/** See messages.properties. */
	public static String Reason_spoolFull;

	/** See messages.properties. */
	public static String Reason_developerLow;

	/** See messages.properties. */
	public static String Reason_developerEmpty;

	/** See messages.properties. */
	public static String Reason_opcNearEol;

	/** See messages.properties. */
	public static String Reason_opcLifeOver;

	/** See messages.properties. */
	public static String Reason_fuserOverTemp;

	/** See messages.properties. */
	public static String Reason_fuserUnderTemp;

	/** See messages.properties. */
	public static String Reason_holdNewJobs;

	/** See messages.properties. */
	public static String Reason_deactivated;

	/** See messages.properties. */
	public static String Reason_missingFilter;

	/** See messages.properties. */
	public static String Reason_insecureFilter;

	/** See messages.properties. */
	public static String Reason_waitingForJob;

	/** See messages.properties. */
	public static String Reason_other;

	/** See messages.properties. */
	public static String Reason_unknown;

	/** See messages.properties. */
	public static String Cli_progress;

	/** See messages.properties. */
	public static String Cli_error;

	/** See messages.properties. */
	public static String Cli_usage;

	/** See messages.properties. */
	public static String Cli_unknownArgument;

	/** See messages.properties. */
	public static String Cli_missingValue;

	/** See messages.properties. */
	public static String Cli_noValue;

	/** See messages.properties. */
	public static String Cli_noSocket;

	/** See messages.properties. */
	public static String Cli_cancelled;

	/** See messages.properties. */
	public static String Cli_answered;

	/** See messages.properties. */
	public static String Cli_needsAnswerTitle;

	/** See messages.properties. */
	public static String Cli_needsAnswer;

	/** See messages.properties. */
	public static String Cli_needsAnswerFix;

	/** See messages.properties. */
	public static String Cli_fixing;

	/** See messages.properties. */
	public static String Cli_wrongPassword;

	/** See messages.properties. */
	public static String Cli_passwordPrompt;

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

	static {
		Strings.load(Messages.class, BUNDLE_NAME);
	}

	private Messages() {
	}

	/**
	 * Replaces {@code {0}}, {@code {1}}... in {@code message} with the arguments ({@code String.valueOf}; no
	 * {@code MessageFormat} quoting or number formatting).
	 *
	 * @param message
	 *            the message
	 * @param args
	 *            the arguments
	 * @return the text
	 */
	public static String bind(String message, Object... args) {
		return Strings.bind(message, args);
	}
}
