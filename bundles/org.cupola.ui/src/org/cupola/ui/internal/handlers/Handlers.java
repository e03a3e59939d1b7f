package org.cupola.ui.internal.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.cupola.ipp.PrinterSettings;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.internal.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** The Printers view's queue commands (registered in plugin.xml). */
public final class Handlers {

	private Handlers() {
	}

	/** Prints the bundled test page. */
	public static final class PrintTestPage extends PrinterOperationHandler {
		public PrintTestPage() {
			super(Messages.Job_printTestPage, (c, q, m) -> c.printTestPage(q, m));
		}
	}

	/** Pauses (disables) the queue. */
	public static final class Pause extends PrinterOperationHandler {
		public Pause() {
			super(Messages.Job_pause, (c, q, m) -> c.pausePrinter(q, null, m));
		}
	}

	/** Resumes (enables) the queue. */
	public static final class Resume extends PrinterOperationHandler {
		public Resume() {
			super(Messages.Job_resume, (c, q, m) -> c.resumePrinter(q, m));
		}
	}

	/** Accepts jobs. */
	public static final class Accept extends PrinterOperationHandler {
		public Accept() {
			super(Messages.Job_accept, (c, q, m) -> c.acceptJobs(q, m));
		}
	}

	/** Rejects jobs. */
	public static final class Reject extends PrinterOperationHandler {
		public Reject() {
			super(Messages.Job_reject, (c, q, m) -> c.rejectJobs(q, null, m));
		}
	}

	/** Makes the queue the server's default. */
	public static final class SetDefault extends PrinterOperationHandler {
		public SetDefault() {
			super(Messages.Job_setDefault, (c, q, m) -> c.setDefault(q, m));
		}
	}

	/** Shares the queue with other computers ({@code printer-is-shared}). */
	public static final class Share extends PrinterOperationHandler {
		public Share() {
			super(Messages.Job_share, (c, q, m) -> c.addModifyPrinter(q, PrinterSettings.builder().shared(Boolean.TRUE).build(), m));
		}
	}

	/** Stops sharing the queue. */
	public static final class Unshare extends PrinterOperationHandler {
		public Unshare() {
			super(Messages.Job_unshare, (c, q, m) -> c.addModifyPrinter(q, PrinterSettings.builder().shared(Boolean.FALSE).build(), m));
		}
	}

	/** Deletes the queue after confirmation. */
	public static final class Delete extends PrinterOperationHandler {
		public Delete() {
			super(Messages.Job_delete, (c, q, m) -> c.deletePrinter(q, m));
		}

		@Override
		protected boolean confirm(Shell shell, List<PrinterElement> targets) {
			String names = targets.stream().map(PrinterElement::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
			return MessageDialog.openConfirm(shell, Messages.Delete_title, NLS.bind(Messages.Delete_question, names));
		}
	}
}
