package org.cupola.ui.internal.server;

import org.cupola.ui.ServerRow;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Connection and Certificate of the selected server row (or the selected queue's server): opens
 * {@link ServerConnectionDialog}; on OK with another setting the server is connected again with it.
 */
public final class ServerConnectionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Servers.Entry entry = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof ServerRow row ? row.entry()
						: Servers.getDefault().serverFor(HandlerUtil.getCurrentSelection(event));
		if (entry == null) {
			return null;
		}
		var options = entry.connection().options();
		ServerConnectionDialog dialog = new ServerConnectionDialog(HandlerUtil.getActiveShell(event),
				entry.server().hostAndPort(), entry.connection().security(), options.encryption(),
				options.clearTextAllowed());
		if (dialog.open() == Window.OK && (dialog.encryption() != options.encryption()
				|| dialog.clearTextAllowed() != options.clearTextAllowed())) {
			Servers.getDefault().setSecurity(entry.server(), dialog.encryption(), dialog.clearTextAllowed());
		}
		return null;
	}
}
