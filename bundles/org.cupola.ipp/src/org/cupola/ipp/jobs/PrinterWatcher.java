package org.cupola.ipp.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.IppException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Notifications;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Live refresh of one server's queues: a self-rescheduling system job that holds a CUPS printer subscription
 * (printer added, deleted, modified, state changed) and asks for its notifications every
 * {@link #NOTIFY_POLL}; when an event arrives it calls {@code onChange}. Where the server refuses the subscription
 * or its notifications without authentication (many policies want the owner or an administrator), it never asks
 * for a password: it falls back to calling {@code onChange} every {@code pollInterval}. It uses a connection of its
 * own without a credentials prompt. Cancel it with {@link #stop()}.
 */
public final class PrinterWatcher extends Job {

	/** How often notifications are fetched while a subscription is held. */
	public static final Duration NOTIFY_POLL = Duration.ofSeconds(2);

	private static final List<String> EVENTS = List.of("printer-added", "printer-deleted", "printer-modified", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"printer-state-changed", "printer-config-changed"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final int LEASE_SECONDS = 3600;

	private final CupsServer server;
	private final Runnable onChange;
	private final Duration pollInterval;
	private final CupsConnection connection;
	private final CancelToken token = new CancelToken();
	private volatile boolean stopped;
	private int subscription;
	private int lastSequence;
	private boolean subscriptionRefused;

	/**
	 * @param server
	 *            the server to watch
	 * @param pollInterval
	 *            how often to call {@code onChange} when no subscription can be had
	 * @param onChange
	 *            called (on the job's thread) when the server's queues changed, or at each poll
	 */
	public PrinterWatcher(CupsServer server, Duration pollInterval, Runnable onChange) {
		super(NLS.bind(Messages.Watcher_name, server));
		this.server = Objects.requireNonNull(server);
		this.pollInterval = Objects.requireNonNull(pollInterval);
		this.onChange = Objects.requireNonNull(onChange);
		this.connection = new CupsConnection(server, ConnectionOptions.DEFAULTS, null);
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
		Job cleanup = Job.create(getName(), monitor -> {
			try {
				if (subscription != 0) {
					connection.cancelSubscription(subscription, monitor);
				}
			} catch (IppException | OperationCanceledException e) {
				// the lease ends on its own
			} finally {
				connection.close();
			}
			return Status.OK_STATUS;
		});
		cleanup.setSystem(true);
		cleanup.schedule();
	}

	/** Whether CUPS lets this client watch by subscription (false: it polls). */
	public boolean isSubscribed() {
		return subscription != 0;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == CupsJob.FAMILY || CupsJob.familyOf(server).equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (stopped) {
			return Status.CANCEL_STATUS;
		}
		long delay = pollInterval.toMillis();
		try (CancelToken.Binding binding = token.bind()) {
			if (subscription == 0 && !subscriptionRefused) {
				try {
					subscription = connection.createSubscription(null, EVENTS, LEASE_SECONDS, monitor);
					lastSequence = 0;
				} catch (IppException e) {
					subscriptionRefused = true; // e.g. 401/403: poll instead, never prompt
				}
			}
			if (subscription != 0) {
				Notifications n = connection.getNotifications(subscription, lastSequence + 1, monitor);
				if (!n.events().isEmpty()) {
					lastSequence = Math.max(lastSequence, n.lastSequenceNumber());
					onChange.run();
				}
				delay = NOTIFY_POLL.toMillis();
			} else {
				onChange.run();
			}
		} catch (NotAuthorizedException | ForbiddenException e) {
			// the policy wants credentials for notifications: poll from now on, never prompt
			subscriptionRefused = true;
			subscription = 0;
			onChange.run();
		} catch (IppException e) {
			// server gone or subscription expired: start over (and tell the view, which shows the error)
			subscription = 0;
			onChange.run();
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
