package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.ADMIN_PATH;
import static org.cupola.ipp.internal.session.IppExchange.JOBS_PATH;
import static org.cupola.ipp.internal.session.IppExchange.JOB_URI;
import static org.cupola.ipp.internal.session.IppExchange.PRINTER_URI;
import static org.cupola.ipp.internal.session.IppExchange.REQUESTED_ATTRIBUTES;
import static org.cupola.ipp.internal.session.IppExchange.ROOT_PATH;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.MalformedResponseException;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/** The operations on print jobs: listing, printing, holding, releasing, cancelling, restarting and moving them. */
public final class JobOperations {

	/** The largest document {@link #printJob} buffers. */
	public static final int MAX_DOCUMENT_BYTES = 256 << 20;

	/** Everything {@link Job} reads. */
	public static final List<String> ATTRIBUTES = List.of("job-id", "job-uri", "job-name", "job-state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"job-state-reasons", "job-printer-state-message", "job-printer-uri", "job-originating-user-name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"job-k-octets", "job-impressions-completed", "time-at-creation", "time-at-processing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"time-at-completed", "job-hold-until"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final String TEST_PAGE = "/testpage.pdf"; //$NON-NLS-1$

	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 */
	public JobOperations(IppExchange exchange) {
		this.exchange = exchange;
	}

	/** Get-Jobs. */
	public List<Job> getJobs(String printerOrNull, WhichJobs which, boolean myJobs, int limit, List<String> requested,
			IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.Op_getJobs, monitor);
		IppMessage.Builder builder = exchange
				.request(IppOperation.GET_JOBS, PRINTER_URI, exchange.printerOrServerUri(printerOrNull))
				.operation("which-jobs", IppTag.KEYWORD, (which == null ? WhichJobs.NOT_COMPLETED : which).keyword()) //$NON-NLS-1$
				.operation("my-jobs", IppTag.BOOLEAN, Boolean.valueOf(myJobs)); //$NON-NLS-1$
		if (limit > 0) {
			builder.operation("limit", IppTag.INTEGER, Integer.valueOf(limit)); //$NON-NLS-1$
		}
		builder.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD,
				(requested == null || requested.isEmpty() ? ATTRIBUTES : requested).toArray());
		IppMessage response = exchange.ipp(op, builder.build(), ROOT_PATH, true);
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND && printerOrNull == null) {
			return List.of();
		}
		exchange.check(op, response);
		return response.groups(IppTag.JOB_ATTRIBUTES).stream().map(Job::new).toList();
	}

	/** Get-Job-Attributes (all attributes). */
	public Job getJobAttributes(int jobId, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_getJobAttributes, Integer.toString(jobId)), monitor);
		IppMessage request = exchange.request(IppOperation.GET_JOB_ATTRIBUTES, JOB_URI, exchange.jobUri(jobId))
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, "all").build(); //$NON-NLS-1$
		IppMessage response = exchange.check(op, exchange.ipp(op, request, JOBS_PATH, true));
		IppAttributeGroup group = response.group(IppTag.JOB_ATTRIBUTES);
		if (group == null) {
			throw new IppException(Messages.bind(Messages.Error_jobNotFound, exchange.server().hostAndPort(),
					Integer.toString(jobId)));
		}
		return new Job(group);
	}

	/** Print-Job, the document buffered first; never re-sent after a network failure. */
	public int printJob(String printer, String jobName, String documentFormat, InputStream document,
			IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_printJob, jobName, printer), monitor);
		byte[] data = readDocument(document, op);
		IppMessage request = exchange.request(IppOperation.PRINT_JOB, PRINTER_URI, exchange.printerUri(printer))
				.operation("job-name", IppTag.NAME, jobName == null ? "untitled" : jobName) //$NON-NLS-1$ //$NON-NLS-2$
				.operation("document-format", IppTag.MIME_MEDIA_TYPE, //$NON-NLS-1$
						documentFormat == null ? "application/octet-stream" : documentFormat) //$NON-NLS-1$
				.build();
		IppMessage response = exchange.check(op, exchange.ipp(op, IppEncoder.encode(request), data,
				IppExchange.printerPath(printer), false, null, exchange.options().readTimeout()));
		IppAttributeGroup job = response.group(IppTag.JOB_ATTRIBUTES);
		int id = job == null ? 0 : job.getInt("job-id", 0); //$NON-NLS-1$
		if (id <= 0) {
			throw new MalformedResponseException(
					Messages.bind(Messages.Error_noJobId, exchange.server().hostAndPort()), null);
		}
		return id;
	}

	/** Prints Cupola's one-page test page (PDF). */
	public int printTestPage(String printer, IProgressMonitor monitor) throws IppException {
		try (InputStream in = JobOperations.class.getResourceAsStream(TEST_PAGE)) {
			if (in == null) {
				throw new IppException(Messages.Error_testPageMissing);
			}
			return printJob(printer, "Cupola test page", "application/pdf", in, monitor); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new IppException(Messages.bind(Messages.Error_readDocument, e.getMessage()), e);
		}
	}

	private static byte[] readDocument(InputStream document, Op op) throws IppException {
		Objects.requireNonNull(document, "document"); //$NON-NLS-1$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 << 10];
		try {
			int n;
			while ((n = document.read(buffer)) >= 0) {
				op.waiter().checkCanceled();
				out.write(buffer, 0, n);
				if (out.size() > MAX_DOCUMENT_BYTES) {
					throw new IppException(
							Messages.bind(Messages.Error_documentTooLarge, Integer.toString(MAX_DOCUMENT_BYTES >> 20)));
				}
			}
		} catch (IOException e) {
			throw new IppException(Messages.bind(Messages.Error_readDocument, e.getMessage()), e);
		}
		return out.toByteArray();
	}

	/** Cancel-Job. */
	public void cancel(int jobId, IProgressMonitor monitor) throws IppException {
		onJob(IppOperation.CANCEL_JOB, Messages.Op_cancelJob, jobId, false, monitor);
	}

	/** Cancel-Job with {@code purge-job}: the job and its files leave the server's history too (any state). */
	public void purge(int jobId, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_purgeJob, Integer.toString(jobId)), monitor);
		IppMessage request = exchange.request(IppOperation.CANCEL_JOB, JOB_URI, exchange.jobUri(jobId))
				.operation("purge-job", IppTag.BOOLEAN, Boolean.TRUE).build(); //$NON-NLS-1$
		exchange.check(op, exchange.ipp(op, request, JOBS_PATH, false));
	}

	/** Hold-Job (indefinitely). */
	public void hold(int jobId, IProgressMonitor monitor) throws IppException {
		onJob(IppOperation.HOLD_JOB, Messages.Op_holdJob, jobId, true, monitor);
	}

	/** Release-Job. */
	public void release(int jobId, IProgressMonitor monitor) throws IppException {
		onJob(IppOperation.RELEASE_JOB, Messages.Op_releaseJob, jobId, true, monitor);
	}

	/** Restart-Job. */
	public void restart(int jobId, IProgressMonitor monitor) throws IppException {
		onJob(IppOperation.RESTART_JOB, Messages.Op_restartJob, jobId, false, monitor);
	}

	private void onJob(int operation, String message, int jobId, boolean idempotent, IProgressMonitor monitor)
			throws IppException {
		Op op = Op.begin(Messages.bind(message, Integer.toString(jobId)), monitor);
		IppMessage request = exchange.request(operation, JOB_URI, exchange.jobUri(jobId)).build();
		exchange.check(op, exchange.ipp(op, request, JOBS_PATH, idempotent));
	}

	/** Purge-Jobs: cancels every job of a queue (null: of every queue). */
	public void cancelAll(String printer, boolean purge, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_cancelAllJobs,
				printer == null ? exchange.server().hostAndPort() : printer), monitor);
		IppMessage request = exchange.request(IppOperation.PURGE_JOBS, PRINTER_URI,
				printer == null ? exchange.server().ippUri("/printers/") : exchange.printerUri(printer)) //$NON-NLS-1$
				.operation("purge-jobs", IppTag.BOOLEAN, Boolean.valueOf(purge)).build(); //$NON-NLS-1$
		exchange.check(op, exchange.ipp(op, request, ADMIN_PATH, false));
	}

	/** CUPS-Move-Job of one job: {@code job-uri}, and the target's {@code job-printer-uri} in the job group. */
	public void move(int jobId, String targetPrinter, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_moveJob, Integer.toString(jobId), targetPrinter), monitor);
		move(op, exchange.request(IppOperation.CUPS_MOVE_JOB, JOB_URI, exchange.jobUri(jobId)), targetPrinter);
	}

	/** CUPS-Move-Job of every job of a queue: {@code printer-uri} of the source instead of a {@code job-uri}. */
	public void moveAll(String sourcePrinter, String targetPrinter, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_moveAllJobs, sourcePrinter, targetPrinter), monitor);
		move(op, exchange.request(IppOperation.CUPS_MOVE_JOB, PRINTER_URI, exchange.printerUri(sourcePrinter)),
				targetPrinter);
	}

	private void move(Op op, IppMessage.Builder request, String targetPrinter) throws IppException {
		request.group(IppTag.JOB_ATTRIBUTES).attribute("job-printer-uri", IppTag.URI, //$NON-NLS-1$
				exchange.printerUri(targetPrinter));
		exchange.check(op, exchange.ipp(op, request.build(), JOBS_PATH, true));
	}
}
