package org.cupola.ipp.internal.session;

import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.Waiter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One running operation: its human name (lower case, e.g. "pausing null"; used in progress, prompts and errors), its
 * monitor and how it is cancelled.
 *
 * @param name
 *            the human name
 * @param monitor
 *            the operation's monitor
 * @param waiter
 *            the cancellation of the calling thread (bound token, else the monitor)
 */
public record Op(String name, SubMonitor monitor, Waiter waiter) {

	/**
	 * Starts an operation: converts the monitor and fails at once if it is already cancelled.
	 *
	 * @param name
	 *            the human name
	 * @param monitor
	 *            the caller's monitor, may be null
	 * @return the operation
	 */
	public static Op begin(String name, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.capitalize(name), 100);
		Waiter waiter = new Waiter(monitor);
		waiter.checkCanceled();
		return new Op(name, sub, waiter);
	}

	/** Sleeps, then fails with {@link OperationCanceledException} if the operation was cancelled meanwhile. */
	void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		waiter.checkCanceled();
	}
}
