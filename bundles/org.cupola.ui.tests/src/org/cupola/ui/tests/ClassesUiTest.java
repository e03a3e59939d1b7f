package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.ClassSettings;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.PrinterLabels;
import org.cupola.ui.internal.classes.ClassMembersPage;
import org.cupola.ui.internal.classes.NewClassWizard;
import org.cupola.ui.internal.classes.QueueChecklist;
import org.cupola.ui.internal.classes.QueueCopyHandler;
import org.cupola.ui.internal.properties.PrinterChange;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Classes, Rename and Duplicate in plain SWT/JFace under Xvfb against the private cupsd, driven as a user would while
 * the event loop runs; {@code lpstat} checks what CUPS really has.
 */
class ClassesUiTest {

	private Display display;
	private Shell shell;
	private CupsSandbox sandbox;
	private CupsConnection connection;
	private final List<String> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		shell = new Shell(display);
		sandbox = CupsSandbox.shared();
		connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null);
		connection.setCredentials(sandbox.adminCredentials());
	}

	@AfterEach
	void tearDown() throws Exception {
		shell.dispose();
		for (String name : created) {
			try {
				connection.deletePrinter(name, null); // CUPS deletes a class this way too
			} catch (IppStatusException e) {
				// never created, or renamed away
			}
		}
		connection.close();
	}

	private String lpstat(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("lpstat", "-h", "127.0.0.1:" + sandbox.port()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		return out;
	}

	/** Checks a row the way a click on its box or Space does: the item changes, then SWT says so. */
	private static void check(QueueChecklist list, String queue, boolean checked) {
		for (TableItem item : list.getTable().getItems()) {
			if (item.getText().equals(queue)) {
				item.setChecked(checked);
				Event e = new Event();
				e.item = item;
				e.detail = SWT.CHECK;
				list.getTable().notifyListeners(SWT.Selection, e);
				return;
			}
		}
		throw new AssertionError(queue + " not listed in " + list.getQueues());
	}

	private static Button button(Control root, int id) {
		if (root instanceof Button b && Integer.valueOf(id).equals(b.getData())) {
			return b;
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				Button found = button(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The mnemonics of the visible labels and buttons: what Alt+letter reaches; two for one key is a defect. */
	private static void mnemonics(Composite parent, Map<Character, String> seen, List<String> problems) {
		for (Control c : parent.getChildren()) {
			if (!c.isVisible()) {
				continue;
			}
			String text = c instanceof Button b ? b.getText() : c instanceof Label l ? l.getText() : null;
			int amp = text == null ? -1 : text.replace("&&", "").indexOf('&');
			if (amp >= 0 && amp + 1 < text.replace("&&", "").length()) {
				char key = Character.toLowerCase(text.replace("&&", "").charAt(amp + 1));
				String earlier = seen.put(Character.valueOf(key), text);
				if (earlier != null) {
					problems.add("Alt+" + key + " is both " + earlier + " and " + text);
				}
			}
			if (c instanceof Composite composite) {
				mnemonics(composite, seen, problems);
			}
		}
	}

	private WizardDialog openWizard(NewClassWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(520, 360);
		dialog.open();
		UiWait.until(display, 20_000, () -> wizard.getPage().isLoaded());
		return dialog;
	}

	@Test
	void theWizardCreatesAnEnabledClassWithTheCheckedMembers() throws Exception {
		NewClassWizard wizard = new NewClassWizard(connection, List.of());
		WizardDialog dialog = openWizard(wizard);
		Shell dialogShell = dialog.getShell();
		assertTrue(wizard.getPage().getNameText().isFocusControl(), "the name field has the focus");
		List<String> problems = new ArrayList<>();
		mnemonics(dialogShell, new HashMap<>(), problems);
		assertTrue(problems.isEmpty(), problems::toString);
		QueueChecklist members = wizard.getPage().getMemberList();
		assertTrue(members.getQueues().containsAll(CupsSandbox.QUEUES), members.getQueues()::toString);
		assertFalse(button(dialogShell, IDialogConstants.FINISH_ID).isEnabled(), "nothing entered yet");

		created.add("office");
		wizard.getPage().getNameText().setText("office");
		wizard.getPage().getInfoText().setText("Office printers");
		wizard.getPage().getLocationText().setText("Second floor");
		assertEquals("Check at least one member printer.", wizard.getPage().getErrorMessage());
		check(members, "null", true);
		check(members, "paused", true);
		assertNull(wizard.getPage().getErrorMessage());
		Screenshots.save(dialogShell, "class-wizard.png");
		Button finish = button(dialogShell, IDialogConstants.FINISH_ID);
		assertTrue(finish.isEnabled());
		finish.notifyListeners(SWT.Selection, null);
		CupsJob<Void> job = wizard.getFinishJob();
		assertNotNull(job);
		assertTrue(job.isUser());
		assertEquals(ServerFilesRule.of(sandbox.server()), job.getRule());
		UiWait.until(display, 30_000, dialogShell::isDisposed);
		assertTrue(wizard.isSucceeded());

		assertTrue(lpstat("-c", "office").contains("members of class office:\n\tnull\n\tpaused"), lpstat("-c"));
		assertTrue(lpstat("-p", "office").contains("enabled"), lpstat("-p", "office"));
		assertTrue(lpstat("-a", "office").contains("office accepting requests"), lpstat("-a", "office"));
		Printer office = connection.getPrinterAttributes("office", null, null);
		assertEquals("Office printers", office.info());
		assertEquals("Second floor", office.location());
		// the Printers view's model column shows a class's members
		assertEquals("Class: null, paused", PrinterLabels.model(office));
	}

	@Test
	void aTakenNameOrNoMemberKeepsFinishDisabledAndSelectionMembersStartChecked() {
		NewClassWizard wizard = new NewClassWizard(connection, List.of("rejecting", "broken"));
		WizardDialog dialog = openWizard(wizard);
		Shell dialogShell = dialog.getShell();
		QueueChecklist members = wizard.getPage().getMemberList();
		assertEquals(List.of("rejecting", "broken").stream().sorted().toList(),
				members.getChecked().stream().sorted().toList());
		wizard.getPage().getNameText().setText("null");
		assertTrue(wizard.getPage().getErrorMessage().contains("null"), wizard.getPage().getErrorMessage());
		assertFalse(button(dialogShell, IDialogConstants.FINISH_ID).isEnabled());
		wizard.getPage().getNameText().setText("fresh-class");
		assertTrue(button(dialogShell, IDialogConstants.FINISH_ID).isEnabled());
		check(members, "rejecting", false);
		check(members, "broken", false);
		assertFalse(button(dialogShell, IDialogConstants.FINISH_ID).isEnabled());
		button(dialogShell, IDialogConstants.CANCEL_ID).notifyListeners(SWT.Selection, null);
		assertTrue(dialogShell.isDisposed());
	}

	@Test
	void renameSaysCupsHasNoRenameThenMovesTheJobsToTheNewQueueInAUserJob() throws Exception {
		connection.addModifyPrinter("ui-old", PrinterSettings.builder().deviceUri("file:/dev/null")
				.info("Renamed by the UI test").build(), null);
		created.add("ui-old");
		created.add("ui-new");
		connection.acceptJobs("ui-old", null);
		int id = connection.printJob("ui-old", "held", "text/plain",
				new ByteArrayInputStream("x".getBytes(StandardCharsets.US_ASCII)), null);
		connection.holdJob(id, null);
		try {
			InputDialog dialog = QueueCopyHandler.dialog(shell, "ui-old", true);
			dialog.setBlockOnOpen(false);
			dialog.open();
			assertTrue(String.join("\n", org.cupola.testing.Widgets.texts(dialog.getShell()))
					.contains("CUPS cannot rename a queue"));
			assertFalse(button(dialog.getShell(), IDialogConstants.OK_ID).isEnabled(), "the old name is taken");
			org.cupola.testing.Widgets.all(dialog.getShell(), org.eclipse.swt.widgets.Text.class).stream()
					.filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0).findFirst().orElseThrow().setText("ui-new");
			button(dialog.getShell(), IDialogConstants.OK_ID).notifyListeners(SWT.Selection, null);
			assertEquals("ui-new", dialog.getValue());

			PrinterElement element = new PrinterElement(new Servers.Entry(connection, null),
					connection.getPrinterAttributes("ui-old", null, null));
			boolean[] done = { false };
			CupsJob<Void> job = QueueCopyHandler.start(shell, element, dialog.getValue(), true, () -> done[0] = true);
			assertTrue(job.isUser());
			assertEquals(ServerFilesRule.of(sandbox.server()), job.getRule());
			UiWait.until(display, 30_000, () -> done[0]);
			assertTrue(job.result().isDone() && !job.result().isCompletedExceptionally());
			String devices = lpstat("-v");
			assertTrue(devices.contains("device for ui-new:"), devices);
			assertFalse(devices.contains("device for ui-old:"), devices);
			assertEquals("ui-new", connection.getJobAttributes(id, null).printerName());
			assertEquals("Renamed by the UI test", connection.getPrinterAttributes("ui-new", null, null).info());
		} finally {
			connection.cancelJob(id, null);
		}
	}

	@Test
	void theMembersPageShowsTheMembersAndItsChangeSetsThem() throws Exception {
		connection.admin().addModifyClass("page-class", ClassSettings.members(List.of("null", "paused")), null);
		created.add("page-class");
		List<String> all = connection.getPrinters(null).stream().map(Printer::name).toList();
		ClassMembersPage page = new ClassMembersPage(connection, "page-class",
				connection.admin().getClassMembers("page-class", null), all);
		PreferenceManager manager = new PreferenceManager();
		manager.addToRoot(new PreferenceNode("members", page));
		PreferenceDialog dialog = new PreferenceDialog(shell, manager);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			QueueChecklist list = page.getMemberList();
			assertNotNull(list);
			assertFalse(list.getQueues().contains("page-class"), "a class is not its own member");
			assertEquals(List.of("null", "paused"), list.getChecked());
			List<PrinterChange> none = new ArrayList<>();
			page.collectChanges(none);
			assertEquals(List.of(), none, "nothing changed, nothing sent");

			check(list, "null", false);
			check(list, "paused", false);
			assertFalse(page.isValid(), "a class needs a member");
			assertNotNull(page.getErrorMessage());
			check(list, "rejecting", true);
			check(list, "paused", true);
			assertTrue(page.isValid());
			Screenshots.save(dialog.getShell(), "class-members-page.png");
			List<PrinterChange> changes = new ArrayList<>();
			page.collectChanges(changes);
			assertEquals(1, changes.size());
			assertEquals("Members", changes.get(0).label());
			// the dialog's job runs the change on a worker thread
			CompletableFuture<Void> applied = CompletableFuture.runAsync(() -> {
				try {
					changes.get(0).action().apply(connection, null);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			UiWait.until(display, 30_000, applied::isDone);
			applied.get();
			String members = lpstat("-c", "page-class");
			assertTrue(members.contains("\tpaused") && members.contains("\trejecting") && !members.contains("\tnull"),
					members);
			assertEquals(2, connection.admin().getClassMembers("page-class", null).size());
		} finally {
			dialog.close();
		}
	}

	@Test
	void aClassIsAClassAndDeletingItThroughTheDeleteCommandsOperationWorks() throws Exception {
		connection.admin().addModifyClass("del-class", ClassSettings.members(List.of("null")), null);
		created.add("del-class");
		Printer c = connection.getPrinters(null).stream().filter(p -> p.name().equals("del-class")).findFirst()
				.orElseThrow();
		assertTrue(c.isClass());
		assertInstanceOf(String.class, PrinterLabels.model(c));
		assertEquals("Class: null", PrinterLabels.model(c));
		// Printers view › Delete sends CUPS-Delete-Printer for every selected queue: CUPS deletes a class that way
		connection.deletePrinter("del-class", null);
		assertFalse(lpstat("-v").contains("device for del-class:"));
		assertFalse(lpstat("-c").contains("del-class"));
	}
}
