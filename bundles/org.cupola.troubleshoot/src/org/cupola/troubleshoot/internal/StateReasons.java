package org.cupola.troubleshoot.internal;

import java.util.Map;
import java.util.Set;

import org.cupola.troubleshoot.Severity;

/**
 * {@code printer-state-reasons} in plain words, with a severity (s-c-p's {@code statereason.StateReason}): a
 * {@code -report} suffix (and a few informational CUPS reasons) is information, {@code -warning} a warning, anything
 * else (with or without {@code -error}) an error. The suffix is stripped before the table lookup.
 */
public final class StateReasons {

	/**
	 * One reason, made readable.
	 *
	 * @param keyword
	 *            the keyword as CUPS sent it
	 * @param reason
	 *            the keyword without its severity suffix
	 * @param severity
	 *            its severity
	 * @param text
	 *            plain words
	 */
	public record Reason(String keyword, String reason, Severity severity, String text) {
	}

	private static final Set<String> INFORMATIONAL = Set.of("connecting-to-device", "cups-waiting-for-job-completed", //$NON-NLS-1$ //$NON-NLS-2$
			"identify-printer-requested", "cups-ipp-conformance-failure-report", "cups-ipp-missing-cancel-job", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"cups-ipp-missing-get-job-attributes", "cups-ipp-missing-get-printer-attributes", //$NON-NLS-1$ //$NON-NLS-2$
			"cups-ipp-missing-job-history", "cups-ipp-missing-job-id", "cups-ipp-missing-job-state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"cups-ipp-missing-operations-supported", "cups-ipp-missing-print-job", //$NON-NLS-1$ //$NON-NLS-2$
			"cups-ipp-missing-printer-is-accepting-jobs", "cups-ipp-missing-printer-state-reasons", //$NON-NLS-1$ //$NON-NLS-2$
			"cups-ipp-missing-send-document", "cups-ipp-missing-validate-job", "cups-ipp-wrong-http-version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Map<String, String> TEXTS = Map.ofEntries( //
			Map.entry("media-empty", Messages.Reason_mediaEmpty), //$NON-NLS-1$
			Map.entry("media-low", Messages.Reason_mediaLow), //$NON-NLS-1$
			Map.entry("media-needed", Messages.Reason_mediaNeeded), //$NON-NLS-1$
			Map.entry("media-jam", Messages.Reason_mediaJam), //$NON-NLS-1$
			Map.entry("toner-low", Messages.Reason_tonerLow), //$NON-NLS-1$
			Map.entry("toner-empty", Messages.Reason_tonerEmpty), //$NON-NLS-1$
			Map.entry("marker-supply-low", Messages.Reason_markerLow), //$NON-NLS-1$
			Map.entry("marker-supply-empty", Messages.Reason_markerEmpty), //$NON-NLS-1$
			Map.entry("marker-waste-almost-full", Messages.Reason_wasteAlmostFull), //$NON-NLS-1$
			Map.entry("marker-waste-full", Messages.Reason_wasteFull), //$NON-NLS-1$
			Map.entry("cover-open", Messages.Reason_coverOpen), //$NON-NLS-1$
			Map.entry("door-open", Messages.Reason_doorOpen), //$NON-NLS-1$
			Map.entry("input-tray-missing", Messages.Reason_inputTrayMissing), //$NON-NLS-1$
			Map.entry("output-tray-missing", Messages.Reason_outputTrayMissing), //$NON-NLS-1$
			Map.entry("output-area-almost-full", Messages.Reason_outputAlmostFull), //$NON-NLS-1$
			Map.entry("output-area-full", Messages.Reason_outputFull), //$NON-NLS-1$
			Map.entry("offline", Messages.Reason_offline), //$NON-NLS-1$
			Map.entry("connecting-to-device", Messages.Reason_connecting), //$NON-NLS-1$
			Map.entry("paused", Messages.Reason_paused), //$NON-NLS-1$
			Map.entry("moving-to-paused", Messages.Reason_movingToPaused), //$NON-NLS-1$
			Map.entry("shutdown", Messages.Reason_shutdown), //$NON-NLS-1$
			Map.entry("timed-out", Messages.Reason_timedOut), //$NON-NLS-1$
			Map.entry("spool-area-full", Messages.Reason_spoolFull), //$NON-NLS-1$
			Map.entry("developer-low", Messages.Reason_developerLow), //$NON-NLS-1$
			Map.entry("developer-empty", Messages.Reason_developerEmpty), //$NON-NLS-1$
			Map.entry("opc-near-eol", Messages.Reason_opcNearEol), //$NON-NLS-1$
			Map.entry("opc-life-over", Messages.Reason_opcLifeOver), //$NON-NLS-1$
			Map.entry("fuser-over-temp", Messages.Reason_fuserOverTemp), //$NON-NLS-1$
			Map.entry("fuser-under-temp", Messages.Reason_fuserUnderTemp), //$NON-NLS-1$
			Map.entry("hold-new-jobs", Messages.Reason_holdNewJobs), //$NON-NLS-1$
			Map.entry("deactivated", Messages.Reason_deactivated), //$NON-NLS-1$
			Map.entry("cups-missing-filter", Messages.Reason_missingFilter), //$NON-NLS-1$
			Map.entry("cups-insecure-filter", Messages.Reason_insecureFilter), //$NON-NLS-1$
			Map.entry("cups-waiting-for-job-completed", Messages.Reason_waitingForJob), //$NON-NLS-1$
			Map.entry("other", Messages.Reason_other)); //$NON-NLS-1$

	private StateReasons() {
	}

	/**
	 * Makes a reason readable.
	 *
	 * @param keyword
	 *            a {@code printer-state-reasons} keyword
	 * @return the reason
	 */
	public static Reason describe(String keyword) {
		Severity severity;
		String reason = keyword;
		if (keyword.endsWith("-report") || INFORMATIONAL.contains(keyword)) { //$NON-NLS-1$
			severity = Severity.INFO;
			reason = keyword.endsWith("-report") ? keyword.substring(0, keyword.length() - 7) : keyword; //$NON-NLS-1$
		} else if (keyword.endsWith("-warning")) { //$NON-NLS-1$
			severity = Severity.WARNING;
			reason = keyword.substring(0, keyword.length() - 8);
		} else {
			severity = Severity.ERROR;
			if (keyword.endsWith("-error")) { //$NON-NLS-1$
				reason = keyword.substring(0, keyword.length() - 6);
			}
		}
		String text = TEXTS.get(reason);
		if (text == null) {
			text = Messages.bind(Messages.Reason_unknown, reason);
		}
		return new Reason(keyword, reason, severity, text);
	}
}
