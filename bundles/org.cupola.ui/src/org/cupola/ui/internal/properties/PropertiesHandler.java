package org.cupola.ui.internal.properties;

import java.util.concurrent.CancellationException;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Properties of the selected queue: fetches all its attributes in a user {@link CupsJob}, opens
 * {@link PrinterPropertiesDialog} with them and, on OK with changes, sends CUPS-Add-Modify-Printer with only the
 * changed fields in another user job, then refreshes the Printers view. The UI thread never waits.
 */
public final class PropertiesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof PrinterElement element) {
			open(HandlerUtil.getActiveShell(event), element, HandlerUtil.getActivePart(event));
		}
		return null;
	}

	/**
	 * Runs the fetch, dialog and save flow for one queue; returns at once.
	 *
	 * @param shell
	 *            the parent of the dialogs
	 * @param element
	 *            the queue
	 * @param part
	 *            the part to refresh after saving (a {@link PrintersView}), or null
	 */
	public static void open(Shell shell, PrinterElement element, IWorkbenchPart part) {
		String queue = element.name();
		CupsJob<Printer> fetch = CupsJob.startUserJob(NLS.bind(Messages.Properties_jobFetch, queue),
				element.server().server(), monitor -> element.connection().getPrinterAttributes(queue, null, monitor));
		UiAsync.whenDone(fetch.result(), shell, (printer, error) -> {
			if (error != null) {
				report(shell, Messages.Properties_fetchFailed, queue, element.server().server(), error);
				return;
			}
			PrinterPropertiesDialog dialog = new PrinterPropertiesDialog(shell, printer);
			if (dialog.open() != Window.OK || !dialog.hasChanges()) {
				return;
			}
			CupsJob<Void> save = CupsJob.startUserJob(NLS.bind(Messages.Properties_jobSave, queue),
					element.server().server(), monitor -> {
						element.connection().addModifyPrinter(queue, dialog.getChanges(), monitor);
						return null;
					});
			UiAsync.whenDone(save.result(), shell, (v, saveError) -> {
				if (saveError != null) {
					report(shell, Messages.Properties_saveFailed, queue, element.server().server(), saveError);
				}
				if (part instanceof PrintersView view) {
					view.refresh();
				}
			});
		});
	}

	private static void report(Shell shell, String message, String queue, CupsServer server, Throwable error) {
		if (error instanceof CancellationException) {
			return;
		}
		String text = error instanceof IppException ? error.getMessage() : String.valueOf(error);
		Errors.show(shell, Messages.Properties_shellTitle, NLS.bind(message, queue),
				Status.error(text, error), server);
	}
}
