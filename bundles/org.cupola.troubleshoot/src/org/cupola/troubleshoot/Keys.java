package org.cupola.troubleshoot;

import java.util.List;

import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers.Key;

/**
 * The {@link Answers} keys the steps read and write. Names follow system-config-printer's answer keys where there is
 * one, so reports stay comparable. Keys answered by a {@link Question} hold the chosen {@link Question.Choice#value()}
 * as a string.
 */
@SuppressWarnings("nls")
public final class Keys {

	// --- Welcome / SchedulerNotRunning
	/** The server, {@code ipp://host:port}. */
	public static final Key<String> SERVER = Key.of("server", String.class);
	/** Whether the server is on this machine (a loopback address). */
	public static final Key<Boolean> SERVER_IS_LOCAL = Key.of("server_is_local", Boolean.class);
	/** Whether the scheduler answered at all. */
	public static final Key<Boolean> SCHEDULER_RUNNING = Key.of("cups_scheduler_running", Boolean.class);
	/** Why the connection failed. */
	public static final Key<String> CONNECTION_FAILURE = Key.of("cups_connection_failure", String.class);
	/** The server's default destination, if any. */
	public static final Key<String> DEFAULT_PRINTER = Key.of("cups_default_dest", String.class);

	// --- CheckLocalServerPublishing
	/** The names of the queues (printers and classes). */
	public static final Key<List<String>> QUEUES_AVAILABLE = Key.of("cups_dests_available", List.class);
	/** The queues themselves (not in the report: too large). */
	public static final Key<List<Printer>> QUEUE_LIST = Key.hidden("_queue_list", List.class);
	/** {@code server-is-sharing-printers} when a queue is shared. */
	public static final Key<Boolean> SERVER_EXPORTING = Key.of("local_server_exporting_printers", Boolean.class);

	// --- ChoosePrinter (question)
	/** The queue to troubleshoot, or {@link Question#NOT_LISTED}. */
	public static final Key<String> QUEUE = Key.of("cups_queue", String.class);
	/** Whether the chosen queue exists on the server. */
	public static final Key<Boolean> QUEUE_LISTED = Key.of("cups_queue_listed", Boolean.class);

	// --- CheckPrinterSanity
	/** The queue's attributes (Get-Printer-Attributes). */
	public static final Key<Printer> PRINTER = Key.of("cups_printer_dict", Printer.class);
	/** Whether the queue is a class. */
	public static final Key<Boolean> IS_CLASS = Key.of("is_cups_class", Boolean.class);
	/** The device URI's scheme. */
	public static final Key<String> DEVICE_URI_SCHEME = Key.of("cups_device_uri_scheme", String.class);
	/** Whether CUPS marks the queue as remote (printer-type). */
	public static final Key<Boolean> PRINTER_REMOTE = Key.of("cups_printer_remote", Boolean.class);
	/** The host of a network device URI or of the address the user typed. */
	public static final Key<String> REMOTE_SERVER_NAME = Key.of("remote_server_name", String.class);
	/** The port of {@link #REMOTE_SERVER_NAME}. */
	public static final Key<Integer> REMOTE_SERVER_PORT = Key.of("remote_server_port", Integer.class);
	/** Whether the remote server is reached over TLS (ipps/https). */
	public static final Key<Boolean> REMOTE_SERVER_SECURE = Key.of("remote_server_secure", Boolean.class);

	// --- CheckPPDSanity
	/** Whether the queue has a PPD. */
	public static final Key<Boolean> PPD_PRESENT = Key.of("cups_printer_ppd_present", Boolean.class);
	/** Whether the PPD passed the minimal checks. */
	public static final Key<Boolean> PPD_VALID = Key.of("cups_printer_ppd_valid", Boolean.class);
	/** The filter programs named by the PPD's *cupsFilter/*cupsFilter2 lines. */
	public static final Key<List<String>> PPD_FILTERS = Key.of("cups_printer_ppd_filters", List.class);
	/** The filter programs missing on this machine (local servers only). */
	public static final Key<List<String>> MISSING_FILTERS = Key.of("missing_pkgs_and_exes", List.class);
	/** The PPD's *DefaultPageSize. */
	public static final Key<String> PPD_DEFAULT_PAGE_SIZE = Key.of("printer_page_size", String.class);

	// --- LocalOrRemote (question)
	/** {@link Question#LOCAL} or {@link Question#REMOTE}. */
	public static final Key<String> LOCAL_OR_REMOTE = Key.of("printer_is_remote", String.class);

	// --- DeviceListed (question for an unlisted queue, probe for a listed one)
	/** The devices CUPS-Get-Devices found (URIs, class direct). */
	public static final Key<List<String>> DEVICES_AVAILABLE = Key.of("cups_devices_available", List.class);
	/** The device chosen, or {@link Question#NOT_LISTED}. */
	public static final Key<String> DEVICE = Key.of("cups_device_uri", String.class);
	/** For a listed queue: whether its device was found by CUPS-Get-Devices. */
	public static final Key<Boolean> DEVICE_LISTED = Key.of("cups_device_listed", Boolean.class);

	// --- RemoteAddress (question)
	/** What the user typed: {@code host[:port]}. */
	public static final Key<String> REMOTE_ADDRESS = Key.of("remote_server_address", String.class);

	// --- CheckNetworkServerSanity
	/** The addresses the remote name resolves to (empty: it does not resolve). */
	public static final Key<List<String>> REMOTE_SERVER_NAME_RESOLVES = Key.of("remote_server_name_resolves",
			List.class);
	/** The host connected to. */
	public static final Key<String> REMOTE_SERVER_TRY_CONNECT = Key.of("remote_server_try_connect", String.class);
	/** Whether a TCP connection could be opened. */
	public static final Key<Boolean> REMOTE_SERVER_TCP = Key.of("remote_server_connect_tcp", Boolean.class);
	/** Whether the remote server answered an IPP request. */
	public static final Key<Boolean> REMOTE_SERVER_CONNECT_IPP = Key.of("remote_server_connect_ipp", Boolean.class);
	/** Whether the remote server is a CUPS server (answers CUPS-Get-Printers). */
	public static final Key<Boolean> REMOTE_SERVER_CUPS = Key.of("remote_server_cups", Boolean.class);
	/** The remote printer's {@code printer-is-shared}, when known. */
	public static final Key<Boolean> REMOTE_QUEUE_SHARED = Key.of("remote_cups_queue_shared", Boolean.class);
	/** The remote printer's {@code printer-state-message}, when known. */
	public static final Key<String> REMOTE_QUEUE_STATE = Key.of("remote_cups_queue_state", String.class);

	// --- ChooseNetworkPrinter (question)
	/** The queues of the remote CUPS server. */
	public static final Key<List<String>> REMOTE_QUEUES_AVAILABLE = Key.of("remote_cups_dests_available",
			List.class);
	/** The remote queue chosen, or {@link Question#NOT_LISTED}. */
	public static final Key<String> REMOTE_QUEUE = Key.of("remote_cups_queue", String.class);

	// --- PrinterStateReasons
	/** {@code printer-state-message} when first checked. */
	public static final Key<String> PRINTER_STATE_MESSAGE = Key.of("printer-state-message", String.class);
	/** {@code printer-state-reasons} when first checked. */
	public static final Key<List<String>> PRINTER_STATE_REASONS = Key.of("printer-state-reasons", List.class);
	/** {@code printer-state-message} after the test page. */
	public static final Key<String> PRINTER_STATE_MESSAGE_AFTER = Key.of("printer-state-message-after-test",
			String.class);
	/** {@code printer-state-reasons} after the test page. */
	public static final Key<List<String>> PRINTER_STATE_REASONS_AFTER = Key.of("printer-state-reasons-after-test",
			List.class);

	// --- ErrorLogCheckpoint
	/** The LogLevel cupsd.conf had before the troubleshooter (null: not readable). */
	public static final Key<String> DEBUG_LOGGING_WAS = Key.of("error_log_level_was", String.class);
	/** Consent to turn debug logging on: {@link Question#YES} or {@link Question#NO}. */
	public static final Key<String> DEBUG_LOGGING_CONSENT = Key.of("error_log_debug_logging_consent", String.class);
	/** Whether the troubleshooter turned debug logging on. */
	public static final Key<Boolean> DEBUG_LOGGING_SET = Key.of("error_log_debug_logging_set", Boolean.class);
	/** Whether the troubleshooter turned debug logging back off (restored cupsd.conf). */
	public static final Key<Boolean> DEBUG_LOGGING_UNSET = Key.of("error_log_debug_logging_unset", Boolean.class);
	/** The error log size when the checkpoint was taken. */
	public static final Key<Long> ERROR_LOG_CHECKPOINT = Key.of("error_log_checkpoint", Long.class);
	/** The original cupsd.conf bytes (never reported). */
	public static final Key<byte[]> ORIGINAL_CUPSD_CONF = Key.hidden("_original_cupsd_conf", byte[].class);
	/** Whether the admin-only checks were skipped (authentication cancelled or forbidden). */
	public static final Key<Boolean> ADMIN_SKIPPED = Key.of("admin_checks_skipped", Boolean.class);

	// --- PrintTestPage
	/** Whether to print a test page: {@link Question#YES} or {@link Question#NO}. */
	public static final Key<String> TEST_PAGE_WANTED = Key.of("test_page_attempted", String.class);
	/** The test page's job id. */
	public static final Key<Integer> TEST_PAGE_JOB_ID = Key.of("test_page_job_id", Integer.class);
	/** Why the test page could not be submitted. */
	public static final Key<String> TEST_PAGE_SUBMIT_FAILURE = Key.of("test_page_submit_failure", String.class);
	/** How following the job ended: completed, canceled, aborted, stopped, held-for-authentication, queue-stopped, failing (the error log made the failure clear), timeout. */
	public static final Key<String> TEST_PAGE_OUTCOME = Key.of("test_page_outcome", String.class);
	/** The job's last {@code job-state-reasons}. */
	public static final Key<List<String>> TEST_PAGE_JOB_REASONS = Key.of("test_page_job_state_reasons", List.class);
	/** The job's {@code job-printer-state-message}. */
	public static final Key<String> TEST_PAGE_JOB_MESSAGE = Key.of("test_page_job_status", String.class);
	/** The job's {@code media} or {@code PageSize}, if the server reports one. */
	public static final Key<String> JOB_PAGE_SIZE = Key.of("job_page_size", String.class);
	/** The ids of the test jobs the troubleshooter cancelled. */
	public static final Key<List<Integer>> TEST_PAGE_JOBS_CANCELLED = Key.of("test_page_jobs_cancelled", List.class);
	/** "Did it print?": {@link Question#YES}, {@link Question#NO} or {@link Question#UNKNOWN}. */
	public static final Key<String> TEST_PAGE_PRINTED = Key.of("test_page_successful", String.class);

	// --- ErrorLogFetch / ErrorLogParse
	/** The error log lines written since the checkpoint (redacted in reports). */
	public static final Key<List<String>> ERROR_LOG = Key.of("error_log", List.class);
	/** The lines of {@link #ERROR_LOG} that start with "E ". */
	public static final Key<List<String>> ERROR_LOG_ERRORS = Key.of("error_log_errors", List.class);

	// --- error-log causes (PrintTestPage, ErrorLogParse)
	/** The root cause the error log names for the test page ({@link org.cupola.ipp.log.CauseKind} name). */
	public static final Key<String> TEST_PAGE_CAUSE = Key.of("test_page_cause", String.class);
	/** Milliseconds from the test page's submission to the end of following it (an outcome or a cause). */
	public static final Key<Long> TEST_PAGE_FOLLOWED_MILLIS = Key.of("test_page_followed_ms", Long.class);
	/** The causes the error log shows for the test job (or for all jobs), one summary each. */
	public static final Key<List<String>> ERROR_LOG_CAUSES = Key.of("error_log_causes", List.class);

	// internal progress of multi-phase steps (not reported)
	/** Internal: the test page step has followed its job. */
	public static final Key<Boolean> TEST_PAGE_DONE = Key.hidden("_test_page_done", Boolean.class);
	/** Internal: the checkpoint step has read cupsd.conf. */
	public static final Key<Boolean> CHECKPOINT_PROBED = Key.hidden("_checkpoint_probed", Boolean.class);

	private Keys() {
	}

	/**
	 * {@return the queue chosen, or null when none is (yet) or it is "not listed"}
	 *
	 * @param answers
	 *            the answers
	 */
	public static String queue(Answers answers) {
		String queue = answers.get(QUEUE);
		return queue == null || Question.NOT_LISTED.equals(queue) ? null : queue;
	}
}
