package org.cupola.ui.internal.devices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A device search on one server, shared by the Devices view and the Add Printer wizard: CUPS-Get-Devices in two
 * passes like system-config-printer (local backends first, then the ones that search the network), as a
 * {@link CupsJob}. Each device reaches the {@link Listener} on the UI thread as soon as CUPS reports it, in batches:
 * the worker queues what it parses and posts at most one {@code asyncExec} at a time, so a burst of devices costs the
 * UI thread one refresh, not one per device. Starting a new search cancels the one in flight (its request is aborted
 * on the wire) and its late devices are dropped. Nothing reaches a disposed control.
 * <p>
 * All methods are called on the UI thread.
 */
public final class DeviceSearch {

	/** Backends that search the network: run in the second pass only. */
	public static final List<String> NETWORK_SCHEMES = List.of("dnssd", "snmp", "driverless", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"mdns", "bjnp"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final DeviceQuery LOCAL = new DeviceQuery(List.of(), NETWORK_SCHEMES, 5, 0);
	private static final DeviceQuery NETWORK = new DeviceQuery(NETWORK_SCHEMES, List.of(), 10, 0);

	/** What a search tells its owner, always on the UI thread while the owner control lives. */
	public interface Listener {

		/** Devices not seen before in this search, in the order CUPS reported them. */
		void found(List<Device> batch);

		/**
		 * The search ended: {@code error} is null on success, a {@link java.util.concurrent.CancellationException}
		 * when it was cancelled, else what went wrong.
		 */
		void finished(int total, Throwable error);
	}

	/** A device and the search it came from. */
	private record Found(int generation, Device device) {
	}

	private final Control owner;
	private final Display display;
	private final Listener listener;
	private final ConcurrentLinkedQueue<Found> arrived = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean flushPosted = new AtomicBoolean();
	private final Set<String> uris = new HashSet<>();
	private volatile int generation;
	private CupsJob<Integer> job;
	private boolean running;

	/**
	 * @param owner
	 *            the control that shows the devices: nothing is delivered once it is disposed
	 * @param listener
	 *            told of devices and of the end of each search
	 */
	public DeviceSearch(Control owner, Listener listener) {
		this.owner = Objects.requireNonNull(owner);
		this.display = owner.getDisplay();
		this.listener = Objects.requireNonNull(listener);
	}

	/**
	 * Cancels the search in flight and prepares a new one on this connection. The job is returned unscheduled so
	 * that its owner can track it (the wizard cancels its jobs when it closes) and then {@code schedule()} it.
	 *
	 * @param connection
	 *            the server to search (its credentials prompt answers a 401)
	 * @param jobName
	 *            the job's name in the Progress view
	 * @return the search job, not yet scheduled
	 */
	public CupsJob<Integer> newSearch(CupsConnection connection, String jobName) {
		cancel();
		int current = ++generation;
		arrived.clear();
		uris.clear();
		CupsJob<Integer> search = new CupsJob<>(jobName, connection.server(), monitor -> {
			SubMonitor sub = SubMonitor.convert(monitor, 2);
			int n = connection.getDevices(LOCAL, d -> arrive(current, d), sub.split(1)).size();
			try {
				n += connection.getDevices(NETWORK, d -> arrive(current, d), sub.split(1)).size();
			} catch (IppStatusException e) {
				// no network backend answered (CUPS says not-found): the local devices are what there is
			}
			return Integer.valueOf(n);
		});
		job = search;
		running = true;
		UiAsync.whenDone(search.result(), owner, (n, error) -> {
			if (current != generation) {
				return; // a newer search replaced this one
			}
			flush();
			running = false;
			listener.finished(uris.size(), error);
		});
		return search;
	}

	/** Cancels the search in flight, if any (the CUPS-Get-Devices request is aborted). */
	public void cancel() {
		if (job != null) {
			job.cancel();
		}
	}

	/** {@return whether a search is running} */
	public boolean isRunning() {
		return running;
	}

	/** {@return the search job last prepared, or null} */
	public CupsJob<Integer> getJob() {
		return job;
	}

	/** {@return how many distinct devices the current search has delivered} */
	public int count() {
		return uris.size();
	}

	/** On the job's worker thread for each device: queued, and one flush at a time is posted to the UI. */
	private void arrive(int searchGeneration, Device device) {
		arrived.add(new Found(searchGeneration, device));
		if (flushPosted.compareAndSet(false, true)) {
			try {
				if (!display.isDisposed()) {
					display.asyncExec(this::flush);
				}
			} catch (SWTException e) {
				// the display went away meanwhile: nobody is looking
			}
		}
	}

	/** On the UI thread: hands the devices that arrived since the last flush to the listener, in one batch. */
	private void flush() {
		flushPosted.set(false);
		if (owner.isDisposed()) {
			return;
		}
		List<Device> batch = new ArrayList<>();
		Found f;
		while ((f = arrived.poll()) != null) {
			if (f.generation() == generation && uris.add(String.valueOf(f.device().uri()))) {
				batch.add(f.device());
			}
		}
		if (!batch.isEmpty()) {
			listener.found(batch);
		}
	}
}
