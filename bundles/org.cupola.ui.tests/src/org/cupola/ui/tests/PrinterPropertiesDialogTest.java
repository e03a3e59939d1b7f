package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Widgets;
import org.cupola.ui.internal.properties.Messages;
import org.cupola.ui.internal.properties.PrinterPropertiesDialog;
import org.cupola.ui.internal.server.ServerSettingsDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PrinterPropertiesDialog} returns exactly the changed fields and shows the supply levels;
 * {@link ServerSettingsDialog} returns the edited settings. Both are driven as a user would, without a workbench.
 */
class PrinterPropertiesDialogTest {

	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private static Printer printer() {
		return new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-name", IppTag.NAME, "office") //$NON-NLS-1$
				.add("printer-info", IppTag.TEXT, "Office laser")
				.add("printer-location", IppTag.TEXT, "2nd floor")
				.add("device-uri", IppTag.URI, "socket://198.18.0.5")
				.add("printer-make-and-model", IppTag.TEXT, "Acme LaserJet 9000")
				.add("printer-is-shared", IppTag.BOOLEAN, Boolean.FALSE)
				.add("printer-error-policy", IppTag.NAME, "stop-printer")
				.add("copies-default", IppTag.INTEGER, Integer.valueOf(2))
				.add("sides-default", IppTag.KEYWORD, "two-sided-long-edge")
				.add("media-default", IppTag.KEYWORD, "iso_a4_210x297mm")
				.add("print-quality-default", IppTag.ENUM, Integer.valueOf(5))
				.add("marker-names", IppTag.NAME, "Black Toner", "Cyan Toner", "Waste")
				.add("marker-levels", IppTag.INTEGER, Integer.valueOf(80), Integer.valueOf(15), Integer.valueOf(-2))
				.add("marker-colors", IppTag.NAME, "#000000", "#00FFFF", "none")
				.add("marker-types", IppTag.KEYWORD, "toner", "toner", "waste-toner").build());
	}

	private PrinterPropertiesDialog openDialog(Printer printer) {
		PrinterPropertiesDialog dialog = new PrinterPropertiesDialog(shell, printer);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Test
	void returnsExactlyTheChangedFields() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Shell d = dialog.getShell();
		Text description = Widgets.after(d, Messages.Properties_description, Text.class);
		assertEquals("Office laser", description.getText());
		assertEquals("2nd floor", Widgets.after(d, Messages.Properties_location, Text.class).getText());
		Text driver = Widgets.after(d, Messages.Properties_driver, Text.class);
		assertEquals("Acme LaserJet 9000", driver.getText());
		assertFalse(driver.getEditable(), "the driver is read-only");
		description.setText("Office laser (duplex)");
		Widgets.click(Widgets.button(d, Messages.Properties_shared));
		Combo policy = Widgets.after(d, Messages.Properties_errorPolicy, Combo.class);
		assertEquals(Messages.Properties_policy_stopPrinter, policy.getText());
		policy.select(PrinterPropertiesDialog.ERROR_POLICIES.indexOf("abort-job"));
		Widgets.click(Widgets.button(d, IDialogConstants.OK_LABEL));

		assertEquals(Window.OK, dialog.getReturnCode());
		assertTrue(d.isDisposed());
		assertEquals(PrinterSettings.builder().info("Office laser (duplex)").shared(Boolean.TRUE)
				.errorPolicy("abort-job").build(), dialog.getChanges());
		assertTrue(dialog.hasChanges());
	}

	@Test
	void noChangesGiveEmptySettings() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Text location = Widgets.after(dialog.getShell(), Messages.Properties_location, Text.class);
		location.setText("2nd floor  "); // only blanks added
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
		assertEquals(Window.OK, dialog.getReturnCode());
		assertFalse(dialog.hasChanges());
		assertEquals(PrinterSettings.builder().build(), dialog.getChanges());
	}

	@Test
	void cancelDiscardsTheEdits() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Widgets.after(dialog.getShell(), Messages.Properties_location, Text.class).setText("Basement");
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.CANCEL_LABEL));
		assertEquals(Window.CANCEL, dialog.getReturnCode());
		assertFalse(dialog.hasChanges());
	}

	@Test
	void showsDefaultsAndMarkerBars() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Shell d = dialog.getShell();
		List<ProgressBar> bars = Widgets.all(d, ProgressBar.class);
		assertEquals(List.of(80, 15, 0), bars.stream().map(ProgressBar::getSelection).toList());
		List<String> labels = Widgets.all(d, Label.class).stream().map(Label::getText).toList();
		assertTrue(labels.contains("Black Toner (toner)"), labels.toString());
		assertTrue(labels.contains("80%"), labels.toString());
		assertTrue(labels.contains(Messages.Properties_markerUnknown), labels.toString());
		assertEquals("2", Widgets.after(d, Messages.Properties_copies, Label.class).getText());
		assertEquals("two-sided-long-edge", Widgets.after(d, Messages.Properties_sides, Label.class).getText());
		assertEquals("iso_a4_210x297mm", Widgets.after(d, Messages.Properties_media, Label.class).getText());
		assertEquals(Messages.Properties_quality_high,
				Widgets.after(d, Messages.Properties_quality, Label.class).getText());
		dialog.close();
	}

	@Test
	void aQueueWithoutMarkersSaysSo() {
		PrinterPropertiesDialog dialog = openDialog(new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-name", IppTag.NAME, "bare").build()));
		assertTrue(Widgets.all(dialog.getShell(), ProgressBar.class).isEmpty());
		assertTrue(Widgets.all(dialog.getShell(), Label.class).stream()
				.anyMatch(l -> Messages.Properties_noMarkers.equals(l.getText())));
		Combo policy = Widgets.after(dialog.getShell(), Messages.Properties_errorPolicy, Combo.class);
		assertEquals(-1, policy.getSelectionIndex(), "no policy reported: none selected");
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
		assertFalse(dialog.hasChanges());
	}

	/** The real thing: all attributes of a sandbox queue, a change saved with Add-Modify-Printer, then undone. */
	@Test
	void roundTripWithTheSandbox() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			Printer before = connection.getPrinterAttributes("null", null, null);
			PrinterPropertiesDialog dialog = openDialog(before);
			assertEquals(before.info(),
					Widgets.after(dialog.getShell(), Messages.Properties_description, Text.class).getText());
			Widgets.after(dialog.getShell(), Messages.Properties_location, Text.class).setText("Moved by a test");
			Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
			assertEquals(PrinterSettings.builder().location("Moved by a test").build(), dialog.getChanges());
			try {
				connection.addModifyPrinter("null", dialog.getChanges(), null);
				Printer after = connection.getPrinterAttributes("null", null, null);
				assertEquals("Moved by a test", after.location());
				assertEquals(before.info(), after.info());
				assertEquals(before.deviceUri(), after.deviceUri());
				assertEquals(before.errorPolicy(), after.errorPolicy());
				assertEquals(before.shared(), after.shared());
			} finally {
				connection.addModifyPrinter("null", PrinterSettings.builder().location(before.location()).build(),
						null);
			}
		}
	}

	@Test
	void serverSettingsDialogReturnsTheEditedSettings() {
		CupsdConf.Settings initial = new CupsdConf.Settings(false, false, true, true);
		ServerSettingsDialog dialog = new ServerSettingsDialog(shell, "127.0.0.1:631", initial);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell d = dialog.getShell();
		Button debug = Widgets.button(d, org.cupola.ui.internal.server.Messages.ServerSettings_debug);
		assertTrue(debug.getSelection());
		Widgets.click(debug);
		Widgets.click(Widgets.button(d, org.cupola.ui.internal.server.Messages.ServerSettings_remoteAdmin));
		Widgets.click(Widgets.button(d, IDialogConstants.OK_LABEL));
		assertEquals(Window.OK, dialog.getReturnCode());
		assertTrue(dialog.isChanged());
		assertEquals(new CupsdConf.Settings(false, true, false, true), dialog.getSettings());
	}
}
