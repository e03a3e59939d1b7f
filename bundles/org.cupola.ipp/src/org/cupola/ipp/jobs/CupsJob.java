package org.cupola.ipp.jobs;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.LoginDeclinedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Runs a {@link CupsOperation} as an Eclipse {@link Job}: the successor of system-config-printer's TimedOperation,
 * without its polling loop and nested main loop.
 * <ul>
 * <li>The job is named after the operation and belongs to the family of its server ({@link #familyOf(CupsServer)})
 * and to {@link #FAMILY}.</li>
 * <li>{@link #cancel()} reaches {@link #canceling()}, which cancels the job's {@link CancelToken}: the HTTP exchange
 * in flight is aborted at once, and an open credentials prompt is told to close.</li>
 * <li>The result is a {@link CompletableFuture}: completed with the value, completed exceptionally with the
 * {@link IppException}, or cancelled. A declined login ({@link LoginDeclinedException}) ends the job as a cancel
 * does (no error dialog): the future is cancelled with a {@link CancellationException} whose cause is the
 * {@link LoginDeclinedException}. Never block the UI thread on it: a job may need the UI thread to ask for a
 * password.</li>
 * </ul>
 *
 * @param <T>
 *            the result type
 */
public final class CupsJob<T> extends Job {

	/** The family of every Cupola job. */
	public static final Object FAMILY = CupsJob.class;

	private static final String PLUGIN_ID = "org.cupola.ipp"; //$NON-NLS-1$

	private final CupsServer server;
	private final CupsOperation<T> operation;
	private final CancelToken token = new CancelToken();
	private final CompletableFuture<T> result = new CompletableFuture<>();

	/**
	 * @param name
	 *            the human name ("Fetching device list"), shown in the Progress view
	 * @param server
	 *            the server the operation talks to; its family groups the job
	 * @param operation
	 *            the work
	 */
	public CupsJob(String name, CupsServer server, CupsOperation<T> operation) {
		super(name);
		this.server = Objects.requireNonNull(server);
		this.operation = Objects.requireNonNull(operation);
		// cancelling the future from outside cancels the job (and so the request on the wire)
		result.whenComplete((v, e) -> {
			if (e instanceof CancellationException) {
				cancel();
			}
		});
		// a job cancelled before it ran never reaches run(): its future must still end
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				result.cancel(false);
			}
		});
	}

	/**
	 * Creates and schedules a job started by the user ({@link #setUser(boolean) user job}).
	 *
	 * @return the scheduled job
	 */
	public static <T> CupsJob<T> startUserJob(String name, CupsServer server, CupsOperation<T> operation) {
		CupsJob<T> job = new CupsJob<>(name, server, operation);
		job.setUser(true);
		job.schedule();
		return job;
	}

	/**
	 * The job family of one server: {@code Job.getJobManager().cancel(CupsJob.familyOf(server))} stops all of its
	 * operations.
	 */
	public static Object familyOf(CupsServer server) {
		return new ServerFamily(server);
	}

	/** The result; see the class comment. */
	public CompletableFuture<T> result() {
		return result;
	}

	/** The token this job's operation runs under. */
	public CancelToken cancelToken() {
		return token;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || new ServerFamily(server).equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (token.isCanceled() || monitor.isCanceled()) {
			result.cancel(false);
			return Status.CANCEL_STATUS;
		}
		try (CancelToken.Binding binding = token.bind()) {
			T value = operation.run(monitor);
			result.complete(value);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			result.cancel(false);
			return Status.CANCEL_STATUS;
		} catch (LoginDeclinedException e) {
			// the user said no to the login: ends quietly as a cancel does, the cause tells it apart
			CancellationException declined = new CancellationException(e.getMessage());
			declined.initCause(e);
			result.completeExceptionally(declined);
			return Status.CANCEL_STATUS;
		} catch (IppException e) {
			result.completeExceptionally(e);
			// the caller reports it (dialog, view, report): no error dialog from the job manager
			return new Status(IStatus.INFO, PLUGIN_ID, e.getMessage(), e);
		} catch (RuntimeException | Error e) {
			result.completeExceptionally(e);
			throw e;
		}
	}

	@Override
	protected void canceling() {
		token.cancel();
	}

	private record ServerFamily(CupsServer server) {
	}
}
