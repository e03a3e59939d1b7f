package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The standalone product's File menu holds Cupola's actions only: Compare brings the IDE's and the text editors'
 * bundles along, whose action sets added "Open File..." and "Convert Line Delimiters To" (seen in the product).
 */
class FileMenuTest {

	@Test
	void theFileMenuHasNoFileEditingActionsOfTheIde() {
		List<String> labels = fileMenuLabels();
		assertTrue(labels.contains("Add Printer..."), labels.toString()); //$NON-NLS-1$
		assertFalse(labels.stream().anyMatch(l -> l.startsWith("Open File")), labels.toString()); //$NON-NLS-1$
		assertFalse(labels.stream().anyMatch(l -> l.contains("Line Delimiters")), labels.toString()); //$NON-NLS-1$
	}

	private static List<String> fileMenuLabels() {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		assertNotNull(bar, "a menu bar"); //$NON-NLS-1$
		for (MenuItem top : bar.getItems()) {
			if ("File".equals(top.getText().replace("&", ""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event()); // fills it as opening it would
				try {
					List<String> labels = new ArrayList<>();
					for (MenuItem item : menu.getItems()) {
						if ((item.getStyle() & SWT.SEPARATOR) == 0) {
							String text = item.getText().replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
							int tab = text.indexOf('\t');
							labels.add(tab < 0 ? text : text.substring(0, tab));
						}
					}
					return labels;
				} finally {
					menu.notifyListeners(SWT.Hide, new Event());
				}
			}
		}
		throw new AssertionError("no File menu"); //$NON-NLS-1$
	}
}
