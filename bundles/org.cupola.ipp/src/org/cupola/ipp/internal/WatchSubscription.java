package org.cupola.ipp.internal;

import java.util.List;
import java.util.Objects;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Notifications;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The CUPS notification subscription of a watcher job ({@code PrinterWatcher}, {@code EventWatcher}): subscribed on
 * demand, its notifications fetched from the last sequence number seen, forgotten when the server forgets it, refused
 * for good when the server wants credentials (the watcher polls then, never prompts), and cancelled with the
 * connection closed when the watcher stops. Used from the watcher's job thread; {@link #isHeld()} from any thread.
 */
public final class WatchSubscription {

	private static final int LEASE_SECONDS = 3600;

	private final CupsConnection connection;
	private final List<String> events;
	private int id;
	private int lastSequence;
	private boolean refused;

	/**
	 * @param connection
	 *            the watcher's own connection, closed by {@link #cancelAndClose(String)}
	 * @param events
	 *            the {@code notify-events} to subscribe to
	 */
	public WatchSubscription(CupsConnection connection, List<String> events) {
		this.connection = Objects.requireNonNull(connection);
		this.events = List.copyOf(events);
	}

	/** {@return whether to try subscribing: none held and the server did not refuse one} */
	public boolean wanted() {
		return id == 0 && !refused;
	}

	/** {@return whether a subscription is held (false: the watcher polls)} */
	public boolean isHeld() {
		return id != 0;
	}

	/**
	 * Subscribes; notifications are fetched from the first one on.
	 *
	 * @param monitor
	 *            progress and cancellation
	 * @throws IppException
	 *             when the server refuses or cannot be reached
	 */
	public void subscribe(IProgressMonitor monitor) throws IppException {
		id = connection.createSubscription(null, events, LEASE_SECONDS, monitor);
		lastSequence = 0;
	}

	/** The server wants credentials for subscriptions or notifications: poll from now on, never subscribe again. */
	public void refuse() {
		refused = true;
		id = 0;
	}

	/** The subscription expired, the server restarted or is gone: subscribe again next time. */
	public void forget() {
		id = 0;
	}

	/**
	 * @param monitor
	 *            progress and cancellation
	 * @return the events since the last call (sequence numbers seen are not fetched again), possibly none
	 * @throws IppException
	 *             when the server refuses or cannot be reached
	 */
	public List<Notifications.Event> newEvents(IProgressMonitor monitor) throws IppException {
		Notifications n = connection.getNotifications(id, lastSequence + 1, monitor);
		List<Notifications.Event> fresh = n.typedEvents();
		if (!fresh.isEmpty()) {
			lastSequence = Math.max(lastSequence, n.lastSequenceNumber());
		}
		return fresh;
	}

	/**
	 * Cancels the subscription (best effort: otherwise its lease ends on its own) and closes the connection, in a
	 * system job of its own.
	 *
	 * @param jobName
	 *            the name of that job
	 */
	public void cancelAndClose(String jobName) {
		Job cleanup = Job.create(jobName, monitor -> {
			try {
				if (id != 0) {
					connection.cancelSubscription(id, monitor);
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
}
