package org.cupola.troubleshoot.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cupola.ipp.Printer;
import org.cupola.ipp.log.Cause;
import org.cupola.ipp.log.CauseKind;
import org.cupola.ipp.log.LogAnalysis;

/**
 * Says what {@link org.cupola.ipp.log.ErrorLogParser} found in plain words: the cause in one sentence, what the
 * scheduler did about it, and the fix that fits.
 */
final class LogCauses {

	/**
	 * The explanation of one analysis.
	 *
	 * @param cause
	 *            the root cause
	 * @param sentence
	 *            the cause and, if the log says, the scheduler's reaction
	 * @param fix
	 *            what to do
	 * @param queueStopped
	 *            whether the error policy stopped the queue (resuming it is the action to offer)
	 */
	record Explanation(Cause cause, String sentence, String fix, boolean queueStopped) {
	}

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private LogCauses() {
	}

	/**
	 * @param analysis
	 *            what the log says about the job
	 * @param printer
	 *            the queue (its device URI names the printer when the log does not), or null
	 * @return the explanation, or empty when the log names no cause
	 */
	static Optional<Explanation> explain(LogAnalysis analysis, Printer printer) {
		Optional<Cause> primary = analysis.primary();
		if (primary.isEmpty()) {
			return Optional.empty();
		}
		Cause cause = primary.get();
		StringBuilder sb = new StringBuilder(sentence(cause, analysis, printer));
		Optional<Cause> consequence = analysis.consequence();
		boolean stopped = consequence.filter(c -> c.kind() == CauseKind.QUEUE_STOPPED_BY_POLICY).isPresent();
		if (consequence.isPresent() && consequence.get() != cause) {
			sb.append(' ').append(sentence(consequence.get(), analysis, printer));
		}
		String fix = fix(cause);
		if (stopped) {
			fix = fix + ' ' + Messages.LogCause_resumeAfter;
		}
		return Optional.of(new Explanation(cause, sb.toString(), fix, stopped));
	}

	/** At most this many causes are listed in the ErrorLogParse finding. */
	static final int MAX_SENTENCES = 10;

	/** {@return one line per cause (at most {@value #MAX_SENTENCES}), for the ErrorLogParse finding} */
	static List<String> sentences(LogAnalysis analysis, Printer printer) {
		List<String> out = new ArrayList<>();
		for (Cause c : analysis.causes()) {
			if (out.size() == MAX_SENTENCES) {
				break;
			}
			String s = sentence(c, analysis, printer);
			if (!out.contains(s)) {
				out.add(s);
			}
		}
		return out;
	}

	/** {@return a short machine-readable summary, for the report's answers} */
	static String summary(Cause c) {
		StringBuilder sb = new StringBuilder(c.kind().name());
		if (c.program() != null) {
			sb.append(' ').append(c.program());
		}
		if (c.target() != null) {
			sb.append(' ').append(c.target());
		}
		if (c.detail() != null) {
			sb.append(" (").append(c.detail()).append(')'); //$NON-NLS-1$
		}
		sb.append(" x").append(c.count()); //$NON-NLS-1$
		return sb.toString();
	}

	static String sentence(Cause c, LogAnalysis analysis, Printer printer) {
		String target = c.target() != null ? c.target() : target(printer);
		String program = c.program() != null ? c.program()
				: analysis.backend() != null ? analysis.backend() : Messages.LogCause_cups;
		String said = c.detail() != null ? c.detail() : c.message();
		String tries = tries(c);
		return switch (c.kind()) {
		case CONNECTION_REFUSED -> Messages.bind(Messages.LogCause_refused, target, program, said, tries);
		case HOST_DOWN, HOST_UNREACHABLE, CONNECTION_TIMED_OUT, NOT_RESPONDING -> Messages
				.bind(Messages.LogCause_connection, target, program, said, tries);
		case NAME_NOT_RESOLVED -> Messages.bind(Messages.LogCause_name, target, program, said, tries);
		case PRINTER_NOT_CONNECTED -> Messages.bind(Messages.LogCause_notConnected, target, program, c.message(),
				tries);
		case REMOTE_BUSY -> Messages.bind(Messages.LogCause_busy, target, program,
				c.detail() != null ? c.detail() : Messages.LogCause_busyNoMessage, tries);
		case NO_ANSWER -> Messages.bind(Messages.LogCause_noAnswer, target, program,
				c.first() == null ? "?" : CLOCK.format(c.first())); //$NON-NLS-1$
		case REMOTE_QUEUE_NOT_FOUND -> Messages.bind(Messages.LogCause_notFound, target, program);
		case REMOTE_UNSUPPORTED_FORMAT -> Messages.bind(Messages.LogCause_format, target, program, said);
		case REMOTE_UNSUPPORTED_OPTIONS -> Messages.bind(Messages.LogCause_options, target, program, said);
		case REMOTE_JOB_REJECTED -> Messages.bind(Messages.LogCause_rejected, target, program,
				c.detail() != null ? c.message() + ' ' + c.detail() : c.message());
		case AUTHENTICATION_REQUIRED -> Messages.bind(Messages.LogCause_auth, target, program, said);
		case MISSING_FILTER -> Messages.bind(Messages.LogCause_missingFilter, target, program, said);
		case FILTER_FAILED -> Messages.bind(Messages.LogCause_filterFailed, target, program, c.detail(),
				c.message());
		case FILTER_CRASHED -> Messages.bind(Messages.LogCause_filterCrashed, target, program, c.detail());
		case UNPRINTABLE_FORMAT -> Messages.LogCause_unprintable;
		case UNABLE_TO_OPEN -> Messages.bind(Messages.LogCause_open, target, program,
				c.detail() != null ? c.message() + " (" + c.detail() + ')' : c.message()); //$NON-NLS-1$
		case BACKEND_FAILED -> Messages.bind(Messages.LogCause_backend, target, program, said);
		case BACKEND_CRASHED -> Messages.bind(Messages.LogCause_backendCrashed, target, program, said);
		case OTHER_ERROR -> Messages.bind(Messages.LogCause_other, target,
				c.program() != null ? c.program() : Messages.LogCause_cups, c.message());
		case QUEUE_STOPPED_BY_POLICY -> Messages.LogCause_queueStopped;
		case JOB_ABORTED_BY_POLICY -> Messages.LogCause_aborted;
		case JOB_RETRY_BY_POLICY -> Messages.bind(Messages.LogCause_retry, c.detail());
		case JOB_STOPPED -> Messages.LogCause_jobStopped;
		case JOB_HELD -> Messages.bind(Messages.LogCause_held, c.detail() == null ? c.message() : c.detail());
		};
	}

	static String fix(Cause c) {
		return switch (c.kind()) {
		case CONNECTION_REFUSED -> Messages.LogCause_refusedFix;
		case HOST_DOWN, HOST_UNREACHABLE, CONNECTION_TIMED_OUT, NOT_RESPONDING -> Messages.LogCause_connectionFix;
		case NAME_NOT_RESOLVED -> Messages.LogCause_nameFix;
		case PRINTER_NOT_CONNECTED -> Messages.LogCause_notConnectedFix;
		case REMOTE_BUSY -> Messages.LogCause_busyFix;
		case NO_ANSWER -> Messages.LogCause_noAnswerFix;
		case REMOTE_QUEUE_NOT_FOUND -> Messages.LogCause_notFoundFix;
		case REMOTE_UNSUPPORTED_FORMAT -> Messages.LogCause_formatFix;
		case REMOTE_UNSUPPORTED_OPTIONS -> Messages.LogCause_optionsFix;
		case REMOTE_JOB_REJECTED -> Messages.LogCause_rejectedFix;
		case AUTHENTICATION_REQUIRED -> Messages.LogCause_authFix;
		case MISSING_FILTER -> Messages.bind(Messages.LogCause_missingFilterFix, null, c.program());
		case FILTER_FAILED, FILTER_CRASHED -> Messages.LogCause_filterFix;
		case UNPRINTABLE_FORMAT -> Messages.LogCause_unprintableFix;
		case UNABLE_TO_OPEN -> Messages.LogCause_openFix;
		case BACKEND_FAILED, BACKEND_CRASHED -> Messages.LogCause_backendFix;
		default -> Messages.TestPage_badFix;
		};
	}

	private static String tries(Cause c) {
		if (c.count() <= 1) {
			return Messages.LogCause_oneTry;
		}
		return Messages.bind(Messages.LogCause_tries, Integer.toString(c.count()), Long.toString(c.span().toSeconds()));
	}

	private static String target(Printer printer) {
		DeviceUri uri = printer == null ? null : DeviceUri.parse(printer.deviceUri());
		if (uri == null || uri.host() == null) {
			return Messages.LogCause_theDevice;
		}
		String host = uri.host().indexOf(':') >= 0 ? '[' + uri.host() + ']' : uri.host();
		return host + ':' + uri.portOrDefault();
	}
}
