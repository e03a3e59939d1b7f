package org.cupola.ipp;

import java.util.List;

/**
 * Copying or renaming a queue stopped part way, after the server was already changed. The message says what failed,
 * every step that was done and what was left as it was (the old queue is never deleted before its copy is complete);
 * the cause is the failure ({@link IppException}) or an {@link org.eclipse.core.runtime.OperationCanceledException}.
 */
public class QueueCopyException extends IppException {

	private static final long serialVersionUID = 1L;

	private final List<String> done;
	private final boolean sourceKept;

	/**
	 * @param message
	 *            the user-facing message: the failure, what was done, what was not
	 * @param done
	 *            the steps that were done, in words, in order
	 * @param sourceKept
	 *            whether the old queue still exists
	 * @param cause
	 *            the failure
	 */
	public QueueCopyException(String message, List<String> done, boolean sourceKept, Throwable cause) {
		super(message, cause);
		this.done = List.copyOf(done);
		this.sourceKept = sourceKept;
	}

	/** {@return the steps that were done, in words, in order} */
	public List<String> done() {
		return done;
	}

	/** {@return whether the old queue still exists (always, unless the failure came after deleting it)} */
	public boolean sourceKept() {
		return sourceKept;
	}
}
