package org.cupola.ipp.jobs;

import org.cupola.ipp.IppException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A long CUPS operation: UI-free, reports progress to the monitor it is given and ends with
 * {@link org.eclipse.core.runtime.OperationCanceledException} when cancelled. Run it directly (tests, headless
 * commands) or as a {@link CupsJob}.
 *
 * @param <T>
 *            the result type
 */
@FunctionalInterface
public interface CupsOperation<T> {

	/**
	 * Runs the operation on the calling thread.
	 *
	 * @param monitor
	 *            progress and cancellation; may be null
	 * @return the result
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	T run(IProgressMonitor monitor) throws IppException;
}
