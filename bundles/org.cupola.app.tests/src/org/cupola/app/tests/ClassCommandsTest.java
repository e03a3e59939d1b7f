package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Classes, Rename and Duplicate in the real workbench (issue 11): the Printers view's context menu offers them where
 * they apply, with unique mnemonics, and the commands open their dialogs (Create Class from Selection with the
 * selected printers checked; Rename, on F2, with the words that CUPS has no rename).
 */
class ClassCommandsTest {

	private CupsSandbox sandbox;
	private PrintersView view;
	private Display display;

	@BeforeEach
	void showQueues() throws Exception {
		sandbox = CupsSandbox.shared();
		display = Display.getCurrent();
		Servers.getDefault().connect(sandbox.server().toString(), "test sandbox");
		view = (PrintersView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(PrintersView.ID);
		view.refresh();
		UiWait.until(display, 30_000, () -> PrinterCommandsTest.find(view, "paused") != null
				&& PrinterCommandsTest.find(view, "null") != null);
	}

	@AfterEach
	void disconnect() {
		Servers.getDefault().disconnect(sandbox.server());
	}

	private void select(String... queues) {
		List<PrinterElement> elements = new ArrayList<>();
		for (String q : queues) {
			elements.add(PrinterCommandsTest.find(view, q));
		}
		view.setFocus();
		view.getViewer().setSelection(new StructuredSelection(elements));
	}

	/** The context menu's items with their mnemonics; fails on a mnemonic used twice. */
	private List<String> contextMenu() {
		Menu menu = view.getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = new ArrayList<>();
		Map<Character, String> seen = new HashMap<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				continue;
			}
			String text = item.getText();
			int amp = text.indexOf('&');
			if (amp >= 0 && amp + 1 < text.length()) {
				assertNull(seen.put(Character.toLowerCase(text.charAt(amp + 1)), text), "mnemonic of " + text);
			}
			int tab = text.indexOf('\t');
			items.add((tab < 0 ? text : text.substring(0, tab)).replace("&", "").replace("...", ""));
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}

	@Test
	void theContextMenuOffersClassesRenameAndDuplicateWhereTheyApply() {
		select("null");
		UiWait.until(display, 10_000, () -> contextMenu().contains("Rename"));
		List<String> one = contextMenu();
		assertTrue(one.containsAll(List.of("New Class", "Create Class from Selection", "Rename", "Duplicate")),
				one.toString());
		select("null", "paused");
		UiWait.until(display, 10_000, () -> !contextMenu().contains("Rename"));
		List<String> two = contextMenu();
		assertTrue(two.contains("Create Class from Selection"), two.toString());
		assertFalse(two.contains("Duplicate"), two.toString());
	}

	/** Runs a command whose dialog blocks; {@code inDialog} runs in the dialog's event loop and closes it. */
	private void runWithDialog(String commandId, String titlePrefix, java.util.function.Consumer<Shell> inDialog)
			throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		long until = System.currentTimeMillis() + 30_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			List<Shell> shells = Widgets.shells(display, titlePrefix);
			if (shells.isEmpty() && System.currentTimeMillis() < until) {
				display.timerExec(50, poll[0]);
				return;
			}
			try {
				assertFalse(shells.isEmpty(), "no dialog " + titlePrefix);
				inDialog.accept(shells.get(0));
			} catch (Throwable t) {
				failure.set(t);
			} finally {
				for (Shell s : shells) {
					if (!s.isDisposed() && s.getData() instanceof Window w) {
						w.close();
					}
				}
			}
		};
		display.timerExec(50, poll[0]);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
	}

	@Test
	void createClassFromSelectionChecksTheSelectedPrinters() throws Exception {
		select("null", "paused");
		List<String> checked = new ArrayList<>();
		runWithDialog("org.cupola.ui.classes.fromSelection", "New Class", shell -> {
			Table table = Widgets.all(shell, Table.class).stream().filter(t -> (t.getStyle() & SWT.CHECK) != 0)
					.findFirst().orElseThrow();
			UiWait.until(display, 20_000, () -> table.getItemCount() > 0);
			for (TableItem item : table.getItems()) {
				if (item.getChecked()) {
					checked.add(item.getText());
				}
			}
		});
		assertEquals(List.of("null", "paused"), checked);
	}

	@Test
	void f2RenamesAndSaysThatCupsHasNoRename() throws Exception {
		select("paused");
		List<String> texts = new ArrayList<>();
		runWithDialog("org.cupola.ui.classes.rename", "Rename paused", shell -> texts.addAll(Widgets.texts(shell)));
		assertTrue(String.join("\n", texts).contains("CUPS cannot rename a queue"), texts.toString());
		// the binding as registered, in the Printers view's context: the active bindings depend on which shell is
		// active at this moment (a notification shown by an earlier test's state change could be), not on F2
		List<String> keys = new ArrayList<>();
		for (org.eclipse.jface.bindings.Binding b : PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.keys.IBindingService.class).getBindings()) {
			if (b.getParameterizedCommand() != null
					&& "org.cupola.ui.classes.rename".equals(b.getParameterizedCommand().getId())
					&& "org.cupola.ui.printersView".equals(b.getContextId())) {
				keys.add(b.getTriggerSequence().format());
			}
		}
		assertTrue(keys.contains("F2"), keys.toString());
	}
}
