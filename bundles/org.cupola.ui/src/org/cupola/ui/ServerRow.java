package org.cupola.ui;

/** A server row of the Printers view, as it appears in a selection. */
public interface ServerRow {

	/** {@return the server entry} */
	Servers.Entry entry();
}
