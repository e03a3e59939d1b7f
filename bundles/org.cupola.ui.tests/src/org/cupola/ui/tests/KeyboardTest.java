package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cupola.testing.Widgets;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ui.internal.server.ServerSettingsDialog;
import org.cupola.ui.internal.wizards.AddPrinterWizard;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The keyboard in dialogs (issue 17): on every page of Add Printer and in Server Settings, no two controls share
 * a mnemonic (the dialog's buttons included), Tab visits the controls of each composite of the page in the order
 * they are laid out (top to bottom, left to right), and Escape, pressed on the keyboard, closes the dialog.
 */
class KeyboardTest {

	@Test
	void addPrinterPagesHaveUniqueMnemonicsALayoutTabOrderAndEscapeCloses() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getDefault();
		Shell parent = new Shell(display);
		try (CupsConnection connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			AddPrinterWizard wizard = new AddPrinterWizard(connection);
			WizardDialog dialog = new WizardDialog(parent, wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			Shell shell = dialog.getShell();
			List<String> problems = new ArrayList<>();
			for (IWizardPage page : wizard.getPages()) {
				dialog.showPage(page);
				UiWait.until(display, 5_000, () -> dialog.getCurrentPage() == page);
				check(page.getName(), shell, (Composite) page.getControl(), problems);
			}
			assertTrue(problems.isEmpty(), String.join("\n", problems));
			pressEscape(display, shell);
			assertTrue(shell.isDisposed(), "Escape closes the wizard");
		} finally {
			parent.dispose();
		}
	}

	@Test
	void serverSettingsHasUniqueMnemonicsALayoutTabOrderAndEscapeCloses() {
		Display display = Display.getDefault();
		Shell parent = new Shell(display);
		try {
			ServerSettingsDialog dialog = new ServerSettingsDialog(parent, "127.0.0.1:631",
					new CupsdConf.Settings(false, false, true, true));
			dialog.setBlockOnOpen(false);
			dialog.open();
			Shell shell = dialog.getShell();
			List<String> problems = new ArrayList<>();
			Composite area = Widgets.button(shell, org.cupola.ui.internal.server.Messages.ServerSettings_share).getParent();
			check("Server Settings", shell, area, problems);
			assertTrue(problems.isEmpty(), String.join("\n", problems));
			pressEscape(display, shell);
			assertTrue(shell.isDisposed(), "Escape closes Server Settings");
			assertTrue(dialog.getReturnCode() == Dialog.CANCEL);
		} finally {
			parent.dispose();
		}
	}

	/** Escape through the X server (XTEST) to the active dialog, as a keyboard sends it. */
	static void pressEscape(Display display, Shell shell) {
		shell.forceActive();
		UiWait.until(display, 10_000, () -> display.getActiveShell() == shell);
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event e = new Event();
			e.type = type;
			e.keyCode = SWT.ESC;
			e.character = SWT.ESC;
			assertTrue(display.post(e));
		}
		UiWait.until(display, 10_000, shell::isDisposed);
	}

	/** Mnemonics over the whole dialog (page and buttons); Tab order inside our own content. */
	static void check(String where, Shell shell, Composite content, List<String> problems) {
		Map<Character, String> seen = new HashMap<>();
		mnemonics(shell, seen, where, problems);
		tabOrder(content, where, problems);
	}

	/** The mnemonics of the visible labels and buttons (what Alt+letter reaches on this page). */
	private static void mnemonics(Composite parent, Map<Character, String> seen, String where, List<String> problems) {
		for (Control c : parent.getChildren()) {
			if (!c.isVisible()) {
				continue;
			}
			String text = c instanceof Button b ? b.getText() : c instanceof Label l ? l.getText() : null;
			if (text != null) {
				String plain = text.replace("&&", "");
				int amp = plain.indexOf('&');
				if (amp >= 0 && amp + 1 < plain.length()) {
					char key = Character.toLowerCase(plain.charAt(amp + 1));
					String earlier = seen.put(Character.valueOf(key), text);
					if (earlier != null) {
						problems.add(where + ": Alt+" + key + " is both " + earlier + " and " + text);
					}
				}
			}
			if (c instanceof Composite composite) {
				mnemonics(composite, seen, where, problems);
			}
		}
	}

	/** In each composite, Tab goes through its visible controls top to bottom, then left to right. */
	private static void tabOrder(Composite parent, String where, List<String> problems) {
		List<Control> tabs = new ArrayList<>();
		for (Control c : parent.getTabList()) {
			if (c.isVisible() && !(c instanceof Label)) { // a label never takes the focus
				tabs.add(c);
			}
		}
		List<Control> laidOut = new ArrayList<>(tabs);
		laidOut.sort(Comparator.<Control> comparingInt(c -> row(c)).thenComparingInt(c -> c.getBounds().x));
		if (!laidOut.equals(tabs)) {
			problems.add(where + ": Tab order " + names(tabs) + " but laid out " + names(laidOut));
		}
		for (Control c : parent.getChildren()) {
			if (c.isVisible() && c instanceof Composite composite) {
				tabOrder(composite, where, problems);
			}
		}
	}

	/** The vertical centre in 8-pixel rows, so controls on one line with different heights share a row. */
	private static int row(Control c) {
		Rectangle b = c.getBounds();
		return (b.y + b.height / 2) / 8;
	}

	private static List<String> names(List<Control> controls) {
		List<String> result = new ArrayList<>();
		for (Control c : controls) {
			String text = c instanceof Button b ? b.getText() : "";
			result.add(c.getClass().getSimpleName() + (text.isEmpty() ? "" : "(" + text + ")"));
		}
		return result;
	}
}
