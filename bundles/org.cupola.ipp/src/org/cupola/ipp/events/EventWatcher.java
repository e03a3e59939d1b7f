package org.cupola.ipp.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.LogChunk;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Notifications;
import org.cupola.ipp.Printer;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.internal.EventMessages;
import org.cupola.ipp.internal.WatcherJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Watches one server for the {@link QueueEvent}s a user wants to hear about and keeps each queue's
 * {@link QueueHistory}: a self-rescheduling system job holding a CUPS subscription to printer and job events (asked
 * for every {@link #NOTIFY_POLL}); each batch of events, or each {@code pollInterval} where the server refuses a
 * subscription without a password, takes a snapshot (queues, unfinished jobs, the jobs that finished) that an
 * {@link EventTracker} compares with the previous one. With {@linkplain #setCredentials administrator credentials}
 * the error log's {@code [Job N]} lines of a failed job go into the event and its cause. It never prompts: it uses a
 * connection of its own. Listeners are called on the job's thread. Stop it with {@link #stop()}.
 */
public final class EventWatcher extends WatcherJob {

	/** How often notifications are fetched while a subscription is held. */
	public static final Duration NOTIFY_POLL = Duration.ofSeconds(2);

	private static final List<String> EVENTS = List.of("printer-state-changed", "printer-stopped", //$NON-NLS-1$ //$NON-NLS-2$
			"printer-added", "printer-deleted", "job-created", "job-state-changed", "job-completed", "job-stopped"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final List<String> JOB_ATTRIBUTES = List.of("job-id", "job-name", "job-state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"job-state-reasons", "job-printer-state-message", "job-printer-uri", "job-originating-user-name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"job-hold-until", "time-at-completed"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final int LOG_BUFFER = 4000;

	private final QueueHistory history;
	private final EventTracker tracker;
	private final List<Consumer<QueueEvent>> listeners = new CopyOnWriteArrayList<>();
	private final Deque<String> logLines = new ArrayDeque<>();
	private final Map<String, QueueEvent> lastStops = new HashMap<>();
	private final Set<String> autoResumed = new HashSet<>();
	private volatile AutoResume autoResume;
	private volatile boolean baselined;
	private long lastSnapshot;
	private long logOffset = -1;
	private boolean logRefused;

	/**
	 * @param server
	 *            the server to watch
	 * @param pollInterval
	 *            how often to take a snapshot when no subscription can be had (and at least that often with one)
	 * @param history
	 *            where to keep each queue's events, or null to keep none
	 */
	public EventWatcher(CupsServer server, Duration pollInterval, QueueHistory history) {
		super(NLS.bind(EventMessages.Watcher_name, server), server, pollInterval, EVENTS);
		this.history = history;
		this.tracker = new EventTracker(server.hostAndPort());
	}

	/** {@return the server watched} */
	public CupsServer server() {
		return server;
	}

	/**
	 * @param listener
	 *            called on the watcher's thread with each event, after it went into the history
	 */
	public void addListener(Consumer<QueueEvent> listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	/**
	 * @param listener
	 *            a listener added before
	 */
	public void removeListener(Consumer<QueueEvent> listener) {
		listeners.remove(listener);
	}

	/**
	 * @param credentials
	 *            an administrator's credentials for reading the error log (and resuming queues automatically), or
	 *            null to drop them; kept by this watcher's connection only
	 */
	public void setCredentials(Credentials credentials) {
		if (credentials == null) {
			connection.clearCredentials();
		} else {
			connection.setCredentials(credentials);
			logRefused = false;
		}
	}

	/**
	 * @param policy
	 *            the auto-resume choices of this server, or null for none
	 */
	public void setAutoResume(AutoResume policy) {
		this.autoResume = policy;
	}

	/** {@return whether the first snapshot was taken: changes from now on are events} */
	public boolean isBaselined() {
		return baselined;
	}

	@Override
	protected long watch(IProgressMonitor monitor) {
		long delay = pollInterval.toMillis();
		try {
			SubMonitor sub = SubMonitor.convert(monitor, EventMessages.Op_watchEvents, 3);
			boolean snapshot = !tracker.isBaselined()
					|| System.nanoTime() - lastSnapshot >= pollInterval.toNanos();
			if (subscription.wanted()) {
				try {
					subscription.subscribe(sub.split(1));
				} catch (NotAuthorizedException | ForbiddenException e) {
					subscription.refuse(); // poll instead, never prompt
				} catch (IppStatusException e) {
					subscription.refuse();
				}
			}
			sub.setWorkRemaining(2);
			if (subscription.isHeld()) {
				List<Notifications.Event> events = subscription.newEvents(sub.split(1));
				if (!events.isEmpty()) {
					tracker.noteEvents(events);
					snapshot = true;
				}
				delay = NOTIFY_POLL.toMillis();
			}
			if (snapshot) {
				snapshot(sub.split(1));
			}
		} catch (IppStatusException e) {
			subscription.forget(); // the subscription expired or the server restarted: subscribe again
		} catch (NotAuthorizedException | ForbiddenException e) {
			subscription.refuse();
		} catch (IppException e) {
			subscription.forget();
			deliver(tracker.serverDown(Instant.now(), e.getMessage()));
		}
		return delay;
	}

	private void snapshot(IProgressMonitor monitor) throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, 5);
		lastSnapshot = System.nanoTime();
		boolean first = !tracker.isBaselined();
		List<Printer> queues = new ArrayList<>(connection.getPrinters(sub.split(1)));
		List<org.cupola.ipp.Job> active = connection.getJobs(null, WhichJobs.NOT_COMPLETED, false, 0,
				JOB_ATTRIBUTES, sub.split(1));
		List<org.cupola.ipp.Job> lookedUp = new ArrayList<>();
		SubMonitor look = sub.split(1);
		for (Integer id : tracker.jobsToLookUp(active)) {
			try {
				lookedUp.add(connection.getJobAttributes(id.intValue(), look.split(1)));
			} catch (IppStatusException e) {
				// purged meanwhile
			}
		}
		if (first) {
			startLog(sub.split(1));
		}
		List<QueueEvent> events = tracker.update(queues, active, lookedUp, Instant.now());
		sub.setWorkRemaining(2);
		if (events.stream().anyMatch(e -> e.jobId() > 0
				&& (e.kind() == QueueEvent.Kind.QUEUE_STOPPED || e.kind() == QueueEvent.Kind.JOB_FAILED))) {
			readLog(sub.split(1));
		}
		List<QueueEvent> enriched = new ArrayList<>(events.size());
		for (QueueEvent e : events) {
			enriched.add(enrich(e, queues));
		}
		deliver(enriched);
		baselined = true;
		resumeWhereChosen(queues, sub.split(1));
	}

	private QueueEvent enrich(QueueEvent e, List<Printer> queues) {
		if (e.kind() == QueueEvent.Kind.QUEUE_RESUMED && autoResumed.remove(e.queue())) {
			return e.withCause(EventMessages.AutoResume_resumed, null);
		}
		if (e.kind() != QueueEvent.Kind.QUEUE_STOPPED && e.kind() != QueueEvent.Kind.JOB_FAILED) {
			return e;
		}
		String deviceUri = queues.stream().filter(p -> p.name().equals(e.queue())).map(Printer::deviceUri)
				.filter(Objects::nonNull).findFirst().orElse(null);
		List<String> lines = StopExplainer.jobLines(new ArrayList<>(logLines), e.jobId());
		QueueEvent out = e.withCause(StopExplainer.cause(deviceUri, lines, e.message()), lines);
		if (out.kind() == QueueEvent.Kind.QUEUE_STOPPED) {
			lastStops.put(out.queue(), out);
		}
		return out;
	}

	private void startLog(IProgressMonitor monitor) {
		if (!connection.hasCredentials()) {
			return;
		}
		try {
			logOffset = connection.getErrorLogSize(monitor);
		} catch (NotAuthorizedException | ForbiddenException e) {
			logRefused = true;
		} catch (IppException e) {
			logOffset = -1;
		}
	}

	private void readLog(IProgressMonitor monitor) {
		if (!connection.hasCredentials() || logRefused) {
			return;
		}
		try {
			LogChunk chunk = connection.getErrorLog(Math.max(0, logOffset), monitor);
			logOffset = chunk.nextOffset();
			for (String line : new String(chunk.data(), StandardCharsets.UTF_8).split("\n")) { //$NON-NLS-1$
				if (!line.isEmpty()) {
					logLines.addLast(line);
				}
			}
			while (logLines.size() > LOG_BUFFER) {
				logLines.removeFirst();
			}
		} catch (NotAuthorizedException | ForbiddenException e) {
			logRefused = true; // not an administrator: the history does without the log
		} catch (IppException e) {
			// the log is an extra; the event goes out without it
		}
	}

	private void resumeWhereChosen(List<Printer> queues, IProgressMonitor monitor) {
		AutoResume policy = autoResume;
		if (policy == null || !connection.hasCredentials()) {
			return;
		}
		for (Printer p : queues) {
			if (policy.shouldResume(p, lastStops.get(p.name()))) {
				try {
					connection.resumePrinter(p.name(), monitor);
					autoResumed.add(p.name());
					lastStops.remove(p.name());
				} catch (IppException e) {
					// not allowed or gone: the queue stays stopped and its history says so
				}
			}
		}
	}

	private void deliver(List<QueueEvent> events) {
		for (QueueEvent e : events) {
			if (history != null) {
				try {
					history.append(e);
				} catch (IOException ex) {
					// the history is best effort; the notification still goes out
				}
			}
			for (Consumer<QueueEvent> l : listeners) {
				try {
					l.accept(e);
				} catch (RuntimeException ex) {
					// one listener's failure must not stop the watcher, nor pass unseen
					System.getLogger(EventWatcher.class.getName()).log(System.Logger.Level.WARNING,
							"event listener failed on " + e.kind(), ex); //$NON-NLS-1$
				}
			}
		}
	}
}
