package org.cupola.ui.internal.jobs;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Moves a job of the Jobs view to another queue: {@link CupsConnection#moveJob(int, String, IProgressMonitor)}, so
 * authentication, cancellation and errors work as for every other operation. Blocks: call it from a job.
 */
public final class JobMover {

	private JobMover() {
	}

	/**
	 * Moves a job that has not finished to another queue of the same server.
	 *
	 * @param connection
	 *            the server
	 * @param jobId
	 *            the job
	 * @param targetPrinter
	 *            the queue to move it to
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS refuses (e.g. the job is finished, or the target does not exist) or the network fails
	 */
	public static void moveJob(CupsConnection connection, int jobId, String targetPrinter, IProgressMonitor monitor)
			throws IppException {
		connection.moveJob(jobId, targetPrinter, monitor);
	}
}
