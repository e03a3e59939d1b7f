package org.cupola.ui.internal;

import org.cupola.ipp.Printer;
import org.cupola.ui.PrinterElement;
import org.eclipse.core.expressions.PropertyTester;

/**
 * Which queue commands apply to a queue in its current state (namespace {@code org.cupola.ui.printer}), for the
 * handlers' {@code enabledWhen} in plugin.xml: a stopped queue can be resumed but not paused, a queue that accepts
 * jobs can reject them but not accept them, and so on. With several queues selected, plugin.xml iterates with
 * {@code operator="or"}: a command is enabled when it applies to at least one of them.
 */
public final class PrinterStateTester extends PropertyTester {

	/** Print Test Page: the queue accepts jobs. */
	public static final String CAN_PRINT = "canPrint"; //$NON-NLS-1$
	/** Pause: the queue is not stopped. */
	public static final String CAN_PAUSE = "canPause"; //$NON-NLS-1$
	/** Resume: the queue is stopped. */
	public static final String CAN_RESUME = "canResume"; //$NON-NLS-1$
	/** Accept Jobs: the queue rejects jobs. */
	public static final String CAN_ACCEPT = "canAccept"; //$NON-NLS-1$
	/** Reject Jobs: the queue accepts jobs. */
	public static final String CAN_REJECT = "canReject"; //$NON-NLS-1$
	/** Share: the queue is not shared. */
	public static final String CAN_SHARE = "canShare"; //$NON-NLS-1$
	/** Stop Sharing: the queue is shared. */
	public static final String CAN_UNSHARE = "canUnshare"; //$NON-NLS-1$
	/** Set as Default: the queue is not the server's default. */
	public static final String CAN_SET_DEFAULT = "canSetDefault"; //$NON-NLS-1$

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (!(receiver instanceof PrinterElement element)) {
			return false;
		}
		boolean result = applies(element.printer(), property);
		return expectedValue instanceof Boolean b ? result == b.booleanValue() : result;
	}

	/**
	 * Whether a command applies to a queue.
	 *
	 * @param p
	 *            the queue as last fetched
	 * @param property
	 *            one of the {@code CAN_*} names
	 * @return true when the command would change something
	 */
	public static boolean applies(Printer p, String property) {
		return switch (property) {
		case CAN_PRINT -> p.acceptingJobs();
		case CAN_PAUSE -> p.state() != Printer.State.STOPPED;
		case CAN_RESUME -> p.state() == Printer.State.STOPPED;
		case CAN_ACCEPT -> !p.acceptingJobs();
		case CAN_REJECT -> p.acceptingJobs();
		case CAN_SHARE -> !p.shared();
		case CAN_UNSHARE -> p.shared();
		case CAN_SET_DEFAULT -> !p.isDefault();
		default -> false;
		};
	}
}
