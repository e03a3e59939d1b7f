package org.cupola.ipp.model;

import java.util.Objects;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Job;

/**
 * A print job and the connection to the server it belongs to (job ids are unique per server only): what a job list
 * holds, and what a selection of jobs carries to the operations on them.
 *
 * @param connection
 *            the connection to the job's server
 * @param job
 *            the job's attributes as last fetched
 */
public record ServerJob(CupsConnection connection, Job job) {

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
	public ServerJob {
		Objects.requireNonNull(connection);
		Objects.requireNonNull(job);
	}

	/** {@return the job's server} */
	public CupsServer server() {
		return connection.server();
	}

	/** {@return the job id} */
	public int id() {
		return job.id();
	}

	/** {@return the key of this job} */
	public Key key() {
		return new Key(server(), job.id());
	}

	/** {@return whether the job has finished (completed, cancelled or aborted), or its state is unknown} */
	public boolean isFinished() {
		Job.State state = job.state();
		return state == null || state.isTerminal();
	}
}
