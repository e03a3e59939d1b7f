package org.cupola.ipp.jobs;

import java.util.Objects;

import org.cupola.ipp.CupsServer;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of a job that rewrites one queue's settings: two such jobs on the same queue of the same
 * server never overlap (the second one's changes land after the first one's), other queues stay concurrent.
 *
 * @param server
 *            the server
 * @param queue
 *            the queue or class name
 */
public record QueueRule(CupsServer server, String queue) implements ISchedulingRule {

	/** Checks the parts. */
	public QueueRule {
		Objects.requireNonNull(server);
		Objects.requireNonNull(queue);
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
