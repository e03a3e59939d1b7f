package org.cupola.ui;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;

/**
 * A queue as the Printers view shows it: the printer and the server connection it belongs to. This is what the
 * view's selection holds, so handlers know where to send their operation.
 *
 * @param server
 *            the server entry
 * @param printer
 *            the queue's attributes as last fetched
 */
public record PrinterElement(Servers.Entry server, Printer printer) {

	/** The connection to the queue's server. */
	public CupsConnection connection() {
		return server.connection();
	}

	/** The queue name. */
	public String name() {
		return printer.name();
	}
}
