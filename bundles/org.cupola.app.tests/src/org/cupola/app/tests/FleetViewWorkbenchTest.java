package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 in the real workbench: the Fleet view is offered by Window > Show View, opens, lists every connected
 * server with its health, and Compare With... is enabled on two selected servers (Export... and Apply... on one).
 */
class FleetViewWorkbenchTest {

	private static final String VIEW_ID = "org.cupola.fleet.ui.fleet"; //$NON-NLS-1$

	@Test
	void theFleetViewListsTheConnectedServersAndOffersCompareOnTwo() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(VIEW_ID), "the Fleet view is installed"); //$NON-NLS-1$
		assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(VIEW_ID), "Window > Show View offers it"); //$NON-NLS-1$
		CupsSandbox first = CupsSandbox.shared();
		try (CupsSandbox second = CupsSandbox.start(false)) {
			Servers.getDefault().connect(first.server().toString(), "test sandbox"); //$NON-NLS-1$
			Servers.Entry added = Servers.getDefault().connect(second.server().toString(), null);
			try {
				IViewPart view = page.showView(VIEW_ID);
				assertEquals("Fleet", page.findViewReference(VIEW_ID).getPartName()); //$NON-NLS-1$
				StructuredViewer viewer = (StructuredViewer) view.getSite().getSelectionProvider();
				Table table = (Table) viewer.getControl();
				Display display = Display.getCurrent();
				UiWait.until(display, 30_000, () -> rowsWithHealth(table, first, second) == 2);
				for (TableItem item : table.getItems()) {
					if (item.getText(0).startsWith(first.server().toString())) {
						assertEquals("Warning", item.getText(1)); // a paused and a rejecting sample queue //$NON-NLS-1$
						assertEquals("5; stopped: paused; rejecting: rejecting", item.getText(4)); //$NON-NLS-1$
					} else if (item.getText(0).startsWith(second.server().toString())) {
						assertEquals("OK", item.getText(1)); //$NON-NLS-1$
						assertEquals("0", item.getText(4)); //$NON-NLS-1$
					}
				}
				ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
				Command compare = commands.getCommand("org.cupola.fleet.ui.compare"); //$NON-NLS-1$
				Command export = commands.getCommand("org.cupola.fleet.ui.export"); //$NON-NLS-1$
				List<Object> rows = new ArrayList<>();
				for (TableItem item : table.getItems()) {
					if (item.getText(0).startsWith(first.server().toString())
							|| item.getText(0).startsWith(second.server().toString())) {
						rows.add(item.getData());
					}
				}
				page.activate(view);
				viewer.setSelection(new StructuredSelection(rows), true);
				UiWait.until(display, 5_000, compare::isEnabled);
				assertTrue(compare.isEnabled(), "Compare With... on two servers"); //$NON-NLS-1$
				assertFalse(export.isEnabled(), "Export... takes one server"); //$NON-NLS-1$
				viewer.setSelection(new StructuredSelection(rows.get(0)), true);
				UiWait.until(display, 5_000, export::isEnabled);
				assertTrue(export.isEnabled() && compare.isEnabled(), "Export... and Compare With... (a file) on one"); //$NON-NLS-1$
				page.hideView(view);
			} finally {
				Servers.getDefault().disconnect(added.server());
			}
		}
	}

	private static int rowsWithHealth(Table table, CupsSandbox... sandboxes) {
		int n = 0;
		for (TableItem item : table.getItems()) {
			for (CupsSandbox s : sandboxes) {
				if (item.getText(0).startsWith(s.server().toString()) && !item.getText(1).equals("checking...")) { //$NON-NLS-1$
					n++;
				}
			}
		}
		return n;
	}
}
