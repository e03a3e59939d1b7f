package org.cupola.troubleshoot;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One page of the troubleshooter (s-c-p's {@code Question}), UI-free.
 * <p>
 * The {@link Troubleshooter} asks {@link #applies(Answers)} once; if true it calls {@link #run(Context, IProgressMonitor)}
 * and then {@link #question(Answers)}. While the step has an unanswered question the flow stops; once it is answered
 * {@code run} is called again (a step keeps track, through its answers, of what it has already done), until the step
 * has no unanswered question left. A step that finds a dead end calls {@link Context#deadEnd(Finding)}.
 */
public interface Step {

	/** {@return the step's name, e.g. {@code QueueNotEnabled}; also the id of its findings} */
	String id();

	/**
	 * Decides whether the step is shown (run) at all.
	 *
	 * @param answers
	 *            what is known so far
	 * @return true to run it
	 */
	boolean applies(Answers answers);

	/**
	 * Probes through the IPP core (all I/O under the monitor), writes answers and reports findings.
	 *
	 * @param context
	 *            the connection, answers and findings of this run
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws org.eclipse.core.runtime.OperationCanceledException
	 *             when cancelled
	 */
	void run(Context context, IProgressMonitor monitor);

	/**
	 * The question this step needs answered now, if any. A question whose key already has a value counts as
	 * answered.
	 *
	 * @param answers
	 *            what is known so far
	 * @return the question, or null
	 */
	default Question question(Answers answers) {
		return null;
	}
}
