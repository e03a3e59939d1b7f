package org.cupola.ipp.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.IppException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.WatcherJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Live refresh of one server's queues: a self-rescheduling system job that holds a CUPS printer subscription
 * (printer added, deleted, modified, state changed) and asks for its notifications every
 * {@link #NOTIFY_POLL}; when an event arrives it calls {@code onChange}. Where the server refuses the subscription
 * or its notifications without authentication (many policies want the owner or an administrator), it never asks
 * for a password: it falls back to calling {@code onChange} every {@code pollInterval}. It uses a connection of its
 * own without a credentials prompt. Cancel it with {@link #stop()}.
 */
public final class PrinterWatcher extends WatcherJob {

	/** How often notifications are fetched while a subscription is held. */
	public static final Duration NOTIFY_POLL = Duration.ofSeconds(2);

	private static final List<String> EVENTS = List.of("printer-added", "printer-deleted", "printer-modified", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"printer-state-changed", "printer-config-changed"); //$NON-NLS-1$ //$NON-NLS-2$

	private final Runnable onChange;

	/**
	 * @param server
	 *            the server to watch
	 * @param pollInterval
	 *            how often to call {@code onChange} when no subscription can be had
	 * @param onChange
	 *            called (on the job's thread) when the server's queues changed, or at each poll
	 */
	public PrinterWatcher(CupsServer server, Duration pollInterval, Runnable onChange) {
		super(NLS.bind(Messages.Watcher_name, server), server, pollInterval, EVENTS);
		this.onChange = Objects.requireNonNull(onChange);
	}

	@Override
	protected long watch(IProgressMonitor monitor) {
		long delay = pollInterval.toMillis();
		try {
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
		}
		return delay;
	}
}
