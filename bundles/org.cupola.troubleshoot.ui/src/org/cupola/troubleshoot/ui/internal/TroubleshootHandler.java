package org.cupola.troubleshoot.ui.internal;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.troubleshoot.ui.TroubleshootDialog;
import org.cupola.troubleshoot.ui.TroubleshootWizard;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > Troubleshoot Printing, and Troubleshoot on a queue of the Printers view (the queue is then already chosen).
 * The troubleshooter gets its own connection, with the workbench's credentials prompt, and shares the login of the
 * workbench's connection to that server (see {@code Context.shareLoginWith}).
 */
public final class TroubleshootHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Servers.Entry entry = Servers.getDefault().serverFor(HandlerUtil.getCurrentSelection(event));
		String queue = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof PrinterElement p ? p.name() : null;
		CupsServer server = entry == null ? null : entry.server();
		if (server == null) {
			MessageDialog.openInformation(shell, Messages.Wizard_title, Messages.Handler_noServer);
			return null;
		}
		Troubleshooter troubleshooter = new Troubleshooter(server, ConnectionOptions.DEFAULTS,
				Servers.getDefault().credentialsPrompt());
		// one login per server: the window's credentials serve the troubleshooter and come back from it (the first
		// page offers to log in as another user instead)
		troubleshooter.context().shareLoginWith(entry.connection());
		if (queue != null) {
			troubleshooter.preset(Keys.QUEUE, queue);
		}
		new TroubleshootDialog(shell, new TroubleshootWizard(troubleshooter, server)).open();
		return null;
	}
}
