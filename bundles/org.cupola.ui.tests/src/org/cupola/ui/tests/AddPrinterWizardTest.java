package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.internal.wizards.AddPrinterWizard;
import org.cupola.ui.internal.wizards.DevicePage;
import org.cupola.ipp.QueueNames;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Add Printer wizard in a plain {@link WizardDialog} against the private cupsd, driven as a user would while the
 * event loop runs: devices stream into the table, the URI field works before the search ends, the driver list loads
 * in the background, Finish creates a queue that is enabled and accepting, failures keep the wizard open, and
 * Cancel Search or closing the wizard cancels the jobs.
 */
class AddPrinterWizardTest {

	private static final String GENERIC_PDF = "lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd";

	private Display display;
	private Shell shell;
	private CupsSandbox sandbox;
	private CupsConnection connection;
	private CupsConnection admin;
	private final List<String> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		shell = new Shell(display);
		sandbox = CupsSandbox.shared();
		connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null);
		connection.setCredentials(sandbox.adminCredentials());
		admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null);
		admin.setCredentials(sandbox.adminCredentials());
	}

	@AfterEach
	void tearDown() throws Exception {
		shell.dispose();
		for (String name : created) {
			try {
				admin.deletePrinter(name, null);
			} catch (IppStatusException e) {
				// never created
			}
		}
		// closing the connections waits for exchanges in flight: never on the UI thread in the product
		connection.close();
		admin.close();
	}

	private WizardDialog open(AddPrinterWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** The dialog button with this id (Dialog stores it as the button's data). */
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

	private static void click(Button b) {
		assertTrue(b.isEnabled(), "button enabled: " + b.getText());
		b.notifyListeners(SWT.Selection, null);
	}

	private static Device fakeDevice(AddPrinterWizard wizard) {
		for (TableItem item : wizard.getDevicePage().getViewer().getTable().getItems()) {
			if (item.getData() instanceof Device d && "sandbox:/fake".equals(d.uri())) {
				return d;
			}
		}
		return null;
	}

	private Printer queue(String name) throws Exception {
		return admin.getPrinterAttributes(name, null, null);
	}

	@Test
	void devicesStreamInAndAQueueIsAddedWithAPpdFromTheList() throws Exception {
		AddPrinterWizard wizard = new AddPrinterWizard(connection);
		AtomicReference<String> added = new AtomicReference<>();
		wizard.setOnAdded(added::set);
		WizardDialog dialog = open(wizard);
		Shell dialogShell = dialog.getShell();
		DevicePage devices = wizard.getDevicePage();
		assertNotNull(devices.getSearchJob(), "the search starts when the page shows");
		assertFalse(button(dialogShell, IDialogConstants.NEXT_ID).isEnabled(), "no device yet");

		// the sandbox backend's device appears while the event loop runs (the search goes on: network pass)
		UiWait.until(display, 30_000, () -> fakeDevice(wizard) != null);
		assertTrue(devices.getStatusText().matches(".*\\d+.*"), devices.getStatusText());
		Device fake = fakeDevice(wizard);
		devices.getViewer().setSelection(new StructuredSelection(fake), true);
		assertEquals("sandbox:/fake", devices.getUriText().getText());
		click(button(dialogShell, IDialogConstants.NEXT_ID));

		// page 2: not an ipp device, so a PPD is expected; the list loads in a job
		assertEquals(wizard.getDriverPage(), dialog.getCurrentPage());
		assertNotNull(wizard.getDriverPage().getLoadJob());
		UiWait.until(display, 30_000, () -> !wizard.getDriverPage().getDrivers().isEmpty());
		assertFalse(button(dialogShell, IDialogConstants.NEXT_ID).isEnabled(), "no driver chosen yet");
		wizard.getDriverPage().getFilter().setText("generic pdf");
		assertTrue(wizard.getDriverPage().getShownDrivers().size() < wizard.getDriverPage().getDrivers().size());
		assertTrue(wizard.getDriverPage().choosePpd(GENERIC_PDF), "Generic PDF listed");
		assertEquals(GENERIC_PDF, wizard.getDriverPage().getPpdName());
		click(button(dialogShell, IDialogConstants.NEXT_ID));

		// page 3: the name is proposed from the device and checked
		assertEquals(wizard.getDescribePage(), dialog.getCurrentPage());
		assertFalse(wizard.getDescribePage().getQueueName().isEmpty());
		wizard.getDescribePage().getNameText().setText("null"); // exists
		UiWait.until(display, 10_000, () -> !wizard.getDescribePage().getExistingNames().isEmpty());
		assertFalse(wizard.getDescribePage().isPageComplete(), "an existing name is refused");
		assertFalse(button(dialogShell, IDialogConstants.FINISH_ID).isEnabled());
		wizard.getDescribePage().getNameText().setText("bad name");
		assertNotNull(wizard.getDescribePage().getErrorMessage());
		String name = "cupola-wizard-ppd";
		created.add(name);
		wizard.getDescribePage().getNameText().setText(name);
		wizard.getDescribePage().getLocationText().setText("Lab 3");
		assertNull(wizard.getDescribePage().getErrorMessage());
		click(button(dialogShell, IDialogConstants.FINISH_ID));

		// Finish runs as a job: the dialog stays open and responsive until it has succeeded, then closes
		assertNotNull(wizard.getFinishJob());
		assertFalse(dialogShell.isDisposed(), "Finish returns at once");
		UiWait.until(display, 60_000, dialogShell::isDisposed);
		assertEquals(name, added.get());
		Printer p = queue(name);
		assertEquals("sandbox:/fake", p.deviceUri());
		assertEquals(fake.info(), p.info(), "description from the device");
		assertEquals("Lab 3", p.location());
		assertTrue(p.acceptingJobs(), "accepting");
		assertEquals(Printer.State.IDLE, p.state(), "enabled");
		UiWait.until(display, 10_000, () -> wizard.getRunningJobs().isEmpty());
	}

	@Test
	void aTypedIppUriIsUsableAtOnceAndDefaultsToIppEverywhere() throws Exception {
		AddPrinterWizard wizard = new AddPrinterWizard(connection);
		WizardDialog dialog = open(wizard);
		Shell dialogShell = dialog.getShell();
		CupsJob<Integer> search = wizard.getDevicePage().getSearchJob();
		// no waiting for the search
		wizard.getDevicePage().getUriText().setText(sandbox.ippEverywhereUri());
		assertEquals(Job.RUNNING, waitRunning(search), "the search still runs");
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		assertEquals(AddPrinterWizard.EVERYWHERE, wizard.getDriverPage().getPpdName(), "ipp: defaults to everywhere");
		assertTrue(wizard.getDriverPage().isPageComplete());
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		String name = "cupola-wizard-everywhere";
		created.add(name);
		wizard.getDescribePage().getNameText().setText(name);
		wizard.getDescribePage().getInfoText().setText("Everywhere from the wizard");
		click(button(dialogShell, IDialogConstants.FINISH_ID));
		// Back still works while Finish runs
		assertTrue(button(dialogShell, IDialogConstants.BACK_ID).isEnabled());
		UiWait.until(display, 60_000, dialogShell::isDisposed);
		Printer p = queue(name);
		assertEquals(sandbox.ippEverywhereUri(), p.deviceUri());
		assertTrue(p.acceptingJobs());
		assertEquals(Printer.State.IDLE, p.state());
		// closing the wizard cancelled the search that was still running
		UiWait.until(display, 10_000, () -> search.result().isDone());
		assertTrue(search.result().isCancelled() || !search.result().isCompletedExceptionally());
	}

	private int waitRunning(CupsJob<?> job) {
		UiWait.until(display, 10_000, () -> job.getState() == Job.RUNNING || job.result().isDone());
		return job.getState();
	}

	@Test
	void aFailedFinishKeepsTheWizardOpenWithTheError() {
		AddPrinterWizard wizard = new AddPrinterWizard(connection);
		WizardDialog dialog = open(wizard);
		Shell dialogShell = dialog.getShell();
		wizard.getDevicePage().getUriText().setText("nosuchbackend://nowhere");
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		UiWait.until(display, 30_000, () -> !wizard.getDriverPage().getDrivers().isEmpty());
		assertTrue(wizard.getDriverPage().choosePpd(GENERIC_PDF));
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		String name = "cupola-wizard-fails";
		created.add(name);
		wizard.getDescribePage().getNameText().setText(name);
		click(button(dialogShell, IDialogConstants.FINISH_ID));
		assertFalse(button(dialogShell, IDialogConstants.FINISH_ID).isEnabled(), "no second Finish while one runs");
		UiWait.until(display, 60_000, () -> wizard.getFinishJob() == null);
		assertFalse(dialogShell.isDisposed(), "the wizard stays open");
		String error = wizard.getDescribePage().getErrorMessage();
		assertNotNull(error);
		assertTrue(error.contains("nosuchbackend") || error.toLowerCase().contains("device"), error);
		assertTrue(button(dialogShell, IDialogConstants.FINISH_ID).isEnabled(), "Finish may be tried again");
		// the user fixes the device and tries again
		click(button(dialogShell, IDialogConstants.BACK_ID));
		click(button(dialogShell, IDialogConstants.BACK_ID));
		wizard.getDevicePage().getUriText().setText("file:/dev/null");
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		click(button(dialogShell, IDialogConstants.FINISH_ID));
		UiWait.until(display, 60_000, dialogShell::isDisposed);
		assertTrue(wizard.isSucceeded());
	}

	@Test
	void cancelSearchCancelsTheJobAndClosingTheWizardCancelsTheRest() {
		AddPrinterWizard wizard = new AddPrinterWizard(connection);
		WizardDialog dialog = open(wizard);
		DevicePage page = wizard.getDevicePage();
		CupsJob<Integer> search = page.getSearchJob();
		waitRunning(search);
		assertTrue(page.getCancelSearchButton().isEnabled());
		click(page.getCancelSearchButton());
		UiWait.until(display, 5_000, () -> search.result().isDone());
		assertTrue(search.result().isCancelled(), "cancelled, not failed or finished");
		UiWait.until(display, 5_000, () -> page.getStatusText().toLowerCase().contains("cancel"));
		assertFalse(page.getCancelSearchButton().isEnabled());

		click(page.getSearchAgainButton());
		CupsJob<Integer> again = page.getSearchJob();
		assertTrue(again != search);
		waitRunning(again);
		dialog.close();
		UiWait.until(display, 5_000, () -> again.result().isDone());
		assertTrue(again.result().isCancelled(), "closing the wizard cancels its jobs");
		assertTrue(wizard.getRunningJobs().isEmpty());
	}

	@Test
	void queueNamesFollowTheCupsRules() {
		List<String> existing = List.of("Office", "null");
		assertNull(QueueNames.problem("Office-2", existing));
		assertNotNull(QueueNames.problem("office", existing), "names are case-insensitive");
		assertNotNull(QueueNames.problem("", existing));
		for (String bad : List.of("a b", "a/b", "a#b", "a\\b", "a?b", "a'b", "a\"b", "a@b", "a\tb", "a\u007fb")) {
			assertNotNull(QueueNames.problem(bad, existing), bad);
		}
		assertNull(QueueNames.problem("x".repeat(127), existing));
		assertNotNull(QueueNames.problem("x".repeat(128), existing));
		assertNotNull(QueueNames.problem("\u00e9".repeat(64), existing), "128 bytes in UTF-8");
		assertNull(QueueNames.problem("Bureau-\u00e9tage", existing), "printable non-ASCII is allowed");
		assertEquals("HP-LaserJet-4000", QueueNames.suggest("HP LaserJet 4000", existing));
		assertEquals("Office-2", QueueNames.suggest("Office", existing));
		assertEquals("printer", QueueNames.suggest("  ", existing));
		assertNull(QueueNames.problem(QueueNames.suggest("a/b #c?", existing), existing));
		assertTrue(DevicePage.isValidUri("file:/dev/null"));
		assertTrue(DevicePage.isValidUri("socket://198.18.0.5:9100"));
		assertFalse(DevicePage.isValidUri("socket://"));
		assertFalse(DevicePage.isValidUri("no uri"));
	}
}
