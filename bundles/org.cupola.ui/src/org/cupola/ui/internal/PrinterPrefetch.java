package org.cupola.ui.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.Servers;
import org.eclipse.osgi.util.NLS;

/**
 * The first listing of each server, started while the workbench still builds its window (issue 14: the first rows
 * show as soon as the server answered, not a fetch's round trip after the Printers view was created). The
 * application starts it right after connecting; the Printers view adopts the running (or finished) job of a
 * connection once, instead of scheduling its own. A listing nobody took within {@link #FRESH} is dropped, so a view
 * opened later never shows an old listing.
 */
public final class PrinterPrefetch {

	/** How long a prefetched listing may wait for the view. */
	static final Duration FRESH = Duration.ofSeconds(20);

	private record Started(CupsJob<List<Printer>> job, long nanos) {
	}

	private static final Map<CupsConnection, Started> STARTED = new HashMap<>();

	private PrinterPrefetch() {
	}

	/**
	 * Schedules a listing job for each server that has none waiting yet (no I/O on the caller's thread).
	 *
	 * @param entries
	 *            the connected servers
	 */
	public static synchronized void start(List<Servers.Entry> entries) {
		for (Servers.Entry entry : entries) {
			if (STARTED.containsKey(entry.connection())) {
				continue;
			}
			CupsConnection connection = entry.connection();
			CupsJob<List<Printer>> job = new CupsJob<>(NLS.bind(Messages.PrintersView_jobName, entry.server()),
					entry.server(), connection::getPrinters);
			STARTED.put(connection, new Started(job, System.nanoTime()));
			job.schedule();
		}
	}

	/**
	 * Takes the prefetched listing of a connection, once.
	 *
	 * @param connection
	 *            the server's connection
	 * @return its scheduled (perhaps finished) job, or {@code null} when there is none or it is older than
	 *         {@link #FRESH}
	 */
	public static synchronized CupsJob<List<Printer>> take(CupsConnection connection) {
		Started started = STARTED.remove(connection);
		if (started == null) {
			return null;
		}
		if (System.nanoTime() - started.nanos() > FRESH.toNanos()) {
			started.job().cancel();
			return null;
		}
		return started.job();
	}
}
