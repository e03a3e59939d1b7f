package org.cupola.ipp.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The error-log lines that matter for a report: every line of the job being explained, and the warnings and errors
 * of the scheduler, without the lines cupsd writes about client requests ({@code [Client N] ...}, which include the
 * troubleshooter's own requests for the log). The rest is counted, not shown.
 *
 * @param lines
 *            the lines kept, in log order
 * @param omitted
 *            how many lines were left out
 */
public record LogExcerpt(List<String> lines, int omitted) {

	/** Copies the list. */
	public LogExcerpt {
		lines = List.copyOf(lines);
	}

	/**
	 * Selects the lines that matter.
	 *
	 * @param lines
	 *            the raw log lines
	 * @param jobId
	 *            the job whose lines are all kept; 0 to keep only warnings and errors
	 * @return the lines kept and the count of those left out
	 */
	public static LogExcerpt select(List<String> lines, int jobId) {
		List<String> kept = new ArrayList<>();
		int omitted = 0;
		for (String raw : lines) {
			if (raw == null || raw.isEmpty()) {
				continue;
			}
			LogLine l = LogLine.parse(raw);
			boolean keep = jobId > 0 && l.jobId() == jobId || l.isWarningOrError() && !l.isAboutRequest();
			if (keep) {
				kept.add(raw);
			} else {
				omitted++;
			}
		}
		return new LogExcerpt(kept, omitted);
	}
}
