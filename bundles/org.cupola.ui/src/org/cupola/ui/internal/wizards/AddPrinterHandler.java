package org.cupola.ui.internal.wizards;

import org.cupola.ipp.Device;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the {@link AddPrinterWizard} for the server of the queue selected in the Printers view, else for the first
 * connected server. When the queue has been added, the Printers view refreshes.
 */
public final class AddPrinterHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Servers.Entry server = Servers.getDefault().serverFor(HandlerUtil.getCurrentSelection(event));
		if (server == null) {
			MessageDialog.openInformation(shell, Messages.Handler_noServer, Messages.Handler_noServerMessage);
			return null;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		open(shell, server, (Device) null, window == null ? null : window.getActivePage());
		return null;
	}

	/**
	 * Opens the wizard; once the queue exists the page's Printers view refreshes.
	 *
	 * @param shell
	 *            the parent shell
	 * @param server
	 *            the server to add the queue to
	 * @param deviceUri
	 *            a device URI to start with (the Devices view's device), or null
	 * @param page
	 *            the workbench page whose Printers view shows the new queue, or null
	 */
	public static void open(Shell shell, Servers.Entry server, String deviceUri, IWorkbenchPage page) {
		AddPrinterWizard wizard = new AddPrinterWizard(server.connection());
		if (deviceUri != null) {
			wizard.setDeviceUri(deviceUri);
		}
		open(shell, wizard, page);
	}

	/**
	 * Opens the wizard for a device found by CUPS (its device ID ranks the drivers); once the queue exists the
	 * page's Printers view refreshes.
	 *
	 * @param shell
	 *            the parent shell
	 * @param server
	 *            the server to add the queue to
	 * @param device
	 *            the device to start with, or null
	 * @param page
	 *            the workbench page whose Printers view shows the new queue, or null
	 */
	public static void open(Shell shell, Servers.Entry server, Device device, IWorkbenchPage page) {
		AddPrinterWizard wizard = new AddPrinterWizard(server.connection());
		if (device != null) {
			wizard.setDevice(device);
		}
		open(shell, wizard, page);
	}

	private static void open(Shell shell, AddPrinterWizard wizard, IWorkbenchPage page) {
		wizard.setOnAdded(name -> {
			IViewPart view = page == null ? null : page.findView(PrintersView.ID);
			if (view instanceof PrintersView printers) {
				printers.refresh();
			}
		});
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(600, 420);
		// modal, but the wizard's pages and Finish run jobs: the event loop keeps turning while it is open
		dialog.open();
	}
}
