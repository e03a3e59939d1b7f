package org.cupola.ui.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** The Printers view's queue commands (registered in plugin.xml). */
public final class Handlers {

	private Handlers() {
	}

	/** Prints the bundled test page. */
	public static final class PrintTestPage extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_printTestPage;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.printTestPage(queue, m);
		}
	}

	/** Pauses (disables) the queue. */
	public static final class Pause extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_pause;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.pausePrinter(queue, null, m);
		}
	}

	/** Resumes (enables) the queue. */
	public static final class Resume extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_resume;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.resumePrinter(queue, m);
		}
	}

	/** Accepts jobs. */
	public static final class Accept extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_accept;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.acceptJobs(queue, m);
		}
	}

	/** Rejects jobs. */
	public static final class Reject extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_reject;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.rejectJobs(queue, null, m);
		}
	}

	/** Makes the queue the server's default. */
	public static final class SetDefault extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_setDefault;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.setDefault(queue, m);
		}
	}

	/** Shares the queue with other computers ({@code printer-is-shared}). */
	public static final class Share extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_share;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.addModifyPrinter(queue, PrinterSettings.builder().shared(Boolean.TRUE).build(), m);
		}
	}

	/** Stops sharing the queue. */
	public static final class Unshare extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_unshare;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.addModifyPrinter(queue, PrinterSettings.builder().shared(Boolean.FALSE).build(), m);
		}
	}

	/** Deletes the queue after confirmation. */
	public static final class Delete extends PrinterOperationHandler {
		@Override
		protected String jobName() {
			return Messages.Job_delete;
		}

		@Override
		protected void run(CupsConnection c, String queue, IProgressMonitor m) throws IppException {
			c.deletePrinter(queue, m);
		}

		@Override
		protected boolean confirm(Shell shell, List<PrinterElement> targets) {
			String names = targets.stream().map(PrinterElement::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
			return MessageDialog.openConfirm(shell, Messages.Delete_title, NLS.bind(Messages.Delete_question, names));
		}
	}
}
