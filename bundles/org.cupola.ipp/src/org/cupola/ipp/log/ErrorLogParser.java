package org.cupola.ipp.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the error-log lines of one job into {@link Cause}s. It knows the messages of CUPS 2.4's scheduler
 * (scheduler/job.c, main.c), its network backends (backend/socket.c, ipp.c, lpd.c, network.c) and its local ones
 * (usb, runloop.c), at every log level: with debug logging it uses the backends' {@code DEBUG:} details (which system
 * error, which host), without it the warnings and errors alone. Lines of the job that no rule explains are kept in
 * {@link LogAnalysis#unmatched()}; warnings and errors among them become {@link CauseKind#OTHER_ERROR} causes.
 * Stateless and thread-safe.
 */
public final class ErrorLogParser {

	/** At most this many lines are kept as the evidence of one cause. */
	public static final int MAX_EVIDENCE = 20;

	// --- scheduler (job.c, main.c)
	private static final Pattern STARTED = Pattern.compile("^Started (backend|filter) (\\S+) \\(PID (\\d+)\\)$"); //$NON-NLS-1$
	private static final Pattern PID_STATUS = Pattern
			.compile("^PID (\\d+) \\((.+)\\) stopped with status (\\d+)(?:\\.| \\((.*)\\))$"); //$NON-NLS-1$
	private static final Pattern PID_SIGNAL = Pattern.compile("^PID (\\d+) \\((.+)\\) crashed on signal (\\d+)\\.$"); //$NON-NLS-1$
	private static final Pattern PID_FINE = Pattern.compile(
			"^PID \\d+ \\(.+\\) (?:exited with no errors|was terminated normally with signal \\d+|did not catch or ignore signal \\d+)\\.$"); //$NON-NLS-1$
	private static final Pattern BACKEND_STATUS = Pattern
			.compile("^Backend (?:(\\S+) )?returned status (-?\\d+) \\((.+)\\)$"); //$NON-NLS-1$
	private static final Pattern START_FILTER = Pattern.compile("^Unable to start filter \"(.+)\" - (.+?)\\.?$"); //$NON-NLS-1$
	private static final Pattern FILE_NOT_AVAILABLE = Pattern
			.compile("^(?:(\\S+): )?File \"(.+)\" not available: (.+)$"); //$NON-NLS-1$
	private static final Pattern UNPRINTABLE = Pattern.compile("^Unable to convert file \\d+ to printable format\\.$"); //$NON-NLS-1$
	private static final Pattern STOPPING = Pattern.compile("^(?:Stopping|Aborting) job because (.+?)\\.?$"); //$NON-NLS-1$
	private static final Pattern FILTER_ERRORS = Pattern.compile("^Job stopped due to filter errors"); //$NON-NLS-1$
	private static final Pattern ABORTED = Pattern
			.compile("^Job aborted (?:due to backend errors|after (\\d+) unsuccessful attempts)"); //$NON-NLS-1$
	private static final Pattern RETRY = Pattern.compile("^Job held for (\\d+) seconds since it could not be sent\\.$"); //$NON-NLS-1$
	private static final Pattern PRINTER_STOPPED = Pattern.compile("^Printer stopped due to backend errors"); //$NON-NLS-1$
	private static final Pattern HELD_FOREVER = Pattern.compile("^Job held indefinitely(.*)$"); //$NON-NLS-1$
	private static final String HELD_FOR_AUTH = "Job held for authentication."; //$NON-NLS-1$
	private static final String COMPLETED = "Job completed."; //$NON-NLS-1$

	// --- backends (socket.c, ipp.c, lpd.c, network.c, runloop.c, usb)
	private static final Pattern CONNECTING = Pattern.compile("^Connecting to (\\S+):(\\d+)(?: for printer \\S+)?$"); //$NON-NLS-1$
	private static final Pattern CONNECTED = Pattern
			.compile("^Connected to (\\S+):(\\d+)(?:\\.\\.\\.| \\(local port \\d+\\)\\.\\.\\.)$"); //$NON-NLS-1$
	private static final Pattern CONNECTION_ERROR = Pattern.compile("^Connection error: (.+)$"); //$NON-NLS-1$
	private static final Pattern LOCATE = Pattern.compile("^Unable to locate printer(?: \"(.+)\")?\\.$"); //$NON-NLS-1$
	private static final Pattern NOT_CONNECTED = Pattern.compile(
			"^(?:The printer is not connected\\.|Waiting for printer to become available\\.|Printer not connected; will retry in \\d+ seconds.*)$"); //$NON-NLS-1$
	private static final Pattern IPP_STATUS = Pattern
			.compile("^(Print-Job|Create-Job|Send-Document|Get-Printer-Attributes|Validate-Job): (\\S+) \\((.*)\\)$"); //$NON-NLS-1$
	private static final Pattern AUTH_INFO = Pattern.compile("^ATTR: auth-info-required=(.+)$"); //$NON-NLS-1$
	private static final Pattern OPEN = Pattern.compile("^Unable to open (device file|print file|the output file)(?:: (.+))?$"); //$NON-NLS-1$
	private static final Pattern LPD_CONTROL = Pattern.compile("^Remote host did not accept control file \\((\\d+)\\)\\.$"); //$NON-NLS-1$
	private static final Pattern SET_MESSAGE = Pattern.compile("^Set job-printer-state-message to "); //$NON-NLS-1$
	private static final Pattern PROGRESS = Pattern.compile(
			"^(?:Getting supported attributes\\.\\.\\.|Connected to printer\\.|update_reasons\\(.*|STATE: .*|Set job-printer-state-message to .*|Connected to \\S+\\.\\.\\.)$"); //$NON-NLS-1$
	private static final Pattern HINT = Pattern.compile("^Hint: Try setting the LogLevel to "); //$NON-NLS-1$

	private static final Map<String, CauseKind> CONNECT_ERRNO = Map.of("Connection refused", //$NON-NLS-1$
			CauseKind.CONNECTION_REFUSED, "Host is down", CauseKind.HOST_DOWN, "No route to host", //$NON-NLS-1$ //$NON-NLS-2$
			CauseKind.HOST_UNREACHABLE, "Network is unreachable", CauseKind.HOST_UNREACHABLE, //$NON-NLS-1$
			"Connection timed out", CauseKind.CONNECTION_TIMED_OUT, "Transport endpoint is not connected", //$NON-NLS-1$ //$NON-NLS-2$
			CauseKind.CONNECTION_TIMED_OUT);
	/** The warnings socket/ipp/lpd write after each failed connect, by errno (socket.c, lpd.c, ipp.c). */
	private static final Map<String, CauseKind> CONNECT_WARNING = Map.of(
			"The printer may not exist or is unavailable at this time.", CauseKind.HOST_DOWN, //$NON-NLS-1$
			"The printer is unreachable at this time.", CauseKind.HOST_UNREACHABLE, //$NON-NLS-1$
			"The printer is in use.", CauseKind.CONNECTION_REFUSED); //$NON-NLS-1$
	private static final Map<String, CauseKind> REMOTE_ERRORS = Map.of(
			"Printer cannot print supplied content.", CauseKind.REMOTE_UNSUPPORTED_FORMAT, //$NON-NLS-1$
			"Printer cannot print with supplied options.", CauseKind.REMOTE_UNSUPPORTED_OPTIONS, //$NON-NLS-1$
			"Print job was not accepted.", CauseKind.REMOTE_JOB_REJECTED, //$NON-NLS-1$
			"Print job canceled at printer.", CauseKind.REMOTE_JOB_REJECTED, //$NON-NLS-1$
			"Print job too large.", CauseKind.REMOTE_JOB_REJECTED, //$NON-NLS-1$
			"The printer configuration is incorrect or the printer no longer exists.", //$NON-NLS-1$
			CauseKind.REMOTE_QUEUE_NOT_FOUND);

	private ErrorLogParser() {
	}

	/**
	 * Parses raw log lines.
	 *
	 * @param lines
	 *            the error-log lines (e.g. those since a checkpoint), oldest first
	 * @param jobId
	 *            the job to explain; 0 for every job
	 * @return the causes and the lines no rule explains
	 */
	public static LogAnalysis parse(List<String> lines, int jobId) {
		List<LogLine> parsed = new ArrayList<>(lines.size());
		for (String l : lines) {
			if (l != null && !l.isEmpty()) {
				parsed.add(LogLine.parse(l));
			}
		}
		return analyse(parsed, jobId);
	}

	/**
	 * Analyses parsed lines.
	 *
	 * @param lines
	 *            the parsed lines, oldest first
	 * @param jobId
	 *            the job to explain; 0 for every job
	 * @return the causes and the lines no rule explains
	 */
	public static LogAnalysis analyse(List<LogLine> lines, int jobId) {
		Run run = new Run();
		for (int i = 0; i < lines.size(); i++) {
			LogLine line = lines.get(i);
			boolean inScope = jobId == 0 ? line.jobId() > 0 || line.isWarningOrError() && !line.isAboutRequest()
					: line.jobId() == jobId || line.jobId() == 0 && line.isWarningOrError() && !line.isAboutRequest();
			if (!inScope) {
				continue;
			}
			if (!run.classify(line, lines, i)) {
				run.unmatched.add(line);
			}
		}
		return run.finish(jobId);
	}

	/** The state of one analysis: what the job ran, and the causes being counted. */
	private static final class Run {
		final Map<String, Acc> causes = new LinkedHashMap<>();
		final List<LogLine> unmatched = new ArrayList<>();
		final Map<Integer, String> backends = new LinkedHashMap<>();
		final Map<Integer, List<String>> filters = new LinkedHashMap<>();
		final Map<Integer, String> targets = new LinkedHashMap<>();
		final Map<Integer, String> ippStatus = new LinkedHashMap<>();
		final Map<Integer, LogLine> connected = new LinkedHashMap<>();
		final Map<Integer, LogLine> lastProgress = new LinkedHashMap<>();
		boolean completed;

		boolean classify(LogLine line, List<LogLine> all, int index) {
			String m = line.message();
			int job = line.jobId();
			Matcher x;
			if ((x = STARTED.matcher(m)).matches()) {
				if ("backend".equals(x.group(1))) { //$NON-NLS-1$
					backends.put(job, basename(x.group(2)));
				} else {
					filters.computeIfAbsent(job, k -> new ArrayList<>()).add(basename(x.group(2)));
				}
				return true;
			}
			if ((x = CONNECTING.matcher(m)).matches()) {
				targets.put(job, x.group(1) + ':' + x.group(2));
				return true;
			}
			if ((x = CONNECTED.matcher(m)).matches()) {
				targets.put(job, x.group(1) + ':' + x.group(2));
				connected.put(job, line);
				lastProgress.put(job, line);
				return true;
			}
			if ((x = CONNECTION_ERROR.matcher(m)).matches()) {
				CauseKind kind = CONNECT_ERRNO.getOrDefault(x.group(1), CauseKind.NOT_RESPONDING);
				add(kind, line, backend(job), x.group(1), true);
				connected.remove(job);
				return true;
			}
			if (line.level() == 'W' && CONNECT_WARNING.containsKey(m)) {
				add(CONNECT_WARNING.get(m), line, backend(job), null, false);
				connected.remove(job);
				return true;
			}
			if ("The printer is in use.".equals(m)) { //$NON-NLS-1$
				// info level: the remote printer is busy or does not accept jobs; its state message follows
				add(CauseKind.REMOTE_BUSY, line, backend(job), remoteMessage(all, index, job), true);
				return true;
			}
			if ("The printer is not responding.".equals(m)) { //$NON-NLS-1$
				add(CauseKind.NOT_RESPONDING, line, backend(job), null, true);
				return true;
			}
			if ((x = LOCATE.matcher(m)).matches()) {
				Acc a = add(CauseKind.NAME_NOT_RESOLVED, line, backend(job), x.group(1), true);
				if (x.group(1) != null) {
					a.target = x.group(1);
				}
				return true;
			}
			if (NOT_CONNECTED.matcher(m).matches()) {
				add(CauseKind.PRINTER_NOT_CONNECTED, line, backend(job), null, true);
				return true;
			}
			if (REMOTE_ERRORS.containsKey(m)) {
				add(REMOTE_ERRORS.get(m), line, backend(job), ippStatus.get(job), true);
				return true;
			}
			if ((x = LPD_CONTROL.matcher(m)).matches()) {
				add(CauseKind.REMOTE_JOB_REJECTED, line, backend(job), x.group(1), true);
				return true;
			}
			if ((x = IPP_STATUS.matcher(m)).matches()) {
				if (!x.group(2).startsWith("successful-ok")) { //$NON-NLS-1$
					ippStatus.put(job, x.group(1) + ": " + x.group(2) + " (" + x.group(3) + ')'); //$NON-NLS-1$ //$NON-NLS-2$
				}
				connected.remove(job);
				return true;
			}
			if ((x = AUTH_INFO.matcher(m)).matches()) {
				if (!"none".equals(x.group(1))) { //$NON-NLS-1$
					add(CauseKind.AUTHENTICATION_REQUIRED, line, backend(job), x.group(1), false);
				}
				return true;
			}
			if (HELD_FOR_AUTH.equals(m)) {
				add(CauseKind.AUTHENTICATION_REQUIRED, line, backend(job), null, false);
				return true;
			}
			if ((x = BACKEND_STATUS.matcher(m)).matches()) {
				String backend = x.group(1) != null ? x.group(1) : backend(job);
				CauseKind kind = "2".equals(x.group(2)) ? CauseKind.AUTHENTICATION_REQUIRED : CauseKind.BACKEND_FAILED; //$NON-NLS-1$
				add(kind, line, backend, kind == CauseKind.BACKEND_FAILED ? x.group(2) + " (" + x.group(3) + ')' //$NON-NLS-1$
						: ippStatus.get(job), false);
				return true;
			}
			if ((x = PID_STATUS.matcher(m)).matches()) {
				boolean backend = x.group(2).contains("/backend/"); //$NON-NLS-1$
				String detail = x.group(4) == null ? x.group(3) : x.group(3) + " (" + x.group(4) + ')'; //$NON-NLS-1$
				CauseKind kind = backend ? "2".equals(x.group(3)) ? CauseKind.AUTHENTICATION_REQUIRED //$NON-NLS-1$
						: CauseKind.BACKEND_FAILED : CauseKind.FILTER_FAILED;
				add(kind, line, basename(x.group(2)), kind == CauseKind.AUTHENTICATION_REQUIRED ? null : detail,
						true);
				return true;
			}
			if ((x = PID_SIGNAL.matcher(m)).matches()) {
				boolean backend = x.group(2).contains("/backend/"); //$NON-NLS-1$
				add(backend ? CauseKind.BACKEND_CRASHED : CauseKind.FILTER_CRASHED, line, basename(x.group(2)),
						x.group(3), true);
				return true;
			}
			if (PID_FINE.matcher(m).matches() || HINT.matcher(m).find()) {
				return true;
			}
			if ((x = START_FILTER.matcher(m)).matches()) {
				add(CauseKind.MISSING_FILTER, line, x.group(1), x.group(2), true);
				return true;
			}
			if ((x = FILE_NOT_AVAILABLE.matcher(m)).matches()) {
				add(CauseKind.MISSING_FILTER, line, basename(x.group(2)), x.group(3), false);
				return true;
			}
			if (UNPRINTABLE.matcher(m).matches()) {
				add(CauseKind.UNPRINTABLE_FORMAT, line, null, null, true);
				return true;
			}
			if ((x = OPEN.matcher(m)).matches()) {
				add(CauseKind.UNABLE_TO_OPEN, line, backend(job), x.group(2), true);
				return true;
			}
			if ((x = STOPPING.matcher(m)).matches()) {
				String why = x.group(1);
				if (why.contains("could not open the output file") || why.contains("file: output is disabled")) { //$NON-NLS-1$ //$NON-NLS-2$
					add(CauseKind.UNABLE_TO_OPEN, line, null, why, true);
				}
				add(CauseKind.JOB_STOPPED, line, null, why, true);
				return true;
			}
			if (FILTER_ERRORS.matcher(m).find()) {
				add(CauseKind.JOB_STOPPED, line, null, null, true);
				return true;
			}
			if ((x = ABORTED.matcher(m)).find()) {
				add(CauseKind.JOB_ABORTED_BY_POLICY, line, backend(job), x.group(1), true);
				return true;
			}
			if ((x = RETRY.matcher(m)).matches()) {
				add(CauseKind.JOB_RETRY_BY_POLICY, line, backend(job), x.group(1), true);
				return true;
			}
			if (PRINTER_STOPPED.matcher(m).find()) {
				add(CauseKind.QUEUE_STOPPED_BY_POLICY, line, backend(job), null, true);
				return true;
			}
			if ((x = HELD_FOREVER.matcher(m)).matches()) {
				add(CauseKind.JOB_HELD, line, backend(job), x.group(1).replaceFirst("^[ -]+", ""), true); //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
			if (COMPLETED.equals(m)) {
				completed = true;
				return true;
			}
			if (PROGRESS.matcher(m).matches()) {
				if (!SET_MESSAGE.matcher(m).find() && connected.containsKey(job)) {
					lastProgress.put(job, line);
				}
				return false;
			}
			if (line.isWarningOrError()) {
				// an error or warning no rule knows: it is a cause in its own words
				add(CauseKind.OTHER_ERROR, line, guessProgram(job, m), null, true);
				return true;
			}
			if (connected.containsKey(job) && !SET_MESSAGE.matcher(m).find()) {
				connected.remove(job); // the printer answered something
			}
			return false;
		}

		/** The remote printer's state message that ipp.c's report_printer_state() logs after "in use". */
		private static String remoteMessage(List<LogLine> all, int index, int job) {
			for (int i = index + 1; i < all.size() && i <= index + 6; i++) {
				LogLine l = all.get(i);
				if (l.jobId() != job) {
					continue;
				}
				String m = l.message();
				if (SET_MESSAGE.matcher(m).find() || m.startsWith("STATE:") || m.startsWith("update_reasons(") //$NON-NLS-1$ //$NON-NLS-2$
						|| m.startsWith("ATTR:")) { //$NON-NLS-1$
					continue;
				}
				return m.startsWith("Getting ") || m.equals("The printer is in use.") ? null : m; //$NON-NLS-1$ //$NON-NLS-2$
			}
			return null;
		}

		private String guessProgram(int job, String message) {
			int colon = message.indexOf(':');
			if (colon > 0) {
				String prefix = message.substring(0, colon);
				if (filters.getOrDefault(job, List.of()).contains(prefix) || prefix.equals(backends.get(job))) {
					return prefix;
				}
			}
			return null;
		}

		private String backend(int job) {
			return backends.get(job);
		}

		/**
		 * Counts one line towards a cause. A "primary" line is the event itself; the other lines echo an event already
		 * counted (the warning after "Connection error:", "Job held for authentication." after the backend's status):
		 * the count is the number of events, or without them (no debug logging) that of the most frequent echo.
		 */
		Acc add(CauseKind kind, LogLine line, String program, String detail, boolean primary) {
			// a missing filter is one cause whether cupsd said it about the printer or about the job
			String key = kind + "/" + (kind == CauseKind.MISSING_FILTER ? "" : Integer.toString(line.jobId())) //$NON-NLS-1$ //$NON-NLS-2$
					+ (kind == CauseKind.OTHER_ERROR || kind == CauseKind.FILTER_FAILED
							|| kind == CauseKind.FILTER_CRASHED || kind == CauseKind.MISSING_FILTER
									? "/" + program + '/' + (kind == CauseKind.OTHER_ERROR ? line.message() : "") //$NON-NLS-1$ //$NON-NLS-2$
									: ""); //$NON-NLS-1$
			Acc a = causes.computeIfAbsent(key, k -> new Acc(kind, line.jobId()));
			if (a.jobId == 0 && line.jobId() > 0) {
				a.jobId = line.jobId();
			}
			if (primary) {
				a.events++;
			} else {
				a.echoes.merge(line.message(), Integer.valueOf(1), Integer::sum);
			}
			if (a.program == null) {
				a.program = program;
			}
			if (detail != null) {
				a.detail = detail;
			}
			if (a.message == null || primary && !a.primaryMessage) {
				a.message = line.message();
				a.primaryMessage = primary;
			}
			if (line.isWarningOrError() && kind != CauseKind.OTHER_ERROR && a.said == null) {
				a.said = line.message();
			}
			if (a.target == null) {
				a.target = targets.get(line.jobId());
			}
			a.time(line.time());
			if (a.lines.size() < MAX_EVIDENCE) {
				a.lines.add(line.raw());
			}
			return a;
		}

		LogAnalysis finish(int jobId) {
			mergeFilterMessages();
			int job = jobId;
			LogLine connectedLine = connected.get(job);
			boolean explained = causes.values().stream().anyMatch(a -> !a.kind.isConsequence());
			if (!completed && !explained && connectedLine != null && jobId > 0) {
				LogLine last = lastProgress.getOrDefault(job, connectedLine);
				Acc a = new Acc(CauseKind.NO_ANSWER, job);
				a.program = backend(job);
				a.target = targets.get(job);
				a.message = last.message();
				a.events = 1;
				a.time(connectedLine.time());
				a.time(last.time());
				a.lines.add(connectedLine.raw());
				if (last != connectedLine) {
					a.lines.add(last.raw());
				}
				causes.put("no-answer", a); //$NON-NLS-1$
			}
			List<Cause> list = new ArrayList<>();
			for (Acc a : causes.values()) {
				list.add(a.toCause());
			}
			list.sort(Comparator.comparing(Cause::kind).thenComparing(c -> c.first() == null ? Instant.MIN : c.first()));
			return new LogAnalysis(jobId, list, unmatched, jobId > 0 ? backends.get(jobId) : null, completed);
		}

		/** A filter's own ERROR line (e.g. "pstops: bad input") is what the failed filter said. */
		private void mergeFilterMessages() {
			for (Acc failed : List.copyOf(causes.values())) {
				if (failed.kind != CauseKind.FILTER_FAILED && failed.kind != CauseKind.FILTER_CRASHED) {
					continue;
				}
				causes.values().removeIf(other -> {
					if (other.kind != CauseKind.OTHER_ERROR || other.jobId != failed.jobId
							|| other.program == null || !other.program.equals(failed.program)) {
						return false;
					}
					failed.said = other.message;
					failed.lines.addAll(0, other.lines.subList(0, Math.min(other.lines.size(),
							MAX_EVIDENCE - Math.min(MAX_EVIDENCE, failed.lines.size()))));
					failed.time(other.first);
					return true;
				});
			}
		}
	}

	/** A cause being counted. */
	private static final class Acc {
		final CauseKind kind;
		int jobId;
		String program;
		String message;
		boolean primaryMessage;
		String said;
		String detail;
		String target;
		int events;
		/** Echo lines by message: several kinds of echo may follow one event. */
		final Map<String, Integer> echoes = new LinkedHashMap<>();
		Instant first;
		Instant last;
		final List<String> lines = new ArrayList<>();

		Acc(CauseKind kind, int jobId) {
			this.kind = kind;
			this.jobId = jobId;
		}

		void time(Instant t) {
			if (t == null) {
				return;
			}
			if (first == null || t.isBefore(first)) {
				first = t;
			}
			if (last == null || t.isAfter(last)) {
				last = t;
			}
		}

		Cause toCause() {
			String text = said != null ? said : message;
			int echoed = events > 0 ? 0 : echoes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			return new Cause(kind, jobId, program, text, detail, target, Math.max(1, Math.max(events, echoed)), first,
					last, lines);
		}
	}

	private static String basename(String path) {
		int slash = path.lastIndexOf('/');
		return slash >= 0 ? path.substring(slash + 1) : path;
	}
}
