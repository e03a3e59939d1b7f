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
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.WatchSubscription;
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

	private final CupsServer server;
	private final Runnable onChange;
	private final Duration pollInterval;
	private final WatchSubscription subscription;
	private final CancelToken token = new CancelToken();
	private volatile boolean stopped;

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
		this.subscription = new WatchSubscription(new CupsConnection(server, ConnectionOptions.DEFAULTS, null), EVENTS);
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

	/** Whether CUPS lets this client watch by subscription (false: it polls). */
	public boolean isSubscribed() {
		return subscription.isHeld();
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
			if (subscription.wanted()) {
				try {
					subscription.subscribe(monitor);
				} catch (IppException e) {
					subscription.refuse(); // e.g. 401/403: poll instead, never prompt
				}
			}
			if (subscription.isHeld()) {
				if (!subscription.newEvents(monitor).isEmpty()) {
					onChange.run();
				}
				delay = NOTIFY_POLL.toMillis();
			} else {
				onChange.run();
			}
		} catch (NotAuthorizedException | ForbiddenException e) {
			// the policy wants credentials for notifications: poll from now on, never prompt
			subscription.refuse();
			onChange.run();
		} catch (IppException e) {
			// server gone or subscription expired: start over (and tell the view, which shows the error)
			subscription.forget();
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
