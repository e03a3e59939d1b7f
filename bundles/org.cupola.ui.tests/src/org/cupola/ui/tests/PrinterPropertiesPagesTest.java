package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.ClassSettings;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.QueueAttributes;
import org.cupola.ipp.QueueSetting;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.QueueRule;
import org.cupola.ipp.ppd.PpdOption;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.internal.classes.ClassMembersPage;
import org.cupola.ui.internal.classes.QueueChecklist;
import org.cupola.ui.internal.properties.AccessControlPage;
import org.cupola.ui.internal.properties.JobOptionsPage;
import org.cupola.ui.internal.properties.Messages;
import org.cupola.ui.internal.properties.PoliciesPage;
import org.cupola.ui.internal.properties.PrinterChange;
import org.cupola.ui.internal.properties.PrinterOptionsPage;
import org.cupola.ui.internal.properties.PrinterPropertiesDialog;
import org.cupola.ui.internal.properties.PrinterPropertyPage;
import org.cupola.ui.internal.properties.PropertiesHandler;
import org.cupola.ui.internal.properties.PropertiesInput;
import org.cupola.ui.internal.properties.PropertiesSave;
import org.cupola.ui.internal.properties.SettingsPage;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Printer Properties' pages against a real private cupsd, on queues with the sample driver
 * {@code drv:///sample.drv/generpcl.ppd}: edits made in the pages as a user would, sent by OK in one job, then read
 * back with Cupola and with CUPS's own tools ({@code lpstat -l}, {@code lpoptions}); the Duplex constraint; failures
 * reported per field; every page reached with the keyboard. Saves the screenshots of the pages.
 */
class PrinterPropertiesPagesTest {

	private static final String DRIVER = "drv:///sample.drv/generpcl.ppd"; //$NON-NLS-1$

	private static CupsSandbox sandbox;
	private static CupsConnection connection;
	private Display display;
	private Shell shell;

	@BeforeAll
	static void start() throws IppException {
		sandbox = CupsSandbox.start(true);
		connection = new CupsConnection(sandbox.server(), null, null);
		connection.setCredentials(sandbox.adminCredentials());
		for (String queue : List.of("office", "options", "jobopts", "faults", "maint")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			connection.addModifyPrinter(queue, PrinterSettings.builder().deviceUri("file:/dev/null").ppdName(DRIVER) //$NON-NLS-1$
					.info("Office laser").location("Floor 2").enabled(Boolean.TRUE) //$NON-NLS-1$ //$NON-NLS-2$
					.acceptingJobs(Boolean.TRUE).build(), null);
		}
	}

	@AfterAll
	static void stop() {
		if (connection != null) {
			connection.close();
		}
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private PrinterPropertiesDialog openDialog(String queue) throws IppException {
		PropertiesInput input = PropertiesHandler.fetch(connection, queue, null);
		PrinterPropertiesDialog dialog = new PrinterPropertiesDialog(shell, input);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().setSize(820, 600);
		return dialog;
	}

	private static <T extends PrinterPropertyPage> T show(PrinterPropertiesDialog dialog, Class<T> type) {
		T page = dialog.getPage(type);
		dialog.show(page);
		return page;
	}

	/** Presses OK and sends the changes as the handler does; returns the failures. */
	private List<PropertiesSave.Failure> okAndSave(PrinterPropertiesDialog dialog) {
		String queue = dialog.getInput().name();
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
		return save(queue, dialog.getChanges());
	}

	private List<PropertiesSave.Failure> save(String queue, List<PrinterChange> changes) {
		CupsJob<List<PropertiesSave.Failure>> job = PropertiesSave.start(connection, queue, changes);
		assertTrue(job.isUser());
		assertEquals(new QueueRule(connection.server(), queue), job.getRule());
		assertTrue(job.belongsTo(CupsJob.familyOf(connection.server())));
		UiWait.until(display, 60_000, () -> job.result().isDone());
		return job.result().join();
	}

	private static String tool(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] out = p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		return new String(out, StandardCharsets.UTF_8);
	}

	private static String host() {
		return "127.0.0.1:" + sandbox.port(); //$NON-NLS-1$
	}

	@Test
	void settingsPoliciesAndAccessRoundTrip() throws Exception {
		PrinterPropertiesDialog dialog = openDialog("office"); //$NON-NLS-1$
		Shell d = dialog.getShell();
		Widgets.after(d, Messages.Settings_description, Text.class).setText("Office laser, duplex"); //$NON-NLS-1$
		Widgets.after(d, Messages.Settings_location, Text.class).setText("Floor 3, room 301"); //$NON-NLS-1$

		show(dialog, PoliciesPage.class);
		Widgets.click(Widgets.button(d, Messages.Policies_accepting));
		Combo errorPolicy = Widgets.after(d, Messages.Policies_errorPolicy, Combo.class);
		errorPolicy.setText(Messages.Policies_abortJob);
		errorPolicy.notifyListeners(SWT.Selection, new Event());
		Combo start = Widgets.after(d, Messages.Policies_startBanner, Combo.class);
		start.select(start.indexOf("standard")); //$NON-NLS-1$
		assertTrue(Widgets.after(d, Messages.Policies_opPolicy, Combo.class).getText().equals("default")); //$NON-NLS-1$
		Screenshots.save(d, "properties-policies.png"); //$NON-NLS-1$

		show(dialog, AccessControlPage.class);
		Widgets.click(Widgets.button(d, Messages.Access_allow));
		Widgets.button(d, Messages.Access_deny).setSelection(false); // a click on a radio button does that
		Text user = Widgets.after(d, Messages.Access_user, Text.class);
		for (String name : List.of("alice", "@staff")) { //$NON-NLS-1$ //$NON-NLS-2$
			user.setText(name);
			Widgets.click(Widgets.button(d, Messages.Access_add));
		}
		assertEquals(List.of("alice", "@staff"), dialog.getPage(AccessControlPage.class).names()); //$NON-NLS-1$ //$NON-NLS-2$

		List<PropertiesSave.Failure> failures = okAndSave(dialog);
		assertEquals(List.of(), failures);
		assertEquals(List.of(Messages.Field_description, Messages.Field_location, Messages.Field_accepting,
				Messages.Field_errorPolicy, Messages.Field_banners, Messages.Field_access),
				dialog.getChanges().stream().map(PrinterChange::label).toList(), "one change per edited field");

		Printer after = connection.getPrinterAttributes("office", null, null); //$NON-NLS-1$
		assertEquals("Office laser, duplex", after.info()); //$NON-NLS-1$
		assertEquals("Floor 3, room 301", after.location()); //$NON-NLS-1$
		assertFalse(after.acceptingJobs());
		assertEquals("abort-job", after.errorPolicy()); //$NON-NLS-1$
		assertEquals(List.of("standard", "none"), after.attributes().get("job-sheets-default").stringValues()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String lpstat = tool("lpstat", "-h", host(), "-l", "-p", "office"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(lpstat.contains("Description: Office laser, duplex"), lpstat); //$NON-NLS-1$
		assertTrue(lpstat.contains("Location: Floor 3, room 301"), lpstat); //$NON-NLS-1$
		assertTrue(lpstat.matches("(?s).*Users allowed:\\s+@staff\\s+alice\\s.*"), lpstat); //$NON-NLS-1$
		assertTrue(lpstat.contains("Banner required"), lpstat); //$NON-NLS-1$
		String accepting = tool("lpstat", "-h", host(), "-a", "office"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(accepting.contains("not accepting"), accepting); //$NON-NLS-1$

		// opened again, the pages show what the server now has
		PrinterPropertiesDialog again = openDialog("office"); //$NON-NLS-1$
		show(again, PoliciesPage.class);
		assertFalse(Widgets.button(again.getShell(), Messages.Policies_accepting).getSelection());
		show(again, AccessControlPage.class);
		assertTrue(Widgets.button(again.getShell(), Messages.Access_allow).getSelection());
		assertEquals(List.of("@staff", "alice"), again.getPage(AccessControlPage.class).names()); //$NON-NLS-1$ //$NON-NLS-2$
		Screenshots.save(again.getShell(), "properties-access.png"); //$NON-NLS-1$
		again.close();
	}

	@Test
	void duplexIsUnavailableWithoutTheDuplexerAndOptionsSaveAsPpdDefaults() throws Exception {
		PrinterPropertiesDialog dialog = openDialog("options"); //$NON-NLS-1$
		Shell d = dialog.getShell();
		PrinterOptionsPage page = show(dialog, PrinterOptionsPage.class);
		Combo duplexer = Widgets.tagged(d, PpdOption.class.getName(), "Option1", Combo.class); //$NON-NLS-1$
		Combo duplex = Widgets.tagged(d, PpdOption.class.getName(), "Duplex", Combo.class); //$NON-NLS-1$
		List<Combo> combos = Widgets.all(d, Combo.class);
		assertTrue(combos.indexOf(duplexer) < combos.indexOf(duplex), "installable options first");
		assertEquals("Off (1-Sided)", duplex.getItem(0)); //$NON-NLS-1$
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.Options_unavailableChoice, "Long-Edge (Portrait)"), //$NON-NLS-1$
				duplex.getItem(1));
		String why = org.eclipse.osgi.util.NLS.bind(Messages.Options_unavailable,
				"Long-Edge (Portrait), Short-Edge (Landscape)", //$NON-NLS-1$
				org.eclipse.osgi.util.NLS.bind(Messages.Options_term, "Duplexer", "Not Installed")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Widgets.shows(d, why), () -> Widgets.texts(d).toString());
		Screenshots.save(d, "properties-options.png"); //$NON-NLS-1$

		// choosing Duplex anyway: a conflict, explained, and OK disabled until the duplexer is installed
		duplex.select(1);
		duplex.notifyListeners(SWT.Selection, new Event());
		assertFalse(page.isValid());
		assertNotNull(page.getErrorMessage());
		assertTrue(page.getErrorMessage().contains("Duplexer"), page.getErrorMessage()); //$NON-NLS-1$
		assertFalse(d.getDefaultButton().isEnabled(), "OK is disabled while options conflict");
		duplexer.select(duplexer.indexOf("Installed")); //$NON-NLS-1$
		duplexer.notifyListeners(SWT.Selection, new Event());
		assertTrue(page.isValid());
		assertEquals("Long-Edge (Portrait)", duplex.getItem(1)); //$NON-NLS-1$
		assertEquals("Long-Edge (Portrait)", duplex.getText()); //$NON-NLS-1$

		assertEquals(List.of(), okAndSave(dialog));
		String lpoptions = tool("lpoptions", "-h", host(), "-p", "options", "-l"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(lpoptions.contains("Option1/Duplexer: False *True"), lpoptions); //$NON-NLS-1$
		assertTrue(lpoptions.contains("Duplex/2-Sided Printing: None *DuplexNoTumble DuplexTumble"), lpoptions); //$NON-NLS-1$
		assertEquals("True", PropertiesHandler.fetch(connection, "options", null).ppd().defaults().get("Option1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void jobOptionsShowWhatThePrinterSupportsAndResetToItsDefault() throws Exception {
		PrinterPropertiesDialog dialog = openDialog("jobopts"); //$NON-NLS-1$
		Shell d = dialog.getShell();
		JobOptionsPage page = show(dialog, JobOptionsPage.class);
		List<String> shown = page.getShownOptions();
		assertTrue(shown.containsAll(List.of("copies-default", "orientation-requested-default", "number-up-default", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"sides-default", "media-default", "job-priority-default", "job-hold-until-default")), shown::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertFalse(shown.contains("media-type-default"), "the sample driver has no media types"); //$NON-NLS-1$
		Spinner copies = Widgets.after(d, Messages.Job_copies, Spinner.class);
		copies.setSelection(4);
		copies.notifyListeners(SWT.Modify, new Event());
		Combo orientation = Widgets.after(d, Messages.Job_orientation, Combo.class);
		orientation.select(orientation.indexOf(Messages.Value_landscape));
		orientation.notifyListeners(SWT.Selection, new Event());
		Screenshots.save(d, "properties-job-options.png"); //$NON-NLS-1$
		assertEquals(List.of(), okAndSave(dialog));
		String options = tool("lpoptions", "-h", host(), "-p", "jobopts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(options.contains("copies=4") && options.contains("orientation-requested=4"), options); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4, connection.getPrinterAttributes("jobopts", null, null).copiesDefault()); //$NON-NLS-1$

		PrinterPropertiesDialog again = openDialog("jobopts"); //$NON-NLS-1$
		show(again, JobOptionsPage.class);
		assertEquals(4, Widgets.after(again.getShell(), Messages.Job_copies, Spinner.class).getSelection());
		Button reset = Widgets.tagged(again.getShell(), "org.cupola.ui.internal.properties.JobOptionsPage$Spec", //$NON-NLS-1$
				"copies-default", Button.class); //$NON-NLS-1$
		Widgets.click(reset);
		assertFalse(Widgets.after(again.getShell(), Messages.Job_copies, Spinner.class).isEnabled());
		assertEquals(List.of(), okAndSave(again));
		options = tool("lpoptions", "-h", host(), "-p", "jobopts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertFalse(options.contains("copies=4"), options); //$NON-NLS-1$
		assertTrue(options.contains("orientation-requested=4"), options); //$NON-NLS-1$
		assertEquals(1, connection.getPrinterAttributes("jobopts", null, null).copiesDefault()); //$NON-NLS-1$
	}

	@Test
	void eachFailedFieldIsReportedWithItsReasonAndTheOthersAreSaved() throws Exception {
		PropertiesInput input = PropertiesHandler.fetch(connection, "faults", null); //$NON-NLS-1$
		List<PrinterChange> changes = new ArrayList<>();
		changes.add(input.change(Messages.Field_opPolicy, QueueAttributes.operationPolicy("no-such-policy"))); //$NON-NLS-1$
		changes.add(input.change(Messages.Field_location,
				QueueSetting.text("printer-location", "Saved despite the others"))); //$NON-NLS-1$ //$NON-NLS-2$
		changes.add(input.change(Messages.Field_deviceUri, QueueSetting.uri("device-uri", "nosuchbackend:/x"))); //$NON-NLS-1$ //$NON-NLS-2$
		List<PropertiesSave.Failure> failures = save("faults", changes); //$NON-NLS-1$
		assertEquals(List.of(Messages.Field_opPolicy, Messages.Field_deviceUri),
				failures.stream().map(PropertiesSave.Failure::label).toList());
		assertTrue(failures.get(0).reason().contains("no-such-policy"), failures.get(0).reason()); //$NON-NLS-1$
		assertTrue(failures.get(1).reason().contains("nosuchbackend"), failures.get(1).reason()); //$NON-NLS-1$
		assertEquals("Saved despite the others", //$NON-NLS-1$
				connection.getPrinterAttributes("faults", null, null).location()); //$NON-NLS-1$

		ErrorDialog dialog = PropertiesSave.failureDialog(shell, connection, "faults", failures); //$NON-NLS-1$
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell d = dialog.getShell();
			assertTrue(Widgets.shows(d, Messages.Field_opPolicy + ": "), () -> Widgets.texts(d).toString()); //$NON-NLS-1$
			assertTrue(Widgets.shows(d, "no-such-policy"), () -> Widgets.texts(d).toString()); //$NON-NLS-1$
			assertTrue(Widgets.shows(d, Messages.Field_deviceUri + ": "), () -> Widgets.texts(d).toString()); //$NON-NLS-1$
			assertFalse(Widgets.shows(d, Messages.Field_location + ": "), "a saved field is not reported"); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}

	/** A class's Properties has the Members page (and no PPD pages); OK there changes its members on the server. */
	@Test
	void aClassHasAMembersPageThatChangesItsMembers() throws Exception {
		connection.admin().addModifyClass("team", new ClassSettings("Team", null, List.of("office", "options")), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		PrinterPropertiesDialog dialog = openDialog("team"); //$NON-NLS-1$
		try {
			assertNull(dialog.getPage(PrinterOptionsPage.class), "a class has no PPD of its own");
			ClassMembersPage page = show(dialog, ClassMembersPage.class);
			QueueChecklist list = page.getMemberList();
			assertEquals(List.of("office", "options"), list.getChecked().stream().sorted().toList()); //$NON-NLS-1$ //$NON-NLS-2$
			list.setChecked("jobopts", true); //$NON-NLS-1$
			assertEquals(List.of(), okAndSave(dialog));
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
		}
		assertEquals(List.of("jobopts", "office", "options"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				connection.admin().getClassMembers("team", null).stream().sorted().toList()); //$NON-NLS-1$
		String lpstat = tool("lpstat", "-h", host(), "-c", "team"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(lpstat.contains("jobopts"), lpstat); //$NON-NLS-1$
	}

	@Test
	void maintenanceCommandsWhereSupportedRefreshAndChangeDriver() throws Exception {
		PrinterPropertiesDialog plain = openDialog("office"); //$NON-NLS-1$
		assertFalse(Widgets.button(plain.getShell(), Messages.Settings_selfTest).isEnabled(),
				"the sample driver offers no self-test page");
		assertFalse(Widgets.button(plain.getShell(), Messages.Settings_clean).isEnabled());
		assertTrue(Widgets.button(plain.getShell(), Messages.Settings_testPage).isEnabled());
		plain.close();

		// a PPD that declares the commands (and passes command files to the backend)
		String ppd = connection.getPpd("maint", null).replaceFirst("(?m)^(\\*cupsFilter: .*)$", //$NON-NLS-1$ //$NON-NLS-2$
				"$1\n*cupsFilter: \"application/vnd.cups-command 0 -\"\n*cupsCommands: \"Clean PrintSelfTestPage ReportLevels\""); //$NON-NLS-1$
		connection.admin().uploadPpd("maint", ppd.getBytes(StandardCharsets.UTF_8), null); //$NON-NLS-1$
		PrinterPropertiesDialog dialog = openDialog("maint"); //$NON-NLS-1$
		Shell d = dialog.getShell();
		Button selfTest = Widgets.button(d, Messages.Settings_selfTest);
		assertTrue(selfTest.isEnabled());
		assertTrue(Widgets.button(d, Messages.Settings_clean).isEnabled());
		Widgets.click(selfTest);
		UiWait.until(display, 30_000, () -> Widgets.texts(d).stream().anyMatch(t -> t.startsWith("Self-test page requested as job"))); //$NON-NLS-1$
		assertEquals("application/vnd.cups-command", connection.getJobs("maint", org.cupola.ipp.WhichJobs.ALL, false, 0, //$NON-NLS-1$ //$NON-NLS-2$
				List.of("job-id", "document-format"), null).get(0).attributes().getString("document-format")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		org.cupola.ui.internal.properties.SupplyLevelsPage supplies = show(dialog,
				org.cupola.ui.internal.properties.SupplyLevelsPage.class);
		Widgets.click(Widgets.button(d, "&Refresh")); //$NON-NLS-1$
		UiWait.until(display, 30_000, () -> supplies.getRefreshJob().result().isDone());
		Throwable refreshError = supplies.getRefreshJob().result().handle((v, e) -> e).join();
		assertEquals(null, refreshError, () -> String.valueOf(refreshError));

		// Change Driver...: the server's list, loaded in a job, then sent with the other changes on OK
		org.cupola.ui.internal.properties.ChangeDriverDialog drivers = new org.cupola.ui.internal.properties.ChangeDriverDialog(
				d, connection);
		drivers.setBlockOnOpen(false);
		drivers.open();
		// listed once the job's result reached the UI thread
		UiWait.until(display, 60_000, () -> drivers.choose("drv:///sample.drv/deskjet.ppd")); //$NON-NLS-1$
		Widgets.click(Widgets.button(drivers.getShell(), IDialogConstants.OK_LABEL));
		SettingsPage settings = dialog.getPage(SettingsPage.class);
		settings.setNewDriver(drivers.getChoice());
		show(dialog, SettingsPage.class);
		assertEquals("HP DeskJet Series", Widgets.after(d, Messages.Settings_driver, Text.class).getText()); //$NON-NLS-1$
		assertEquals(List.of(), okAndSave(dialog));
		assertEquals(List.of(Messages.Field_driver), dialog.getChanges().stream().map(PrinterChange::label).toList());
		assertEquals("HP DeskJet Series", connection.getPrinterAttributes("maint", null, null).makeAndModel()); //$NON-NLS-1$ //$NON-NLS-2$
		String options = tool("lpoptions", "-h", host(), "-p", "maint"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(options.contains("printer-make-and-model='HP DeskJet Series'"), options); //$NON-NLS-1$

		// a PPD file from disk is uploaded as it is
		PrinterPropertiesDialog fromFile = openDialog("maint"); //$NON-NLS-1$
		fromFile.getPage(SettingsPage.class).setNewDriver(new org.cupola.ui.internal.properties.DriverChoice(null,
				"pcl.ppd", ppd.replace("*NickName: \"", "*NickName: \"Uploaded ").getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(), okAndSave(fromFile));
		assertTrue(connection.getPpd("maint", null).contains("*NickName: \"Uploaded "), "the uploaded file is the queue's PPD"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A key pressed and released through the X server (XTEST), as a keyboard sends it. */
	private void key(int keyCode) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event e = new Event();
			e.type = type;
			e.keyCode = keyCode;
			assertTrue(display.post(e));
		}
	}

	@Test
	void everyPageIsReachedWithTheKeyboardAndHasUniqueMnemonics() throws Exception {
		PrinterPropertiesDialog dialog = openDialog("office"); //$NON-NLS-1$
		Shell d = dialog.getShell();
		Tree tree = Widgets.all(d, Tree.class).get(0);
		d.forceActive();
		UiWait.until(display, 10_000, () -> display.getActiveShell() == d);
		tree.setFocus();
		UiWait.until(display, 10_000, tree::isFocusControl);
		// let the X server's focus reach the toplevel before typing (as a user's first key press comes later)
		long settled = System.currentTimeMillis() + 1000;
		UiWait.until(display, 5_000, () -> System.currentTimeMillis() >= settled);
		List<PrinterPropertyPage> pages = dialog.getPages();
		assertEquals(pages.get(0), dialog.getShownPage());
		key(SWT.HOME); // the tree's cursor on its first row, where the selection is
		List<String> problems = new ArrayList<>();
		for (int i = 1; i < pages.size(); i++) {
			key(SWT.ARROW_DOWN);
			PrinterPropertyPage expected = pages.get(i);
			try {
				UiWait.until(display, 10_000, () -> dialog.getShownPage() == expected);
			} catch (AssertionError e) {
				throw new AssertionError("Arrow Down " + i + " times: " + dialog.getShownPage().getTitle() //$NON-NLS-1$ //$NON-NLS-2$
						+ " shown, focus on " + display.getFocusControl() + ", tree selection " //$NON-NLS-1$ //$NON-NLS-2$
						+ java.util.Arrays.toString(tree.getSelection()), e);
			}
			KeyboardTest.check(expected.getTitle(), d, (Composite) expected.getControl(), problems);
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems)); //$NON-NLS-1$
		assertTrue(dialog.getPage(SettingsPage.class) != null);
		KeyboardTest.pressEscape(display, d);
		assertTrue(d.isDisposed(), "Escape closes Printer Properties");
		Job.getJobManager().join(CupsJob.familyOf(connection.server()), null);
	}
}
