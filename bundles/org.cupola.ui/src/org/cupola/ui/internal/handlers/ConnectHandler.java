package org.cupola.ui.internal.handlers;

import org.cupola.ipp.CupsServer;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Connects to another CUPS server (remembered in the preferences). */
public final class ConnectHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.Connect_title,
				Messages.Connect_message, "localhost:631", text -> { //$NON-NLS-1$
					try {
						CupsServer.parse(text);
						return null;
					} catch (IllegalArgumentException e) {
						return e.getMessage();
					}
				});
		if (dialog.open() == Window.OK) {
			Servers.getDefault().connect(dialog.getValue(), null);
		}
		return null;
	}
}
