package org.cupola.ipp.log;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cause found in the error log.
 *
 * @param kind
 *            what went wrong
 * @param jobId
 *            the job it concerns, 0 for a printer-wide line
 * @param program
 *            the backend or filter that said it (e.g. {@code socket}, {@code pdftopdf}), or null when unknown
 * @param message
 *            what it said, as CUPS logged it (the most telling line's message)
 * @param detail
 *            the specifics: the system error ({@code Host is down}), exit status, signal, the remote printer's state
 *            message or IPP status; or null
 * @param target
 *            {@code host:port} the backend connected to, or null
 * @param count
 *            how often it happened (tries)
 * @param first
 *            its first time, or null
 * @param last
 *            its last time, or null
 * @param lines
 *            the log lines that show it (raw, at most {@link ErrorLogParser#MAX_EVIDENCE})
 */
public record Cause(CauseKind kind, int jobId, String program, String message, String detail, String target,
		int count, Instant first, Instant last, List<String> lines) {

	/** Checks the mandatory components. */
	public Cause {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		message = message == null ? "" : message; //$NON-NLS-1$
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/** {@return the time from the first to the last occurrence (zero when unknown)} */
	public Duration span() {
		return first == null || last == null ? Duration.ZERO : Duration.between(first, last);
	}
}
