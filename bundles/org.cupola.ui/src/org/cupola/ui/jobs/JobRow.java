package org.cupola.ui.jobs;

import java.util.Objects;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Job;
import org.cupola.ui.Servers;

/**
 * A row of the Jobs view: a job and the server it belongs to (job ids are unique per server only).
 *
 * @param server
 *            the server entry
 * @param job
 *            the job's attributes as last fetched
 */
public record JobRow(Servers.Entry server, Job job) {

	/**
	 * Identifies a job across refreshes.
	 *
	 * @param server
	 *            the server
	 * @param id
	 *            the job id
	 */
	public record Key(CupsServer server, int id) {
	}

	/** Checks the components. */
	public JobRow {
		Objects.requireNonNull(server);
		Objects.requireNonNull(job);
	}

	/** {@return the job id} */
	public int id() {
		return job.id();
	}

	/** {@return the key of this job} */
	public Key key() {
		return new Key(server.server(), job.id());
	}
}
