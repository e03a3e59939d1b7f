package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Printers view's queue commands are enabled from the selected queues' state, and its context menu shows only
 * the commands that apply (issue 17), inside the real workbench against the sandbox's real queues.
 */
class QueueMenuTest {

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

	@Test
	void aStoppedQueueOffersResumeButNotPause() {
		select("paused");
		UiWait.until(display, 10_000, () -> enabled("org.cupola.ui.resume"));
		assertFalse(enabled("org.cupola.ui.pause"), "Pause on a stopped queue");
		// "paused" accepts jobs, is not shared and not the default
		assertTrue(enabled("org.cupola.ui.reject"));
		assertFalse(enabled("org.cupola.ui.accept"), "Accept Jobs on a queue that accepts them");
		assertTrue(enabled("org.cupola.ui.share"));
		assertFalse(enabled("org.cupola.ui.unshare"), "Stop Sharing on a queue that is not shared");

		List<String> menu = contextMenu();
		assertTrue(menu.contains("Resume"), menu.toString());
		assertFalse(menu.contains("Pause"), menu.toString());
		assertTrue(menu.contains("Reject Jobs"), menu.toString());
		assertFalse(menu.contains("Accept Jobs"), menu.toString());
		assertTrue(menu.contains("Share"), menu.toString());
		assertFalse(menu.contains("Stop Sharing"), menu.toString());
		assertTrue(menu.contains("History"), "why did it stop? (issue 12): " + menu);
	}

	@Test
	void aRejectingQueueOffersAcceptAndAnIdleOnePause() {
		select("rejecting");
		UiWait.until(display, 10_000, () -> enabled("org.cupola.ui.accept"));
		assertFalse(enabled("org.cupola.ui.reject"), "Reject Jobs on a rejecting queue");
		assertFalse(enabled("org.cupola.ui.printTestPage"), "a test page on a queue that rejects jobs");
		select("null");
		UiWait.until(display, 10_000, () -> enabled("org.cupola.ui.pause"));
		assertFalse(enabled("org.cupola.ui.resume"), "Resume on an idle queue");
		assertTrue(enabled("org.cupola.ui.printTestPage"));
	}

	@Test
	void severalQueuesEnableWhatAppliesToAtLeastOne() {
		select("paused", "null");
		UiWait.until(display, 10_000, () -> enabled("org.cupola.ui.pause") && enabled("org.cupola.ui.resume"));
		List<String> menu = contextMenu();
		assertTrue(menu.contains("Pause") && menu.contains("Resume"), menu.toString());
		assertFalse(menu.contains("Accept Jobs"), "both accept jobs: " + menu);
	}

	@Test
	void mnemonicsAreUniqueInTheContextMenu() {
		select("paused", "null", "rejecting"); // offers the most state commands
		UiWait.until(display, 10_000, () -> enabled("org.cupola.ui.accept") && enabled("org.cupola.ui.resume"));
		assertUniqueMnemonics();
		// one queue adds the single-queue commands (Rename, Duplicate, History): History's 'i' once clashed with
		// Create Class from Selection's
		select("paused");
		UiWait.until(display, 10_000, () -> enabled("org.cupola.ui.history") && enabled("org.cupola.ui.classes.rename"));
		assertUniqueMnemonics();
	}

	private void assertUniqueMnemonics() {
		Menu menu = view.getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Map<Character, String> seen = new HashMap<>();
		for (MenuItem item : menu.getItems()) {
			String text = item.getText();
			int amp = text.indexOf('&');
			if ((item.getStyle() & SWT.SEPARATOR) != 0 || amp < 0 || amp + 1 >= text.length()) {
				continue;
			}
			char key = Character.toLowerCase(text.charAt(amp + 1));
			String earlier = seen.put(Character.valueOf(key), text);
			assertEquals(null, earlier, "mnemonic '" + key + "' of " + text);
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	/**
	 * The troubleshooter's fix texts for a stopped and a rejecting queue name a context menu item; that item is on
	 * the queue's context menu (issue 17: it used to point to a "Policies" page Cupola does not have).
	 */
	@Test
	void theTroubleshootersFixTextsNameMenuItemsThatExist() {
		for (String[] c : new String[][] { { "paused", "QueueNotEnabled" }, { "rejecting", "QueueRejectingJobs" } }) {
			String fix;
			try (Troubleshooter t = new Troubleshooter(sandbox.server(), ConnectionOptions.DEFAULTS, r -> null)) {
				t.preset(Keys.QUEUE, c[0]);
				assertEquals(Troubleshooter.Status.DEAD_END, t.next(null), c[0]);
				assertEquals(c[1], t.deadEnd().id());
				fix = t.deadEnd().suggestedFix();
			}
			Matcher m = Pattern.compile("context menu, ([^;)]+)").matcher(fix);
			assertTrue(m.find(), "the fix says where: " + fix);
			select(c[0]);
			String item = m.group(1).trim();
			UiWait.until(display, 10_000, () -> contextMenu().contains(item));
		}
	}

	private void select(String... queues) {
		List<PrinterElement> elements = new ArrayList<>();
		for (String q : queues) {
			elements.add(PrinterCommandsTest.find(view, q));
		}
		view.setFocus();
		view.getViewer().setSelection(new StructuredSelection(elements));
	}

	private static boolean enabled(String commandId) {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
		return command.isEnabled();
	}

	/** The context menu's items as the user sees them (mnemonics and accelerators left out). */
	private List<String> contextMenu() {
		Menu menu = view.getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event()); // the menu manager fills the menu when it is shown
		List<String> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				String text = item.getText();
				int tab = text.indexOf('\t');
				items.add((tab < 0 ? text : text.substring(0, tab)).replace("&", "").replace("...", ""));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}
}
