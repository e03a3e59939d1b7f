package org.cupola.ui.internal.properties;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.ppd.PpdFile;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Properties of the selected queue: fetches all its attributes and its PPD in a user {@link CupsJob}, opens
 * {@link PrinterPropertiesDialog} with them and, on OK with changes, sends them with {@link PropertiesSave} in one
 * user job, reports the fields that failed, then refreshes the Printers view. The UI thread never waits.
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
		CupsConnection connection = element.connection();
		CupsJob<PropertiesInput> fetch = CupsJob.startUserJob(NLS.bind(Messages.Properties_jobFetch, queue),
				element.server().server(), monitor -> fetch(connection, queue, monitor));
		UiAsync.whenDone(fetch.result(), shell, (input, error) -> {
			if (error != null) {
				report(shell, Messages.Properties_fetchFailed, queue, element.server().server(), error);
				return;
			}
			PrinterPropertiesDialog dialog = new PrinterPropertiesDialog(shell, input);
			if (dialog.open() != Window.OK || dialog.getChanges().isEmpty()) {
				return;
			}
			CupsJob<List<PropertiesSave.Failure>> save = PropertiesSave.start(connection, queue, dialog.getChanges());
			UiAsync.whenDone(save.result(), shell, (failures, saveError) -> {
				if (saveError != null) {
					report(shell, Messages.Properties_saveError, queue, element.server().server(), saveError);
				} else if (!failures.isEmpty()) {
					PropertiesSave.failureDialog(shell, connection, queue, failures).open();
				}
				if (part instanceof PrintersView view) {
					view.refresh();
				}
			});
		});
	}

	/**
	 * Reads what the dialog shows: all attributes, the PPD of a printer, and for a class every queue name.
	 *
	 * @param connection
	 *            the server
	 * @param queue
	 *            the queue or class
	 * @param monitor
	 *            progress and cancellation
	 * @return the input
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public static PropertiesInput fetch(CupsConnection connection, String queue, IProgressMonitor monitor)
			throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, 3);
		Printer printer = connection.getPrinterAttributes(queue, null, sub.split(1));
		String ppd = printer.isClass() ? null : connection.getPpd(queue, sub.split(1));
		List<String> names = printer.isClass()
				? connection.getPrinters(sub.split(1)).stream().map(Printer::name).toList()
				: List.of();
		return new PropertiesInput(connection, printer, ppd == null ? null : PpdFile.parse(ppd), names);
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
