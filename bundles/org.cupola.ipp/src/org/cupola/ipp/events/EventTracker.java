package org.cupola.ipp.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.cupola.ipp.Job;
import org.cupola.ipp.Notifications;
import org.cupola.ipp.Printer;
import org.cupola.ipp.events.QueueEvent.Kind;

/**
 * Turns successive snapshots of one server (its queues, its unfinished jobs, the jobs that finished since) into
 * {@link QueueEvent}s, whether the snapshots were taken because a subscription reported something or because a
 * poll came due. The first snapshot is the baseline and yields nothing. Subscription events, when there are any,
 * are {@linkplain #noteEvents(List) noted} first: they name jobs that came and went between two snapshots, the job
 * a queue was printing when it stopped, and the time it stopped. Not thread-safe: one watcher drives it.
 */
public final class EventTracker {

	/** The state reasons (without their -report/-warning/-error suffix) a person has to see to. */
	public static final Set<String> ATTENTION_REASONS = Set.of("media-empty", "media-needed", "media-jam", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"media-low", "toner-low", "toner-empty", "marker-supply-low", "marker-supply-empty", "marker-waste-full", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"door-open", "cover-open", "interlock-open", "offline", "input-tray-missing", "output-tray-missing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"output-area-full", "developer-low", "developer-empty", "opc-near-eol", "opc-life-over"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The job-state-reasons of a job CUPS holds for authentication. */
	public static final String HELD_FOR_AUTH = "cups-held-for-authorization"; //$NON-NLS-1$

	private static final int MAX_REMEMBERED = 2000;

	private final String server;
	private boolean baselined;
	private final Map<String, Printer> printers = new HashMap<>();
	private final Map<Integer, Job> active = new HashMap<>();
	private final Map<String, Integer> printingJob = new HashMap<>();
	private final Map<Integer, Job> knownJobs = new HashMap<>();
	private final Map<String, Instant> stopTime = new HashMap<>();
	private final Set<Integer> eventJobs = new TreeSet<>();
	private final Set<Integer> reported = new LinkedHashSet<>();
	private boolean gone;

	/**
	 * @param server
	 *            {@code host:port} of the server, written into every event
	 */
	public EventTracker(String server) {
		this.server = server;
	}

	/** {@return whether the first snapshot was taken} */
	public boolean isBaselined() {
		return baselined;
	}

	/**
	 * Notes what a subscription reported since the last snapshot.
	 *
	 * @param events
	 *            the events, oldest first
	 */
	public void noteEvents(List<Notifications.Event> events) {
		for (Notifications.Event e : events) {
			String queue = e.printerName();
			int state = e.attributes().getInt("job-state", 0); //$NON-NLS-1$
			if (e.jobId() > 0) {
				eventJobs.add(Integer.valueOf(e.jobId()));
				if (queue != null && Job.State.of(state) == Job.State.PROCESSING) {
					printingJob.put(queue, Integer.valueOf(e.jobId()));
				}
			}
			if (queue != null && Printer.State.of(e.attributes().getInt("printer-state", 0)) == Printer.State.STOPPED //$NON-NLS-1$
					&& e.time() != null && !stopTime.containsKey(queue)) {
				stopTime.put(queue, e.time());
			}
		}
	}

	/**
	 * @param activeJobs
	 *            the server's unfinished jobs now
	 * @return the jobs to look up with Get-Job-Attributes before {@link #update}: those that were unfinished and are
	 *         gone from the list, and those a subscription named that are not in it
	 */
	public Set<Integer> jobsToLookUp(Collection<Job> activeJobs) {
		Set<Integer> now = new TreeSet<>();
		for (Job j : activeJobs) {
			now.add(Integer.valueOf(j.id()));
		}
		Set<Integer> out = new TreeSet<>();
		for (Integer id : active.keySet()) {
			if (!now.contains(id)) {
				out.add(id);
			}
		}
		if (baselined) {
			for (Integer id : eventJobs) {
				if (!now.contains(id) && !reported.contains(id)) {
					out.add(id);
				}
			}
		}
		return out;
	}

	/**
	 * Compares a snapshot with the previous one.
	 *
	 * @param queues
	 *            every queue now
	 * @param activeJobs
	 *            the unfinished jobs now
	 * @param lookedUp
	 *            the jobs {@link #jobsToLookUp(Collection)} named, as the server describes them now (missing ones
	 *            are fine: purged jobs)
	 * @param now
	 *            the time of the snapshot
	 * @return what happened since the previous snapshot, queue events first
	 */
	public List<QueueEvent> update(List<Printer> queues, List<Job> activeJobs, Collection<Job> lookedUp, Instant now) {
		List<QueueEvent> out = new ArrayList<>();
		if (gone) {
			gone = false;
			out.add(new QueueEvent(now, server, null, Kind.SERVER_BACK, null, null, 0, null, null, null, null));
		}
		for (Job j : activeJobs) {
			remember(j);
			if (j.state() == Job.State.PROCESSING && j.printerName() != null) {
				printingJob.put(j.printerName(), Integer.valueOf(j.id()));
			}
		}
		for (Job j : lookedUp) {
			remember(j);
		}
		if (baselined) {
			for (Printer p : queues) {
				queueEvents(p, printers.get(p.name()), now, out);
			}
			for (Job j : activeJobs) {
				Job before = active.get(Integer.valueOf(j.id()));
				if (heldForAuth(j) && (before == null || !heldForAuth(before))) {
					out.add(jobEvent(Kind.JOB_HELD_AUTH, j, now));
				}
			}
			for (Job j : lookedUp) {
				Kind kind = finished(j.state());
				printingJob.values().remove(Integer.valueOf(j.id()));
				if (kind != null && reported.add(Integer.valueOf(j.id()))) {
					Instant at = j.timeAtCompleted() != null ? j.timeAtCompleted() : now;
					out.add(jobEvent(kind, j, at));
				}
			}
		}
		printers.clear();
		for (Printer p : queues) {
			printers.put(p.name(), p);
			if (p.state() == Printer.State.IDLE) {
				printingJob.remove(p.name()); // a stop from now on is not that job's doing
			}
		}
		active.clear();
		for (Job j : activeJobs) {
			active.put(Integer.valueOf(j.id()), j);
		}
		eventJobs.clear();
		stopTime.clear();
		trim();
		baselined = true;
		return out;
	}

	/**
	 * The server did not answer.
	 *
	 * @param now
	 *            when
	 * @param why
	 *            the error, in words
	 * @return a {@link Kind#SERVER_GONE} event the first time after it answered, else nothing (nor is its return an
	 *         event when it never answered)
	 */
	public List<QueueEvent> serverDown(Instant now, String why) {
		if (gone || !baselined) {
			return List.of(); // told already, or never answered: "back" would be news of nothing
		}
		gone = true;
		return List.of(new QueueEvent(now, server, null, Kind.SERVER_GONE, null, why, 0, null, null, why, null));
	}

	private void queueEvents(Printer p, Printer before, Instant now, List<QueueEvent> out) {
		if (before == null) {
			return;
		}
		boolean stopped = p.state() == Printer.State.STOPPED;
		boolean wasStopped = before.state() == Printer.State.STOPPED;
		if (stopped && !wasStopped) {
			Integer job = printingJob.get(p.name());
			Job j = job == null ? null : knownJobs.get(job);
			Instant at = stopTime.getOrDefault(p.name(), now);
			out.add(new QueueEvent(at, server, p.name(), Kind.QUEUE_STOPPED, p.stateReasons(), p.stateMessage(),
					job == null ? 0 : job.intValue(), j == null ? null : j.user(), j == null ? null : j.name(), null,
					null));
		} else if (!stopped && wasStopped) {
			out.add(new QueueEvent(now, server, p.name(), Kind.QUEUE_RESUMED, p.stateReasons(), p.stateMessage(), 0,
					null, null, null, null));
		}
		Set<String> attention = attention(p.stateReasons());
		Set<String> attentionBefore = attention(before.stateReasons());
		List<String> added = attention.stream().filter(r -> !attentionBefore.contains(r)).toList();
		if (!added.isEmpty()) {
			out.add(new QueueEvent(now, server, p.name(), Kind.PRINTER_ATTENTION, added, p.stateMessage(), 0, null,
					null, null, null));
		} else if (attention.isEmpty() && !attentionBefore.isEmpty()) {
			out.add(new QueueEvent(now, server, p.name(), Kind.ATTENTION_CLEARED, List.copyOf(attentionBefore),
					p.stateMessage(), 0, null, null, null, null));
		}
	}

	/**
	 * @param reasons
	 *            {@code printer-state-reasons}
	 * @return those a person has to see to, as given (with their suffix)
	 */
	public static Set<String> attention(List<String> reasons) {
		Set<String> out = new LinkedHashSet<>();
		for (String r : reasons) {
			String base = r.replaceFirst("-(report|warning|error)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (ATTENTION_REASONS.contains(base) && !r.endsWith("-report")) { //$NON-NLS-1$
				out.add(r);
			}
		}
		return out;
	}

	private QueueEvent jobEvent(Kind kind, Job j, Instant at) {
		return new QueueEvent(at, server, j.printerName(), kind, j.stateReasons(), j.stateMessage(), j.id(), j.user(),
				j.name(), null, null);
	}

	private static boolean heldForAuth(Job j) {
		return j.state() == Job.State.HELD && (j.stateReasons().contains(HELD_FOR_AUTH)
				|| "auth-info-required".equals(j.attributes().getString("job-hold-until"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Kind finished(Job.State state) {
		if (state == null) {
			return null;
		}
		return switch (state) {
		case COMPLETED -> Kind.JOB_COMPLETED;
		case ABORTED -> Kind.JOB_FAILED;
		case CANCELED -> Kind.JOB_CANCELED;
		default -> null;
		};
	}

	private void remember(Job j) {
		knownJobs.put(Integer.valueOf(j.id()), j);
	}

	private void trim() {
		if (knownJobs.size() > MAX_REMEMBERED) {
			Set<Integer> keep = new TreeSet<>(active.keySet());
			keep.addAll(printingJob.values());
			knownJobs.keySet().retainAll(keep);
		}
		while (reported.size() > MAX_REMEMBERED) {
			reported.remove(reported.iterator().next());
		}
	}
}
