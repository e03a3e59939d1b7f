package org.cupola.fleet.ui;

import java.time.Instant;

import org.cupola.fleet.ServerHealth;
import org.cupola.ui.ServerRow;
import org.cupola.ui.Servers;

/**
 * A row of the Fleet view: a connected server, its latest health (null until the first check ends) and the last
 * error seen on it (kept after the server recovers, with its time). As a {@link ServerRow}, the server commands of
 * org.cupola.ui (Server Settings, Connection) act on it too.
 *
 * @param entry
 *            the server
 * @param health
 *            the latest health, or null while the first check runs
 * @param lastError
 *            the last error, or null
 * @param lastErrorAt
 *            when it was seen, or null
 */
public record FleetRow(Servers.Entry entry, ServerHealth health, String lastError, Instant lastErrorAt)
		implements ServerRow {

	/**
	 * @param next
	 *            a new health of this row's server
	 * @return the row with it, the last error updated when it has one
	 */
	public FleetRow with(ServerHealth next) {
		if (next.error() != null) {
			return new FleetRow(entry, next, next.error(), next.checked());
		}
		return new FleetRow(entry, next, lastError, lastErrorAt);
	}

	/** {@return how the row names its server: its URI, with the user's label} */
	public String label() {
		return entry.label() == null ? entry.server().toString() : entry.server() + " (" + entry.label() + ')'; //$NON-NLS-1$
	}
}
