package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.CupolaPerspective;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Runs inside the real Cupola workbench (Tycho UI harness, on the UI thread). */
class WorkbenchTest {

	@Test
	void windowIsTitledCupolaAndShowsThePerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window);
		assertEquals("Cupola", window.getShell().getText());
		assertEquals(CupolaPerspective.ID, window.getActivePage().getPerspective().getId());
		assertNotNull(window.getActivePage().findView(PrintersView.ID), "Printers view open");
	}

	@Test
	void printersViewListsTheQueuesOfAConnectedServer() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Servers.getDefault().connect(sandbox.server().toString(), "test sandbox");
		PrintersView view = (PrintersView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(PrintersView.ID);
		view.refresh();
		Display display = Display.getCurrent();
		Set<String> expected = new TreeSet<>(CupsSandbox.QUEUES);
		// the fetch runs as a job; the UI thread keeps dispatching while we wait
		UiWait.until(display, 30_000, () -> queuesShown(view, sandbox).containsAll(expected));
		assertEquals(expected, queuesShown(view, sandbox));
		assertTrue(view.getContentDescription().contains(sandbox.server().toString()), view.getContentDescription());
	}

	private static Set<String> queuesShown(PrintersView view, CupsSandbox sandbox) {
		Set<String> names = new TreeSet<>();
		for (TreeItem server : view.getViewer().getTree().getItems()) {
			if (server.getText(0).startsWith(sandbox.server().toString())) {
				List<TreeItem> rows = Arrays.asList(server.getItems());
				rows.forEach(r -> names.add(r.getText(0)));
			}
		}
		names.remove("");
		return names;
	}
}
