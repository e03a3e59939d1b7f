package org.cupola.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Messages;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs one CUPS operation per selected queue, each as a user {@link CupsJob} (credentials are asked for by the
 * connection's prompt when CUPS wants them), then refreshes the Printers view. Errors are shown in a dialog with
 * details; a cancelled job is silent.
 */
public abstract class PrinterOperationHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		List<PrinterElement> targets = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object o : selection) {
				if (o instanceof PrinterElement p) {
					targets.add(p);
				}
			}
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (targets.isEmpty() || !confirm(shell, targets)) {
			return null;
		}
		for (PrinterElement target : targets) {
			String name = NLS.bind(jobName, target.name());
			CupsJob<Void> job = CupsJob.startUserJob(name, target.server().server(), monitor -> {
				operation.run(target.connection(), target.name(), monitor);
				return null;
			});
			if (shell != null) {
				UiAsync.whenDone(job.result(), shell, (v, error) -> {
					if (error instanceof IppException) {
						Errors.show(shell, name, NLS.bind(Messages.Operation_failed, name),
								Status.error(error.getMessage(), error), target.server().server());
					}
					if (part instanceof PrintersView view) {
						view.refresh();
					}
				});
			}
		}
		return null;
	}

	/** What the handler does to one queue, on a worker thread. */
	@FunctionalInterface
	protected interface Operation {
		/** Runs the CUPS operation on {@code queue}. */
		void run(CupsConnection connection, String queue, IProgressMonitor monitor) throws IppException;
	}

	private final String jobName;
	private final Operation operation;

	/**
	 * @param jobName
	 *            the job name, with {0} for the queue
	 * @param operation
	 *            the operation
	 */
	protected PrinterOperationHandler(String jobName, Operation operation) {
		this.jobName = jobName;
		this.operation = operation;
	}

	/** Asks before destructive operations; true to go on. */
	protected boolean confirm(Shell shell, List<PrinterElement> targets) {
		return true;
	}
}
