package org.cupola.ui.internal;

import java.util.Locale;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Printer;
import org.cupola.ui.PrinterElement;
import org.eclipse.osgi.util.NLS;

/** Column texts of the Printers view. */
public final class PrinterLabels {

	private PrinterLabels() {
	}

	/** The server row. */
	public static String server(CupsServer server, String label) {
		return label == null ? server.toString() : NLS.bind(Messages.Servers_labelled, server, label);
	}

	private static Object unwrap(Object o) {
		return o instanceof PrinterElement e ? e.printer() : o;
	}

	/** The queue name. */
	public static String name(Object o) {
		o = unwrap(o);
		return o instanceof Printer p ? p.name() : ""; //$NON-NLS-1$
	}

	/** Idle, Processing or Stopped. */
	public static String state(Object o) {
		o = unwrap(o);
		if (!(o instanceof Printer p) || p.state() == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (p.state()) {
		case IDLE -> Messages.State_idle;
		case PROCESSING -> Messages.State_processing;
		case STOPPED -> Messages.State_stopped;
		};
	}

	/** The state message and the state reasons other than "none" (in brackets when there is a message). */
	public static String message(Object o) {
		o = unwrap(o);
		if (!(o instanceof Printer p)) {
			return ""; //$NON-NLS-1$
		}
		String msg = p.stateMessage();
		String reasons = String.join(", ", p.stateReasons().stream().filter(r -> !"none".equals(r)).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		if (msg == null || msg.isBlank()) {
			return reasons;
		}
		return reasons.isEmpty() ? msg : NLS.bind(Messages.PrintersView_messageAndReasons, msg, reasons);
	}

	/** "Default" on the server's default destination, else nothing. */
	public static String isDefault(Object o) {
		o = unwrap(o);
		return o instanceof Printer p && p.isDefault() ? Messages.PrintersView_defaultMark : ""; //$NON-NLS-1$
	}

	/** Whether the queue accepts jobs. */
	public static String accepting(Object o) {
		o = unwrap(o);
		return o instanceof Printer p ? yesNo(p.acceptingJobs()) : ""; //$NON-NLS-1$
	}

	/** Whether the queue is shared. */
	public static String shared(Object o) {
		o = unwrap(o);
		return o instanceof Printer p ? yesNo(p.shared()) : ""; //$NON-NLS-1$
	}

	/** The location. */
	public static String location(Object o) {
		o = unwrap(o);
		return o instanceof Printer p ? nonNull(p.location()) : ""; //$NON-NLS-1$
	}

	/** Make and model. */
	public static String model(Object o) {
		o = unwrap(o);
		if (o instanceof Printer p && p.isClass()) {
			return org.cupola.ui.internal.classes.ClassLabels.members(p); // issue 11: a class shows its members
		}
		return o instanceof Printer p ? nonNull(p.makeAndModel()) : ""; //$NON-NLS-1$
	}

	/** Whether the filter text matches the name, description, location or model (case-insensitive). */
	public static boolean matches(Printer p, String filter) {
		if (filter == null || filter.isBlank()) {
			return true;
		}
		String f = filter.toLowerCase(Locale.ROOT).trim();
		for (String s : new String[] { p.name(), p.info(), p.location(), p.makeAndModel() }) {
			if (s != null && s.toLowerCase(Locale.ROOT).contains(f)) {
				return true;
			}
		}
		return false;
	}

	private static String yesNo(boolean b) {
		return b ? Messages.Yes : Messages.No;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
