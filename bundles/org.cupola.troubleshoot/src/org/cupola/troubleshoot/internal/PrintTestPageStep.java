package org.cupola.troubleshoot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.Notifications;
import org.cupola.ipp.Printer;
import org.cupola.ipp.log.LogAnalysis;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.FixAction;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * PrintTestPage: with consent, prints the test page, follows the job through a subscription and Get-Notifications
 * until it completes, stops or aborts, the queue stops, the error log makes the outcome clear (an administrator's run
 * reads the log while it waits), or a timeout; cancels the test job if it is still there; says the cause the log
 * names; then asks "did it print?".
 */
final class PrintTestPageStep extends AbstractStep {

	/** The id of the cleanup that cancels the test job and the subscription. */
	static final String CANCEL_CLEANUP = "cancel-test-jobs"; //$NON-NLS-1$

	private static final List<String> EVENTS = List.of("job-state-changed", "job-completed", "job-stopped", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"printer-state-changed", "printer-stopped"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final long MIN_POLL_MILLIS = 250;
	private static final long MAX_POLL_MILLIS = 1000;
	private static final long JOB_CHECK_MILLIS = 3000;
	/** How long a job's unusual state message must last before the error log is read... */
	private static final long SUSPECT_MILLIS = 4000;
	/** ...and how long until it is read again (doubling each time). */
	private static final long FIRST_LOG_POLL_MILLIS = 4000;
	/** Job state messages that only report progress. */
	private static final Set<String> PROGRESS = Set.of("Connecting to printer.", "Connected to printer.", //$NON-NLS-1$ //$NON-NLS-2$
			"Copying print data.", "Sending data to printer.", "Print file sent.", "Waiting for job to complete.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Waiting for printer to finish.", "Preparing to print.", "Ready to print.", "Spooling job, 0% done."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String FAILING = "failing"; //$NON-NLS-1$

	PrintTestPageStep() {
		super("PrintTestPage"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return Keys.queue(answers) != null && answers.isTrue(Keys.QUEUE_LISTED) && answers.has(Keys.PRINTER);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Answers a = context.answers();
		String wanted = a.get(Keys.TEST_PAGE_WANTED);
		if (wanted == null) {
			return; // the question asks
		}
		if (!Question.YES.equals(wanted)) {
			a.put(Keys.TEST_PAGE_DONE, Boolean.TRUE);
			return;
		}
		if (!a.isTrue(Keys.TEST_PAGE_DONE)) {
			printAndFollow(context, monitor);
			a.put(Keys.TEST_PAGE_DONE, Boolean.TRUE);
			return;
		}
		if (Question.NO.equals(a.get(Keys.TEST_PAGE_PRINTED))) {
			context.report(finding(Severity.WARNING, Messages.TestPage_badTitle,
					Messages.bind(Messages.TestPage_bad, a.get(Keys.TEST_PAGE_OUTCOME, "?")), //$NON-NLS-1$
					Messages.TestPage_badFix));
		}
	}

	private void printAndFollow(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.TestPage_task, 100);
		Answers a = context.answers();
		String queue = Keys.queue(a);
		CupsConnection c = context.connection();
		List<Integer> jobs = new ArrayList<>();
		int[] subscription = { 0 };
		context.addCleanup(CANCEL_CLEANUP, (ctx, m) -> cancelTestJobs(ctx, jobs, subscription, m));
		try {
			subscription[0] = c.createSubscription(queue, EVENTS, 600, sub.split(5));
		} catch (IppException e) {
			subscription[0] = 0; // follow the job by polling its attributes
		}
		int jobId;
		long start = System.nanoTime();
		try {
			jobId = c.printTestPage(queue, sub.split(10));
		} catch (IppException e) {
			a.put(Keys.TEST_PAGE_SUBMIT_FAILURE, e.getMessage());
			context.report(finding(Severity.ERROR, Messages.TestPage_submitFailedTitle,
					Messages.bind(Messages.TestPage_submitFailed, queue, e.getMessage()), Messages.TestPage_badFix));
			finish(context, jobs, subscription, sub.split(5));
			return;
		}
		jobs.add(Integer.valueOf(jobId));
		a.put(Keys.TEST_PAGE_JOB_ID, Integer.valueOf(jobId));
		LogWatch watch = a.has(Keys.ERROR_LOG_CHECKPOINT)
				? new LogWatch(context, a.get(Keys.ERROR_LOG_CHECKPOINT).longValue())
				: null;
		AtomicReference<LogAnalysis> log = new AtomicReference<>();
		String outcome = follow(context, queue, jobId, subscription[0], watch, log, sub.split(78));
		if (watch != null && !"completed".equals(outcome) && !FAILING.equals(outcome)) { //$NON-NLS-1$
			LogAnalysis last = watch.poll(jobId, sub.split(2)); // what the log says now that the wait is over
			if (last != null) {
				log.set(last);
			}
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		a.put(Keys.TEST_PAGE_FOLLOWED_MILLIS, Long.valueOf(millis));
		a.put(Keys.TEST_PAGE_OUTCOME, outcome);
		finish(context, jobs, subscription, sub.split(5));
		Optional<LogCauses.Explanation> why = "completed".equals(outcome) || log.get() == null ? Optional.empty() //$NON-NLS-1$
				: LogCauses.explain(log.get(), a.get(Keys.PRINTER));
		why.ifPresent(e -> a.put(Keys.TEST_PAGE_CAUSE, e.cause().kind().name()));
		report(context, queue, jobId, outcome, millis, why.orElse(null));
	}

	private void report(Context context, String queue, int jobId, String outcome, long millis,
			LogCauses.Explanation why) {
		Answers a = context.answers();
		String id = Integer.toString(jobId);
		String cause = why == null ? "" : why.sentence() + '\n'; //$NON-NLS-1$
		String fix = why == null ? Messages.TestPage_badFix : why.fix();
		FixAction action = why != null && why.queueStopped() || "queue-stopped".equals(outcome) //$NON-NLS-1$
				? Fixes.enableQueue(queue)
				: null;
		switch (outcome) {
		case "completed" -> context.report(finding(Severity.INFO, Messages.TestPage_completedTitle, //$NON-NLS-1$
				Messages.bind(Messages.TestPage_completed, id, queue), null));
		case FAILING -> context.report(finding(Severity.ERROR, Messages.TestPage_failingTitle,
				cause + Messages.bind(Messages.TestPage_failing, id, Long.toString(Math.round(millis / 1000.0)))
						+ suffix(details(a)),
				fix, action));
		case "timeout" -> context.report(finding(Severity.WARNING, Messages.TestPage_timeoutTitle, //$NON-NLS-1$
				cause + Messages.bind(Messages.TestPage_timeout, id,
						Long.toString(context.testPageTimeout().toSeconds()), details(a)),
				fix, action));
		default -> context.report(finding(Severity.ERROR, Messages.TestPage_failedTitle,
				cause + Messages.bind(Messages.TestPage_failed, id, outcome, details(a)), fix, action));
		}
	}

	private static String suffix(String details) {
		return details.isEmpty() ? "" : "\n" + details; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String details(Answers a) {
		StringBuilder sb = new StringBuilder();
		String message = a.get(Keys.TEST_PAGE_JOB_MESSAGE);
		if (message != null && !message.isBlank()) {
			sb.append(Messages.bind(Messages.TestPage_jobMessage, message));
		}
		List<String> reasons = a.get(Keys.TEST_PAGE_JOB_REASONS, List.of());
		if (!reasons.isEmpty()) {
			sb.append(sb.isEmpty() ? "" : "\n").append(Messages.bind(Messages.TestPage_jobReasons, //$NON-NLS-1$ //$NON-NLS-2$
					String.join(", ", reasons))); //$NON-NLS-1$
		}
		return sb.toString();
	}

	/**
	 * Waits for the job: Get-Notifications at the server's interval (clamped to 0.25-1 s); the job's attributes are
	 * fetched when an event concerns it or the queue, and every few seconds in any case. When the job keeps an unusual
	 * state message (e.g. "The printer may not exist or is unavailable at this time.") for a few seconds, the error log
	 * is read, again after 4, 8, 16... s while it lasts: CUPS does not serve byte ranges of the log, and at debug level
	 * every read makes cupsd log about as many bytes as it sent, so the log is read only when it may tell.
	 *
	 * @return completed, canceled, aborted, stopped, held-for-authentication, queue-stopped, failing (the log made the
	 *         failure clear; its analysis is in {@code log}) or timeout
	 */
	private static String follow(Context context, String queue, int jobId, int subscriptionId, LogWatch watch,
			AtomicReference<LogAnalysis> log, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.bind(Messages.TestPage_following, Integer.toString(jobId)),
				(int) Math.max(1, context.testPageTimeout().toMillis() / MIN_POLL_MILLIS));
		CupsConnection c = context.connection();
		Answers a = context.answers();
		long deadline = System.nanoTime() + context.testPageTimeout().toNanos();
		int sequence = 1;
		long lastCheck = 0;
		long nextLogPoll = 0;
		long logBackoff = FIRST_LOG_POLL_MILLIS;
		String suspect = null;
		long suspectSince = 0;
		boolean check = true;
		while (true) {
			long interval = MAX_POLL_MILLIS;
			if (subscriptionId > 0) {
				try {
					Notifications n = c.getNotifications(subscriptionId, sequence, sub.split(1));
					sequence = Math.max(sequence, n.lastSequenceNumber() + 1);
					for (Notifications.Event e : n.typedEvents()) {
						if (e.jobId() == jobId || e.event() != null && e.event().startsWith("printer-")) { //$NON-NLS-1$
							check = true;
						}
					}
					if (n.intervalSeconds() > 0) {
						interval = Math.min(MAX_POLL_MILLIS, Math.max(MIN_POLL_MILLIS, n.intervalSeconds() * 1000L));
					}
				} catch (IppException e) {
					subscriptionId = 0; // the subscription went away: poll the job instead
				}
			} else {
				check = true;
			}
			long now = System.nanoTime();
			if (check || (now - lastCheck) / 1_000_000 >= JOB_CHECK_MILLIS) {
				check = false;
				lastCheck = now;
				try {
					Job job = c.getJobAttributes(jobId, sub.split(1));
					record(a, job);
					Job.State state = job.state();
					if (state != null && state.isTerminal()) {
						return state.name().toLowerCase(java.util.Locale.ROOT);
					}
					if (state == Job.State.STOPPED) {
						return "stopped"; //$NON-NLS-1$
					}
					if (state == Job.State.HELD && job.stateReasons().contains("cups-held-for-authentication")) { //$NON-NLS-1$
						return "held-for-authentication"; //$NON-NLS-1$
					}
					String message = job.stateMessage();
					if (state == Job.State.PROCESSING && message != null && !message.isBlank()
							&& !PROGRESS.contains(message)) {
						if (!message.equals(suspect)) {
							suspect = message;
							suspectSince = now;
						}
					} else {
						suspect = null;
					}
					Printer p = c.getPrinterAttributes(queue, List.of("printer-state", "printer-state-message", //$NON-NLS-1$ //$NON-NLS-2$
							"printer-state-reasons"), sub.split(1)); //$NON-NLS-1$
					if (p.state() == Printer.State.STOPPED) {
						if (a.get(Keys.TEST_PAGE_JOB_MESSAGE) == null && p.stateMessage() != null) {
							a.put(Keys.TEST_PAGE_JOB_MESSAGE, p.stateMessage());
						}
						return "queue-stopped"; //$NON-NLS-1$
					}
				} catch (IppException e) {
					a.put(Keys.TEST_PAGE_JOB_MESSAGE, e.getMessage());
				}
			}
			long since = System.nanoTime();
			if (watch != null && watch.isOn() && suspect != null && (since - suspectSince) / 1_000_000 >= SUSPECT_MILLIS
					&& since >= nextLogPoll) {
				nextLogPoll = since + logBackoff * 1_000_000;
				logBackoff *= 2;
				LogAnalysis analysis = watch.poll(jobId, sub.split(1));
				if (analysis != null) {
					log.set(analysis);
					if (analysis.isConclusive()) {
						return FAILING;
					}
				}
			}
			if (System.nanoTime() >= deadline) {
				return "timeout"; //$NON-NLS-1$
			}
			sleep(interval, sub);
			sub.setWorkRemaining(100);
		}
	}

	private static void record(Answers a, Job job) {
		a.put(Keys.TEST_PAGE_JOB_REASONS, job.stateReasons());
		if (job.stateMessage() != null && !job.stateMessage().isBlank()) {
			a.put(Keys.TEST_PAGE_JOB_MESSAGE, job.stateMessage());
		}
		String media = job.attributes().getString("media"); //$NON-NLS-1$
		if (media == null) {
			media = job.attributes().getString("PageSize"); //$NON-NLS-1$
		}
		if (media != null) {
			a.put(Keys.JOB_PAGE_SIZE, media);
		}
	}

	private static void sleep(long millis, IProgressMonitor monitor) {
		long end = System.nanoTime() + millis * 1_000_000;
		while (System.nanoTime() < end) {
			if (monitor.isCanceled() || org.cupola.ipp.CancelToken.currentBound()
					.map(org.cupola.ipp.CancelToken::isCanceled).orElse(Boolean.FALSE).booleanValue()) {
				throw new OperationCanceledException();
			}
			try {
				Thread.sleep(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	/** Cancels the test job if it is not over yet, and the subscription; the cleanup is then no longer needed. */
	private static void finish(Context context, List<Integer> jobs, int[] subscription, IProgressMonitor monitor) {
		try {
			cancelTestJobs(context, jobs, subscription, monitor);
		} catch (IppException e) {
			context.report(new org.cupola.troubleshoot.Finding("PrintTestPage", Severity.WARNING, //$NON-NLS-1$
					Messages.TestPage_cancelFailed, e.getMessage(), null));
		}
		context.removeCleanup(CANCEL_CLEANUP);
	}

	static void cancelTestJobs(Context context, List<Integer> jobs, int[] subscription, IProgressMonitor monitor)
			throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.TestPage_cancelling, jobs.size() * 2 + 1);
		CupsConnection c = context.connection();
		List<Integer> cancelled = new ArrayList<>(context.answers().get(Keys.TEST_PAGE_JOBS_CANCELLED, List.of()));
		IppException failure = null;
		for (Integer id : jobs) {
			try {
				Job job = c.getJobAttributes(id.intValue(), sub.split(1));
				if (job.state() != null && !job.state().isTerminal()) {
					c.cancelJob(id.intValue(), sub.split(1));
					cancelled.add(id);
				}
			} catch (IppException e) {
				failure = e;
			}
		}
		if (!cancelled.isEmpty()) {
			context.answers().put(Keys.TEST_PAGE_JOBS_CANCELLED, List.copyOf(cancelled));
		}
		if (subscription[0] > 0) {
			try {
				c.cancelSubscription(subscription[0], sub.split(1));
			} catch (IppException e) {
				// it expires with its lease
			}
			subscription[0] = 0;
		}
		if (failure != null) {
			throw failure;
		}
	}

	@Override
	public Question question(Answers answers) {
		if (!answers.has(Keys.TEST_PAGE_WANTED)) {
			Printer p = answers.get(Keys.PRINTER);
			return new Question(id(), Keys.TEST_PAGE_WANTED, Messages.TestPage_title,
					Messages.bind(Messages.TestPage_ask, p == null ? Keys.queue(answers) : p.name()),
					Question.Kind.CHOICE, List.of(new Question.Choice(Question.YES, Messages.TestPage_print),
							new Question.Choice(Question.NO, Messages.TestPage_skip)),
					Question.NO);
		}
		if (answers.isTrue(Keys.TEST_PAGE_DONE) && answers.has(Keys.TEST_PAGE_JOB_ID)) {
			return new Question(id(), Keys.TEST_PAGE_PRINTED, Messages.TestPage_title, Messages.TestPage_didItPrint,
					Question.Kind.CHOICE, List.of(new Question.Choice(Question.YES, Messages.TestPage_yes),
							new Question.Choice(Question.NO, Messages.TestPage_no),
							new Question.Choice(Question.UNKNOWN, Messages.TestPage_unknown)),
					Question.UNKNOWN);
		}
		return null;
	}
}
