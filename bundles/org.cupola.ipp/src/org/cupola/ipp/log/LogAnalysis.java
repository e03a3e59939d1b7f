package org.cupola.ipp.log;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ErrorLogParser} found in the lines of one job.
 *
 * @param jobId
 *            the job (0: all jobs)
 * @param causes
 *            the causes, most specific first (see {@link CauseKind}), consequences last
 * @param unmatched
 *            the lines in scope that no rule explains (kept, never dropped)
 * @param backend
 *            the backend the job ran ({@code socket}, {@code ipp}...), or null
 * @param completed
 *            whether the log says the job completed
 */
public record LogAnalysis(int jobId, List<Cause> causes, List<LogLine> unmatched, String backend, boolean completed) {

	/** A retried failure is clear after this many tries... */
	public static final int CONCLUSIVE_TRIES = 2;
	/** ...spread over at least this long. */
	public static final Duration CONCLUSIVE_SPAN = Duration.ofSeconds(5);

	/** Copies the lists. */
	public LogAnalysis {
		causes = List.copyOf(causes);
		unmatched = List.copyOf(unmatched);
	}

	/** {@return the root cause: the most specific cause that is not the scheduler's reaction, else the reaction} */
	public Optional<Cause> primary() {
		return causes.stream().filter(c -> !c.kind().isConsequence()).findFirst()
				.or(() -> causes.stream().findFirst());
	}

	/** {@return what the scheduler did about it (error policy, stopped job), if the log says} */
	public Optional<Cause> consequence() {
		return causes.stream().filter(c -> c.kind().isConsequence()).findFirst();
	}

	/** {@return the cause of the given kind, if found} */
	public Optional<Cause> find(CauseKind kind) {
		return causes.stream().filter(c -> c.kind() == kind).findFirst();
	}

	/**
	 * Whether the log already makes the outcome clear, so a caller waiting for the job can stop waiting: the scheduler
	 * acted (error policy, stopped or held job), a filter, driver, device or the remote printer failed for good,
	 * authentication is needed, or the backend keeps failing the same way ({@value #CONCLUSIVE_TRIES} tries or more,
	 * at least {@link #CONCLUSIVE_SPAN} apart).
	 *
	 * @return whether waiting longer would not change the finding
	 */
	public boolean isConclusive() {
		if (completed || causes.isEmpty()) {
			return false;
		}
		if (consequence().isPresent()) {
			return true;
		}
		for (Cause c : causes) {
			switch (c.kind().category()) {
			case AUTHENTICATION, DRIVER, DEVICE -> {
				return true;
			}
			case REMOTE, CONNECTION -> {
				if (!c.kind().isRetried() && c.kind() != CauseKind.NO_ANSWER) {
					return true;
				}
				if (c.kind().isRetried() && c.count() >= CONCLUSIVE_TRIES
						&& c.span().compareTo(CONCLUSIVE_SPAN) >= 0) {
					return true;
				}
			}
			default -> {
				// other errors and crashed backends: wait for the scheduler's reaction
			}
			}
		}
		return false;
	}
}
