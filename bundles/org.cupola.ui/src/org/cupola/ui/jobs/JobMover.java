package org.cupola.ui.jobs;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * CUPS-Move-Job, which {@link CupsConnection} has no method for: sent through
 * {@link CupsConnection#send(IppMessage, String, String, IProgressMonitor)}, so authentication, cancellation and
 * errors work as for every other operation. Blocks: call it from a job.
 */
public final class JobMover {

	private static final String JOBS_PATH = "/jobs/"; //$NON-NLS-1$
	private static final AtomicInteger REQUEST_IDS = new AtomicInteger();

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
		IppMessage request = request(connection, jobId, targetPrinter);
		String what = NLS.bind(Messages.Jobs_jobMove, Integer.toString(jobId), targetPrinter);
		IppMessage response = connection.send(request, JOBS_PATH, what, monitor);
		int status = response.status();
		if (!IppStatus.isSuccess(status)) {
			String statusName = IppStatus.name(status);
			String statusMessage = response.statusMessage();
			String detail = statusMessage == null || statusMessage.isBlank() ? statusName
					: statusMessage + " (" + statusName + ')'; //$NON-NLS-1$
			throw new IppStatusException(NLS.bind(Messages.Jobs_failed, what, detail), status, statusName,
					statusMessage);
		}
	}

	/**
	 * The CUPS-Move-Job request: {@code job-uri} in the operation group, {@code job-printer-uri} of the target in the
	 * job group.
	 *
	 * @param connection
	 *            the server and its current user
	 * @param jobId
	 *            the job
	 * @param targetPrinter
	 *            the target queue
	 * @return the request
	 */
	public static IppMessage request(CupsConnection connection, int jobId, String targetPrinter) {
		return IppMessage.request(IppOperation.CUPS_MOVE_JOB, Math.max(1, REQUEST_IDS.incrementAndGet() & 0x7FFFFFFF))
				.operation("job-uri", IppTag.URI, connection.server().ippUri(JOBS_PATH + jobId)) //$NON-NLS-1$
				.operation("requesting-user-name", IppTag.NAME, connection.currentUser()) //$NON-NLS-1$
				.group(IppTag.JOB_ATTRIBUTES)
				.attribute("job-printer-uri", IppTag.URI, //$NON-NLS-1$
						connection.server().ippUri("/printers/" + encodePathSegment(targetPrinter))) //$NON-NLS-1$
				.build();
	}

	/** Percent-encodes a queue name for a URI path segment, as CupsConnection does. */
	static String encodePathSegment(String segment) {
		StringBuilder sb = new StringBuilder();
		for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
					|| c == '.' || c == '~' || c == '@' || c == '+') {
				sb.append((char) c);
			} else {
				sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return sb.toString();
	}
}
