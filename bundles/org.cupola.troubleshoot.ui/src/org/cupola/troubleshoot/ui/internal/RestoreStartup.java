package org.cupola.troubleshoot.ui.internal;

import org.cupola.ipp.server.RestoreJournal;
import org.cupola.ui.Servers;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * At workbench start (and whenever a server is connected later) offers to finish the restores an interrupted
 * troubleshooter run left behind on the connected servers ({@link RestoreOffers}). Runs off the UI thread.
 */
public final class RestoreStartup implements IStartup {

	private final RestoreOffers offers = new RestoreOffers(RestoreJournal.standard());

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		Servers servers = Servers.getDefault();
		servers.addListener(s -> offers.check(display, () -> parent(workbench), s.entries()));
		offers.check(display, () -> parent(workbench), servers.entries());
	}

	private static Shell parent(IWorkbench workbench) {
		return workbench.isClosing() ? null : workbench.getModalDialogShellProvider().getShell();
	}
}
