package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Keyboard users open menus with Alt and a letter: in the real workbench, no two items of one menu (the menu bar,
 * each of its menus and their submenus, the Devices view's context menu) share a mnemonic (issue 17).
 */
class MnemonicsTest {

	@Test
	void eachMenuOfTheMenuBarHasUniqueMnemonics() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window.getShell();
		Menu bar = shell.getMenuBar();
		assertNotNull(bar, "a menu bar");
		List<String> problems = new ArrayList<>();
		check("menu bar", bar, problems);
		assertTrue(problems.isEmpty(), problems.toString());
	}

	@Test
	void theDevicesViewsContextMenuHasUniqueMnemonics() throws Exception {
		IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView("org.cupola.ui.devices");
		view.setFocus(); // the view focuses its table, which has the context menu
		Control focus = Display.getCurrent().getFocusControl();
		assertNotNull(focus);
		Menu menu = focus.getMenu();
		assertNotNull(menu, "a context menu on " + focus);
		List<String> problems = new ArrayList<>();
		check("Devices view", menu, problems);
		assertTrue(problems.isEmpty(), problems.toString());
	}

	/** Fills the menu as showing it would, checks its items, then its submenus. */
	private static void check(String where, Menu menu, List<String> problems) {
		if (menu.getParentMenu() != null || (menu.getStyle() & SWT.BAR) == 0) {
			menu.notifyListeners(SWT.Show, new Event());
		}
		Map<Character, String> seen = new HashMap<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				continue;
			}
			String text = item.getText();
			int tab = text.indexOf('\t');
			String label = tab < 0 ? text : text.substring(0, tab);
			int amp = label.replace("&&", "").indexOf('&');
			if (amp >= 0 && amp + 1 < label.replace("&&", "").length()) {
				char key = Character.toLowerCase(label.replace("&&", "").charAt(amp + 1));
				String earlier = seen.put(Character.valueOf(key), label);
				if (earlier != null) {
					problems.add(where + ": '" + key + "' in " + earlier + " and " + label);
				}
			}
			if (item.getMenu() != null) {
				check(where + " > " + label.replace("&", ""), item.getMenu(), problems);
			}
		}
		if (menu.getParentMenu() != null || (menu.getStyle() & SWT.BAR) == 0) {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}
}
