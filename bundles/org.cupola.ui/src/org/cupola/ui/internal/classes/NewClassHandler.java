package org.cupola.ui.internal.classes;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * New Class…: opens the {@link NewClassWizard} on the server of the selection (else the first server). As
 * {@link FromSelection} (Create Class from Selection), the selected printers of that server are checked as members.
 */
public class NewClassHandler extends AbstractHandler {

	/** Create Class from Selection: the selected printers become the members. */
	public static final class FromSelection extends NewClassHandler {
		@Override
		protected List<String> members(ISelection selection, Servers.Entry server) {
			List<String> names = new ArrayList<>();
			if (selection instanceof IStructuredSelection structured) {
				for (Object o : structured) {
					if (o instanceof PrinterElement p && p.server().server().equals(server.server())
							&& !p.printer().isClass()) {
						names.add(p.name());
					}
				}
			}
			return names;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		Servers.Entry server = Servers.getDefault().serverFor(selection);
		if (server == null) {
			MessageDialog.openInformation(shell, Messages.NoServer_title, Messages.NoServer_message);
			return null;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		open(shell, server, members(selection, server), window == null ? null : window.getActivePage());
		return null;
	}

	/** {@return the queues checked when the wizard opens} */
	protected List<String> members(ISelection selection, Servers.Entry server) {
		return List.of();
	}

	/**
	 * Opens the wizard (the event loop keeps turning: its jobs report back while it is open); once the class exists
	 * the page's Printers view refreshes.
	 *
	 * @param shell
	 *            the parent
	 * @param server
	 *            where the class is created
	 * @param members
	 *            the queues checked at first
	 * @param page
	 *            the page whose Printers view shows the class, or null
	 */
	public static void open(Shell shell, Servers.Entry server, List<String> members, IWorkbenchPage page) {
		NewClassWizard wizard = new NewClassWizard(server.connection(), members);
		wizard.setOnCreated(name -> {
			IViewPart view = page == null ? null : page.findView(PrintersView.ID);
			if (view instanceof PrintersView printers) {
				printers.refresh();
			}
		});
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(520, 360);
		dialog.open();
	}
}
