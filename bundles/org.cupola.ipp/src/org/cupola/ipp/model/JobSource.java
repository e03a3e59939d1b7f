package org.cupola.ipp.model;

import java.util.Objects;

import org.cupola.ipp.CupsConnection;

/**
 * A place to list jobs from: one queue of a server, or every queue of the server.
 *
 * @param connection
 *            the server
 * @param printer
 *            the queue, or null for every queue of the server
 */
public record JobSource(CupsConnection connection, String printer) {

	/** Checks the connection. */
	public JobSource {
		Objects.requireNonNull(connection);
	}
}
