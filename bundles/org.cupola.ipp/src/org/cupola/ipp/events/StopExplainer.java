package org.cupola.ipp.events;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cupola.ipp.internal.EventMessages;
import org.cupola.ipp.log.LogLine;
import org.eclipse.osgi.util.NLS;

/**
 * Says in one sentence why a queue stopped: "Stopped at 14:02 after job 812 failed: backend socket exited with status
 * 1 (The printer is not responding.)". The cause comes from the job's error-log lines when an administrator could
 * read them, else from the printer's state message at the time of the stop.
 */
public final class StopExplainer {

	/** At most this many error-log lines of one job are kept with an event. */
	public static final int MAX_LOG_LINES = 20;

	private static final Pattern BACKEND_STATUS = Pattern.compile("^Backend (?:(\\S+) )?returned status (-?\\d+) \\((.+)\\)$"); //$NON-NLS-1$
	private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]+@"); //$NON-NLS-1$
	private static final Pattern GENERIC = Pattern.compile("^(?:Printer stopped due to backend errors|Job stopped due to|Stopping job because|Backend returned status|Job held for).*"); //$NON-NLS-1$

	private StopExplainer() {
	}

	/**
	 * The lines of one job among error-log lines, warnings and errors only, the last {@link #MAX_LOG_LINES}, with the
	 * user information of URIs ({@code smb://user:password@host}) masked.
	 *
	 * @param lines
	 *            error-log lines, oldest first
	 * @param jobId
	 *            the job
	 * @return its {@code [Job N]} warnings and errors
	 */
	public static List<String> jobLines(List<String> lines, int jobId) {
		List<String> out = new ArrayList<>();
		for (String raw : lines) {
			LogLine l = LogLine.parse(raw);
			if (l.jobId() == jobId && jobId > 0 && l.isWarningOrError()) {
				out.add(USER_INFO.matcher(raw).replaceAll("$1***@")); // a device URI's password never reaches the history //$NON-NLS-1$
			}
		}
		return out.size() > MAX_LOG_LINES ? List.copyOf(out.subList(out.size() - MAX_LOG_LINES, out.size())) : out;
	}

	/**
	 * The cause of a stop in words.
	 *
	 * @param deviceUri
	 *            the queue's device URI (names the backend), or null
	 * @param jobLog
	 *            the job's error-log lines ({@link #jobLines(List, int)}), possibly empty
	 * @param stateMessage
	 *            {@code printer-state-message} at the time of the stop, or null
	 * @return the cause, or null when nothing says
	 */
	public static String cause(String deviceUri, List<String> jobLog, String stateMessage) {
		String status = null;
		String lastError = null;
		for (String raw : jobLog) {
			LogLine l = LogLine.parse(raw);
			Matcher m = BACKEND_STATUS.matcher(l.message());
			if (m.matches()) {
				status = m.group(2);
			} else if (l.isError() && !GENERIC.matcher(l.message()).matches()) {
				lastError = l.message();
			}
		}
		String message = lastError != null ? lastError : usable(stateMessage);
		if (status != null) {
			String backend = scheme(deviceUri);
			return message == null ? NLS.bind(EventMessages.Cause_backend, backend, status)
					: NLS.bind(EventMessages.Cause_backendWithMessage, new Object[] { backend, status, message });
		}
		return message;
	}

	private static String usable(String message) {
		return message == null || message.isBlank() || GENERIC.matcher(message).matches() ? null : message.strip();
	}

	private static String scheme(String deviceUri) {
		if (deviceUri == null) {
			return "?"; //$NON-NLS-1$
		}
		try {
			String s = URI.create(deviceUri).getScheme();
			return s == null ? deviceUri : s;
		} catch (IllegalArgumentException e) {
			int colon = deviceUri.indexOf(':');
			return colon > 0 ? deviceUri.substring(0, colon) : deviceUri;
		}
	}

	/**
	 * @param stop
	 *            a {@link QueueEvent.Kind#QUEUE_STOPPED} event
	 * @param zone
	 *            the time zone to say the time in
	 * @return the sentence
	 */
	public static String sentence(QueueEvent stop, ZoneId zone) {
		String at = time(stop.time(), zone);
		String cause = stop.cause() != null ? stop.cause() : usable(stop.message());
		if (stop.jobId() > 0) {
			return cause == null ? NLS.bind(EventMessages.Stop_afterJob, at, Integer.toString(stop.jobId()))
					: NLS.bind(EventMessages.Stop_afterJobWithCause,
							new Object[] { at, Integer.toString(stop.jobId()), cause });
		}
		return cause == null ? NLS.bind(EventMessages.Stop_plain, at) : NLS.bind(EventMessages.Stop_withCause, at, cause);
	}

	/**
	 * @param history
	 *            a queue's events, oldest first
	 * @return the last stop that no resume followed
	 */
	public static Optional<QueueEvent> lastStop(List<QueueEvent> history) {
		for (int i = history.size() - 1; i >= 0; i--) {
			QueueEvent e = history.get(i);
			if (e.kind() == QueueEvent.Kind.QUEUE_RESUMED) {
				return Optional.empty();
			}
			if (e.kind() == QueueEvent.Kind.QUEUE_STOPPED) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/**
	 * @param history
	 *            a queue's events, oldest first
	 * @param zone
	 *            the time zone
	 * @return why the queue is stopped, when its history knows
	 */
	public static Optional<String> explain(List<QueueEvent> history, ZoneId zone) {
		return lastStop(history).map(e -> sentence(e, zone));
	}

	/**
	 * @param time
	 *            an instant
	 * @param zone
	 *            the zone
	 * @return "14:02" today, else "2026-12-01 14:02"
	 */
	public static String time(Instant time, ZoneId zone) {
		boolean today = LocalDate.ofInstant(time, zone).equals(LocalDate.now(zone));
		return DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone) //$NON-NLS-1$ //$NON-NLS-2$
				.format(time);
	}
}
