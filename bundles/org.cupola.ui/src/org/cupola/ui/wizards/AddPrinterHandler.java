package org.cupola.ui.wizards;

import java.util.List;

import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
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
		Servers.Entry server = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof PrinterElement p) {
			server = p.server();
		}
		if (server == null) {
			List<Servers.Entry> entries = Servers.getDefault().entries();
			if (entries.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Handler_noServer, Messages.Handler_noServerMessage);
				return null;
			}
			server = entries.get(0);
		}
		AddPrinterWizard wizard = new AddPrinterWizard(server.connection());
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		wizard.setOnAdded(name -> {
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			IViewPart view = page == null ? null : page.findView(PrintersView.ID);
			if (view instanceof PrintersView printers) {
				printers.refresh();
			}
		});
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(600, 380);
		// modal, but the wizard's pages and Finish run jobs: the event loop keeps turning while it is open
		dialog.open();
		return null;
	}
}
