package org.cupola.ipp.jobs;

import java.util.Objects;

import org.cupola.ipp.CupsServer;

/**
 * The scheduling rule of a job that rewrites one queue's settings: two such jobs on the same queue of the same
 * server never overlap (the second one's changes land after the first one's), other queues stay concurrent.
 *
 * @param server
 *            the server
 * @param queue
 *            the queue or class name
 */
public record QueueRule(CupsServer server, String queue) implements EqualRule {

	/** Checks the parts. */
	public QueueRule {
		Objects.requireNonNull(server);
		Objects.requireNonNull(queue);
	}
}
