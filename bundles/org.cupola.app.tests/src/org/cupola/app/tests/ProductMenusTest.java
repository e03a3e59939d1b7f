package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The standalone product's File menu and toolbar hold Cupola's actions only: Compare brings the IDE's and the text
 * editors' bundles along, whose action sets added "Open File..." and "Convert Line Delimiters To" to the File menu
 * and Previous/Next Annotation and Edit Location to the toolbar (seen in the product).
 */
class ProductMenusTest {

	@Test
	void theFileMenuHasNoFileEditingActionsOfTheIde() {
		List<String> labels = fileMenuLabels();
		assertTrue(labels.contains("Add Printer..."), labels.toString()); //$NON-NLS-1$
		assertFalse(labels.stream().anyMatch(l -> l.startsWith("Open File")), labels.toString()); //$NON-NLS-1$
		assertFalse(labels.stream().anyMatch(l -> l.contains("Line Delimiters")), labels.toString()); //$NON-NLS-1$
	}

	@Test
	void theToolbarHasNoEditorNavigation() {
		List<String> tips = new ArrayList<>();
		collectToolTips(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), tips);
		assertFalse(tips.stream().anyMatch(t -> t.contains("Annotation") || t.contains("Edit Location")), //$NON-NLS-1$ //$NON-NLS-2$
				tips.toString());
	}

	/** The tool tips of every tool item in the window's trim (the main toolbar), not those of the views. */
	private static void collectToolTips(Composite parent, List<String> tips) {
		for (Control child : parent.getChildren()) {
			if (child instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					if (item.getToolTipText() != null) {
						tips.add(item.getToolTipText());
					}
				}
			} else if (child instanceof Composite composite && !(child instanceof CTabFolder)) {
				collectToolTips(composite, tips);
			}
		}
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
