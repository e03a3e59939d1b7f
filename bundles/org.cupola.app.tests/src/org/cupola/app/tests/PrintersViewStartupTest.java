package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.UserPreferences;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Inside an Eclipse IDE no Cupola application connects a server at start (./dev ide-check): the Printers view, opened
 * while none is connected, connects the servers remembered last time itself.
 */
class PrintersViewStartupTest {

	@Test
	void printersViewOpenedWithNoServerConnectsTheRememberedOnes() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Servers servers = Servers.getDefault();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<Servers.Entry> before = servers.entries();
		IViewPart open = page.findView(PrintersView.ID);
		if (open != null) {
			page.hideView(open);
		}
		try {
			for (Servers.Entry e : before) {
				servers.disconnect(e.server());
			}
			// what an earlier session left in the preferences (Servers remembers the connected servers there)
			UserPreferences.getDefault().put(Servers.PREF_SERVERS, sandbox.server().toString());
			PrintersView view = (PrintersView) page.showView(PrintersView.ID);
			assertTrue(servers.entries().stream().anyMatch(e -> e.server().equals(sandbox.server())),
					"the view connected the remembered server: " + servers.entries());
			Display display = Display.getCurrent();
			UiWait.until(display, 30_000, () -> rows(view) > 0);
			assertTrue(rows(view) >= CupsSandbox.QUEUES.size(), "queue rows: " + rows(view));
		} finally {
			for (Servers.Entry e : before) {
				servers.connect(e.server().toString(), e.label());
			}
		}
	}

	private static int rows(PrintersView view) {
		int n = 0;
		for (TreeItem server : view.getViewer().getTree().getItems()) {
			n += server.getItemCount();
		}
		return n;
	}
}
