package org.cupola.ipp.jobs;

import java.util.Objects;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The scheduling rule of everything that rewrites a server's files or restarts its cupsd (a {@code cupsd.conf} PUT,
 * the troubleshooter's debug logging and its restore, fixes that edit {@code cupsd.conf}): two such operations on
 * one server never overlap, so neither reads a file the other is about to replace nor talks to a cupsd the other is
 * restarting. The rule conflicts only with the rule of the same server; reads take no rule and stay concurrent.
 * <p>
 * Set it on a job ({@code job.setRule(ServerFilesRule.of(server))}), or hold it around a write inside a running job
 * or a plain thread with {@link #run(CupsServer, IProgressMonitor, CupsOperation)}.
 */
public final class ServerFilesRule implements EqualRule {

	private final CupsServer server;

	private ServerFilesRule(CupsServer server) {
		this.server = Objects.requireNonNull(server);
	}

	/**
	 * @param server
	 *            the server whose files are rewritten
	 * @return its rule (equal rules for equal servers)
	 */
	public static ServerFilesRule of(CupsServer server) {
		return new ServerFilesRule(server);
	}

	/** {@return the server} */
	public CupsServer server() {
		return server;
	}

	/**
	 * Runs work while holding the server's rule ({@code IJobManager.beginRule}/{@code endRule}); blocks until no
	 * other write to that server runs. Call it from a job or a background thread, never the UI thread.
	 *
	 * @param <T>
	 *            the result type
	 * @param server
	 *            the server
	 * @param monitor
	 *            cancels the wait, may be null
	 * @param work
	 *            the write, run with {@code monitor}
	 * @return its result
	 * @throws IppException
	 *             what the work throws
	 */
	public static <T> T run(CupsServer server, IProgressMonitor monitor, CupsOperation<T> work) throws IppException {
		ServerFilesRule rule = of(server);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			return work.run(monitor);
		} finally {
			Job.getJobManager().endRule(rule);
		}
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof ServerFilesRule other && server.equals(other.server);
	}

	@Override
	public int hashCode() {
		return server.hashCode();
	}

	@Override
	public String toString() {
		return "ServerFilesRule[" + server + ']'; //$NON-NLS-1$
	}
}
