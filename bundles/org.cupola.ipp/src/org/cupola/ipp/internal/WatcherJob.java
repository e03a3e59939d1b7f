package org.cupola.ipp.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.jobs.CupsJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * What both watchers share (the Printers view's live refresh and the event watcher): a self-rescheduling system job
 * in its server's job family with a connection of its own (no credentials prompt) and a {@link WatchSubscription};
 * each run is one round ({@link #watch}), bound to a {@link CancelToken} so that cancelling stops the request on the
 * wire; {@link #stop()} ends it for good.
 */
public abstract class WatcherJob extends Job {

	/** The server watched. */
	protected final CupsServer server;
	/** How often to poll when no subscription can be had. */
	protected final Duration pollInterval;
	/** The watcher's own connection, without a credentials prompt. */
	protected final CupsConnection connection;
	/** The CUPS subscription to {@code events} on {@link #connection}. */
	protected final WatchSubscription subscription;
	private final CancelToken token = new CancelToken();
	private volatile boolean stopped;

	protected WatcherJob(String name, CupsServer server, Duration pollInterval, List<String> events) {
		super(name);
		this.server = Objects.requireNonNull(server);
		this.pollInterval = Objects.requireNonNull(pollInterval);
		this.connection = new CupsConnection(server, ConnectionOptions.DEFAULTS, null);
		this.subscription = new WatchSubscription(connection, events);
		setSystem(true);
	}

	/** Starts watching. */
	public void start() {
		schedule();
	}

	/** Stops watching: cancels the job, drops the subscription (best effort) and closes the connection. */
	public void stop() {
		stopped = true;
		cancel();
		subscription.cancelAndClose(getName());
	}

	/** {@return whether CUPS lets this client watch by subscription (false: it polls)} */
	public boolean isSubscribed() {
		return subscription.isHeld();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == CupsJob.FAMILY || CupsJob.familyOf(server).equals(family);
	}

	/**
	 * One round of watching, on the job's thread with the cancel token bound; handles the server's errors itself.
	 *
	 * @return milliseconds until the next round
	 * @throws OperationCanceledException
	 *             when the job was cancelled
	 */
	protected abstract long watch(IProgressMonitor monitor);

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		if (stopped) {
			return Status.CANCEL_STATUS;
		}
		long delay;
		try (CancelToken.Binding binding = token.bind()) {
			delay = watch(monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		if (!stopped) {
			schedule(delay);
		}
		return Status.OK_STATUS;
	}

	@Override
	protected void canceling() {
		token.cancel();
	}
}
