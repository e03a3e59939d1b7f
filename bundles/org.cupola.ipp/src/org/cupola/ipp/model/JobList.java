package org.cupola.ipp.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Job;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.jobs.CupsJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The jobs of some queues of some servers, without any UI: fetches every {@link JobSource} in its own
 * {@link CupsJob} (one per server or queue, all at once), merges the answers into one list (newest first per server)
 * and hands it to its listeners as a {@link Snapshot}; optionally refreshes itself every few seconds with a system
 * job. A newer refresh replaces one in flight; an automatic refresh never piles up on a running one and skips the
 * servers whose last fetch wanted credentials that were not given (until the next manual {@link #refresh()}), so a
 * dismissed password prompt does not come back every few seconds. Thread-safe; listeners are called on a worker
 * thread.
 */
public final class JobList {

	/** The default auto-refresh interval. */
	public static final long DEFAULT_INTERVAL_MILLIS = 5000;

	/**
	 * What one refresh found.
	 *
	 * @param jobs
	 *            the jobs, grouped by server, newest first
	 * @param failures
	 *            the sources that could not be listed, with why (cancelled fetches are left out)
	 * @param multipleServers
	 *            whether the jobs come from more than one server
	 */
	public record Snapshot(List<ServerJob> jobs, List<Failure> failures, boolean multipleServers) {
		/** Copies the lists. */
		public Snapshot {
			jobs = List.copyOf(jobs);
			failures = List.copyOf(failures);
		}
	}

	/**
	 * A source that could not be listed.
	 *
	 * @param server
	 *            its server
	 * @param error
	 *            why
	 */
	public record Failure(CupsServer server, Throwable error) {
	}

	/** What one Get-Jobs returned, or how it failed. */
	private record Fetched(JobSource source, List<Job> jobs, Throwable error) {
	}

	private final Function<CupsServer, String> fetchName;
	private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
	private final org.eclipse.core.runtime.jobs.Job timer;
	/** Servers whose last automatic fetch wanted credentials that were not given: skipped until a manual refresh. */
	private final Set<CupsServer> autoSkipped = new HashSet<>();

	private Supplier<List<JobSource>> sources = List::of;
	private List<CupsJob<List<Job>>> inFlight = List.of();
	private int generation;
	private volatile boolean showCompleted;
	private volatile boolean autoRefresh;
	private volatile long intervalMillis = DEFAULT_INTERVAL_MILLIS;
	private volatile boolean disposed;

	/**
	 * @param refreshName
	 *            the name of the periodic refresh job
	 * @param fetchName
	 *            the name of the job that lists the jobs of a server (shown in the Progress view)
	 */
	public JobList(String refreshName, Function<CupsServer, String> fetchName) {
		this.fetchName = Objects.requireNonNull(fetchName);
		timer = new org.eclipse.core.runtime.jobs.Job(refreshName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled() || disposed || !autoRefresh) {
					return Status.CANCEL_STATUS;
				}
				refresh(true);
				schedule(intervalMillis);
				return Status.OK_STATUS;
			}

			@Override
			public boolean shouldSchedule() {
				return !disposed && autoRefresh;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JobList.this;
			}
		};
		timer.setSystem(true);
	}

	/**
	 * Sets where the jobs are listed from; asked again at each refresh.
	 *
	 * @param supplier
	 *            the sources
	 */
	public void setSources(Supplier<List<JobSource>> supplier) {
		sources = Objects.requireNonNull(supplier);
	}

	/**
	 * Calls the listener with the outcome of every refresh that was not replaced by a newer one, on a worker thread.
	 *
	 * @param listener
	 *            the listener
	 */
	public void addListener(Consumer<Snapshot> listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	/**
	 * @param listener
	 *            a listener added before
	 */
	public void removeListener(Consumer<Snapshot> listener) {
		listeners.remove(listener);
	}

	/**
	 * Lists finished jobs too, or not, and refreshes when that changed.
	 *
	 * @param on
	 *            whether to list completed, cancelled and aborted jobs too
	 */
	public void setShowCompleted(boolean on) {
		if (on != showCompleted) {
			showCompleted = on;
			refresh();
		}
	}

	/** {@return whether finished jobs are listed} */
	public boolean isShowCompleted() {
		return showCompleted;
	}

	/** Fetches the list again now (a manual refresh: cancels a fetch in flight, asks skipped servers again). */
	public void refresh() {
		synchronized (this) {
			autoSkipped.clear();
		}
		refresh(false);
	}

	private void refresh(boolean automatic) {
		List<CupsJob<List<Job>>> jobs = new ArrayList<>();
		List<CompletableFuture<Fetched>> fetches = new ArrayList<>();
		int current;
		synchronized (this) {
			if (disposed || automatic && !inFlight.isEmpty()) {
				return; // the previous fetch is still running: do not pile up
			}
			current = ++generation; // first: a cancelled fetch may complete its refresh on this thread
			for (CupsJob<List<Job>> job : inFlight) {
				job.cancel();
			}
			WhichJobs which = showCompleted ? WhichJobs.ALL : WhichJobs.NOT_COMPLETED;
			for (JobSource source : sources.get()) {
				CupsServer server = source.connection().server();
				if (automatic && autoSkipped.contains(server)) {
					continue;
				}
				CupsJob<List<Job>> job = new CupsJob<>(fetchName.apply(server), server,
						monitor -> source.connection().getJobs(source.printer(), which, false, 0, null, monitor));
				job.setSystem(automatic);
				jobs.add(job);
				fetches.add(job.result().handle((list, error) -> new Fetched(source, list, unwrap(error))));
			}
			inFlight = List.copyOf(jobs);
		}
		CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new))
				.thenRun(() -> done(current, fetches.stream().map(CompletableFuture::join).toList()));
		for (CupsJob<List<Job>> job : jobs) {
			job.schedule();
		}
	}

	private void done(int current, List<Fetched> results) {
		Snapshot snapshot;
		synchronized (this) {
			if (current != generation || disposed) {
				return; // a newer refresh replaced this one
			}
			inFlight = List.of();
			snapshot = merge(results);
		}
		for (Consumer<Snapshot> listener : listeners) {
			listener.accept(snapshot);
		}
	}

	/** Merges the answers; remembers the servers to skip while refreshing automatically. Holds the lock. */
	private Snapshot merge(List<Fetched> results) {
		Map<ServerJob.Key, ServerJob> byKey = new LinkedHashMap<>();
		List<Failure> failures = new ArrayList<>();
		for (Fetched f : results) {
			CupsServer server = f.source().connection().server();
			if (f.error() == null) {
				for (Job job : f.jobs()) {
					ServerJob row = new ServerJob(f.source().connection(), job);
					byKey.put(row.key(), row);
				}
			} else if (!(f.error() instanceof CancellationException)) {
				failures.add(new Failure(server, f.error()));
			}
			if (f.error() instanceof CancellationException || f.error() instanceof NotAuthorizedException) {
				autoSkipped.add(server); // a dismissed prompt must not come back every 5 s
			}
		}
		List<ServerJob> sorted = new ArrayList<>(byKey.values());
		sorted.sort(Comparator.comparing((ServerJob r) -> r.server().toString())
				.thenComparing(Comparator.comparingInt(ServerJob::id).reversed()));
		Set<CupsServer> servers = new HashSet<>();
		for (ServerJob row : sorted) {
			servers.add(row.server());
		}
		return new Snapshot(sorted, failures, servers.size() > 1);
	}

	private static Throwable unwrap(Throwable error) {
		return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
	}

	/**
	 * Starts or stops the periodic refresh.
	 *
	 * @param on
	 *            whether to refresh periodically
	 */
	public void setAutoRefresh(boolean on) {
		synchronized (this) {
			if (on == autoRefresh || disposed) {
				return;
			}
			autoRefresh = on;
		}
		if (on) {
			timer.schedule(intervalMillis);
		} else {
			timer.cancel();
		}
	}

	/** {@return whether the periodic refresh is on} */
	public boolean isAutoRefresh() {
		return autoRefresh;
	}

	/**
	 * Sets the period of the automatic refresh (5 s by default, at least 100 ms).
	 *
	 * @param millis
	 *            the interval
	 */
	public void setRefreshInterval(long millis) {
		intervalMillis = Math.max(100, millis);
	}

	/** Stops the periodic refresh and cancels the fetches in flight; no listener is called afterwards. */
	public void dispose() {
		List<CupsJob<List<Job>>> running;
		synchronized (this) {
			disposed = true;
			autoRefresh = false;
			running = inFlight;
			inFlight = List.of();
		}
		timer.cancel();
		for (CupsJob<List<Job>> job : running) {
			job.cancel();
		}
	}
}
