package org.cupola.troubleshoot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.troubleshoot.internal.Messages;
import org.cupola.troubleshoot.internal.StepList;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs the troubleshooting steps in order (s-c-p's notebook of Question pages, without UI):
 * <ul>
 * <li>{@link #next(IProgressMonitor)} runs steps until one needs an answer ({@link Status#QUESTION}), a dead-end
 * finding stops the flow ({@link Status#DEAD_END}), or every step ran ({@link Status#FINISHED});</li>
 * <li>{@link #answer(String)} answers the current question;</li>
 * <li>{@link #back()} returns to the previous stop and restores the answers and findings as they were then, without
 * fetching anything again;</li>
 * <li>{@link #applyFix(Finding, IProgressMonitor)} runs a finding's fix; a fixed dead end lets the flow go on;</li>
 * <li>{@link #close()} runs the cleanups (restores cupsd.conf, cancels test jobs), even after a failure or a cancel,
 * and closes the connection.</li>
 * </ul>
 * All I/O happens in {@code next}, {@code applyFix} and {@code close}, under their monitors: call them from a
 * background job, never from the UI thread. Not thread-safe: one caller at a time.
 */
public final class Troubleshooter implements AutoCloseable {

	/** Where {@link #next(IProgressMonitor)} stopped. */
	public enum Status {
		/** A step waits for {@link #answer(String)}. */
		QUESTION,
		/** A dead-end finding stops the flow until it is fixed (or {@link #skipDeadEnd()}). */
		DEAD_END,
		/** Every step ran: show the report. */
		FINISHED
	}

	/** A place the flow stopped at, for Back. */
	private record Stop(int index, boolean inProgress, Answers answers, List<Finding> findings, Question question,
			Finding deadEnd, Status status) {
	}

	private final Context context;
	private final List<Step> steps;
	private final Deque<Stop> history = new ArrayDeque<>();
	private final Set<Finding> fixed = Collections.newSetFromMap(new IdentityHashMap<>());
	private int index;
	private boolean inProgress;
	private Question pending;
	private Finding deadEnd;
	private boolean deadEndPassed;
	private Status status;
	private boolean closed;

	/**
	 * A troubleshooter with the default steps (s-c-p's order).
	 *
	 * @param server
	 *            the server
	 * @param options
	 *            connection options, or null for the defaults
	 * @param prompt
	 *            asks for credentials (any thread), or null to decline
	 */
	public Troubleshooter(CupsServer server, ConnectionOptions options, CredentialsPrompt prompt) {
		this(new Context(server, options, prompt), defaultSteps());
	}

	/**
	 * @param context
	 *            the context (closed by {@link #close()})
	 * @param steps
	 *            the steps, in order
	 */
	public Troubleshooter(Context context, List<Step> steps) {
		this.context = Objects.requireNonNull(context);
		this.steps = List.copyOf(steps);
	}

	/** {@return new instances of the default steps, in s-c-p's order} */
	public static List<Step> defaultSteps() {
		return StepList.create();
	}

	/** {@return the context (connection, answers, settings)} */
	public Context context() {
		return context;
	}

	/** {@return the answers (live)} */
	public Answers answers() {
		return context.answers();
	}

	/** {@return the steps} */
	public List<Step> steps() {
		return steps;
	}

	/**
	 * Sets an answer before the flow reaches its question (the CLI's arguments); such questions are then not asked.
	 *
	 * @param <T>
	 *            the value type
	 * @param key
	 *            the key
	 * @param value
	 *            the value
	 */
	public <T> void preset(Answers.Key<T> key, T value) {
		context.answers().put(key, value);
	}

	/** {@return the findings so far} */
	public List<Finding> findings() {
		return context.findings();
	}

	/** {@return whether a fix was applied to the finding} */
	public boolean isFixed(Finding finding) {
		return fixed.contains(finding);
	}

	/** {@return the question waiting for an answer, or null} */
	public Question currentQuestion() {
		return status == Status.QUESTION ? pending : null;
	}

	/** {@return the dead end the flow stopped at, or null} */
	public Finding deadEnd() {
		return status == Status.DEAD_END ? deadEnd : null;
	}

	/** {@return where the flow stands (null before the first {@link #next(IProgressMonitor)})} */
	public Status status() {
		return status;
	}

	/** {@return the step running or about to run, or null when finished} */
	public Step currentStep() {
		return index < steps.size() ? steps.get(index) : null;
	}

	/**
	 * Answers the current question.
	 *
	 * @param value
	 *            a choice's value, or the text
	 * @throws IllegalStateException
	 *             if no question is waiting
	 * @throws IllegalArgumentException
	 *             if the answer is not acceptable
	 */
	public void answer(String value) {
		if (status != Status.QUESTION || pending == null) {
			throw new IllegalStateException("no question is waiting"); //$NON-NLS-1$
		}
		if (!pending.accepts(value)) {
			throw new IllegalArgumentException(Messages.bind(Messages.Troubleshooter_badAnswer, value, pending.key()));
		}
		context.answers().put(pending.key(), value.strip());
	}

	/**
	 * Lets the flow go past the current dead end without fixing it (the user takes responsibility).
	 */
	public void skipDeadEnd() {
		if (status == Status.DEAD_END) {
			deadEndPassed = true;
		}
	}

	/**
	 * Runs steps until one needs an answer, a dead end stops the flow, or all ran.
	 *
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return where the flow stopped
	 * @throws OperationCanceledException
	 *             when cancelled; the answers and findings of the interrupted step are rolled back and the next call
	 *             runs it again
	 */
	public Status next(IProgressMonitor monitor) {
		checkOpen();
		if (status == Status.QUESTION && pending != null && !context.answers().has(pending.key())) {
			return status;
		}
		if (status == Status.DEAD_END && !deadEndPassed && !fixed.contains(deadEnd)) {
			return status;
		}
		pending = null;
		deadEnd = null;
		deadEndPassed = false;
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Troubleshooter_task, Math.max(1, steps.size() - index));
		while (index < steps.size()) {
			Step step = steps.get(index);
			if (!inProgress) {
				if (!step.applies(context.answers())) {
					index++;
					sub.setWorkRemaining(Math.max(1, steps.size() - index));
					continue;
				}
				inProgress = true;
			}
			sub.setWorkRemaining(Math.max(1, steps.size() - index));
			Answers before = context.answers().copy();
			List<Finding> findingsBefore = new ArrayList<>(context.findingsList());
			context.beginStep(step.id());
			sub.subTask(step.id());
			try {
				step.run(context, sub.split(1));
			} catch (RuntimeException | Error e) {
				// roll back the interrupted step: running it again must find the state it started from
				context.answers().restore(before);
				context.findingsList().clear();
				context.findingsList().addAll(findingsBefore);
				context.takeDeadEnd();
				throw e;
			}
			Finding end = context.takeDeadEnd();
			if (end != null) {
				inProgress = false;
				index++;
				deadEnd = end;
				return stop(Status.DEAD_END);
			}
			Question q = step.question(context.answers());
			if (q != null && !context.answers().has(q.key())) {
				pending = q;
				return stop(Status.QUESTION);
			}
			inProgress = false;
			index++;
		}
		return stop(Status.FINISHED);
	}

	private Status stop(Status s) {
		status = s;
		history.push(new Stop(index, inProgress, context.answers().copy(), new ArrayList<>(context.findingsList()),
				pending, deadEnd, s));
		return s;
	}

	/** {@return whether {@link #back()} can go back} */
	public boolean canGoBack() {
		return history.size() > 1;
	}

	/**
	 * Goes back to the previous stop (question or dead end): the answers and findings are restored as they were when
	 * it was reached (its question unanswered again); nothing is fetched again.
	 *
	 * @return whether it went back
	 */
	public boolean back() {
		checkOpen();
		if (history.size() < 2) {
			return false;
		}
		history.pop();
		Stop previous = history.peek();
		index = previous.index();
		inProgress = previous.inProgress();
		context.answers().restore(previous.answers());
		context.findingsList().clear();
		context.findingsList().addAll(previous.findings());
		context.takeDeadEnd();
		pending = previous.question();
		deadEnd = previous.deadEnd();
		deadEndPassed = false;
		status = previous.status();
		return true;
	}

	/**
	 * Applies a finding's fix. A cancelled credentials prompt or a refusal (403) ends as
	 * {@link FixResult.Status#NEEDS_ADMIN}; a fixed dead end lets {@link #next(IProgressMonitor)} go on.
	 *
	 * @param finding
	 *            a finding with a fix
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the outcome
	 */
	public FixResult applyFix(Finding finding, IProgressMonitor monitor) {
		checkOpen();
		if (finding.fix() == null) {
			throw new IllegalArgumentException("no fix: " + finding.id()); //$NON-NLS-1$
		}
		try {
			context.asAdmin(() -> {
				finding.fix().apply(context, monitor);
				return null;
			}, monitor);
			fixed.add(finding);
			return new FixResult(FixResult.Status.FIXED, Messages.bind(Messages.Fix_done, finding.fix().label()));
		} catch (Context.AdminRefusedException e) {
			return new FixResult(FixResult.Status.NEEDS_ADMIN,
					Messages.bind(Messages.Fix_needsAdmin, finding.fix().label(), e.getMessage()));
		} catch (IppException e) {
			return new FixResult(FixResult.Status.FAILED,
					Messages.bind(Messages.Fix_failed, finding.fix().label(), e.getMessage()));
		}
	}

	/** {@return the report of the run so far} */
	public Report report() {
		return new Report(context, context.findings(), Set.copyOf(fixed.isEmpty() ? Set.of() : fixed));
	}

	/**
	 * Runs the pending cleanups (restore cupsd.conf, cancel test jobs, cancel the subscription) with a fresh cancel
	 * token, so they run even when the run was cancelled; failures become error findings. Then closes the
	 * connections. Idempotent.
	 */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		runCleanups(new NullProgressMonitor());
		closed = true;
		context.close();
	}

	/**
	 * Runs the pending cleanups now (the run stays open).
	 *
	 * @param monitor
	 *            progress; its cancellation is ignored: cleanups must run
	 */
	public void runCleanups(IProgressMonitor monitor) {
		List<Map.Entry<String, Context.Cleanup>> todo = new ArrayList<>(context.cleanups().entrySet());
		Collections.reverse(todo);
		context.cleanups().clear();
		try (CancelToken.Binding binding = new CancelToken().bind()) {
			for (Map.Entry<String, Context.Cleanup> entry : todo) {
				try {
					entry.getValue().run(context, new NullProgressMonitor());
				} catch (Exception e) {
					context.report(new Finding("Cleanup", Severity.ERROR, //$NON-NLS-1$
							Messages.bind(Messages.Cleanup_failedTitle, entry.getKey()), String.valueOf(e.getMessage()),
							Messages.Cleanup_failedFix));
				}
			}
		}
		if (monitor != null) {
			monitor.done();
		}
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("closed"); //$NON-NLS-1$
		}
	}
}
