package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Printer;
import org.cupola.ipp.codec.IntRange;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.testing.Widgets;
import org.cupola.ui.internal.properties.JobOptionsPage;
import org.cupola.ui.internal.properties.LevelBar;
import org.cupola.ui.internal.properties.Messages;
import org.cupola.ui.internal.properties.PoliciesPage;
import org.cupola.ui.internal.properties.PrinterChange;
import org.cupola.ui.internal.properties.PrinterPropertiesDialog;
import org.cupola.ui.internal.properties.PrinterPropertyPage;
import org.cupola.ui.internal.properties.PropertiesInput;
import org.cupola.ui.internal.properties.SupplyLevelsPage;
import org.cupola.ui.internal.server.ServerSettingsDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PrinterPropertiesDialog} returns exactly the changed fields and shows the job defaults and supply levels
 * (the round trip with a real cupsd is {@link PrinterPropertiesPagesTest}); {@link ServerSettingsDialog} returns the
 * edited settings. Both are driven as a user would, without a workbench.
 */
class PrinterPropertiesDialogTest {

	private Display display;
	private Shell shell;
	private CupsConnection connection;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		// never used for I/O by these tests: the dialog only reads what it is given
		connection = new CupsConnection(new CupsServer(false, "127.0.0.1", 631), null, null);
	}

	@AfterEach
	void close() {
		shell.dispose();
		connection.close();
	}

	private static Printer printer() {
		return new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-name", IppTag.NAME, "office") //$NON-NLS-1$
				.add("printer-info", IppTag.TEXT, "Office laser")
				.add("printer-location", IppTag.TEXT, "2nd floor")
				.add("device-uri", IppTag.URI, "socket://198.18.0.5")
				.add("printer-make-and-model", IppTag.TEXT, "Acme LaserJet 9000")
				.add("printer-is-shared", IppTag.BOOLEAN, Boolean.FALSE)
				.add("printer-is-accepting-jobs", IppTag.BOOLEAN, Boolean.TRUE)
				.add("printer-state", IppTag.ENUM, Integer.valueOf(3))
				.add("printer-error-policy", IppTag.NAME, "stop-printer")
				.add("copies-default", IppTag.INTEGER, Integer.valueOf(2))
				.add("copies-supported", IppTag.RANGE_OF_INTEGER, new IntRange(1, 99))
				.add("sides-default", IppTag.KEYWORD, "two-sided-long-edge")
				.add("sides-supported", IppTag.KEYWORD, "one-sided", "two-sided-long-edge")
				.add("media-default", IppTag.KEYWORD, "iso_a4_210x297mm")
				.add("media-supported", IppTag.KEYWORD, "na_letter_8.5x11in", "iso_a4_210x297mm")
				.add("print-quality-default", IppTag.ENUM, Integer.valueOf(5))
				.add("print-quality-supported", IppTag.ENUM, Integer.valueOf(4), Integer.valueOf(5))
				.add("marker-names", IppTag.NAME, "Black Toner", "Cyan Toner", "Waste")
				.add("marker-levels", IppTag.INTEGER, Integer.valueOf(80), Integer.valueOf(15), Integer.valueOf(-2))
				.add("marker-colors", IppTag.NAME, "#000000", "#00FFFF", "none")
				.add("marker-types", IppTag.KEYWORD, "toner", "toner", "waste-toner").build());
	}

	private PrinterPropertiesDialog openDialog(Printer printer) {
		PrinterPropertiesDialog dialog = new PrinterPropertiesDialog(shell,
				new PropertiesInput(connection, printer, null, List.of()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static List<String> labels(List<PrinterChange> changes) {
		return changes.stream().map(PrinterChange::label).toList();
	}

	private static <T extends PrinterPropertyPage> T show(PrinterPropertiesDialog dialog, Class<T> type) {
		T page = dialog.getPage(type);
		dialog.show(page);
		return page;
	}

	@Test
	void returnsExactlyTheChangedFields() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Shell d = dialog.getShell();
		Text description = Widgets.after(d, Messages.Settings_description, Text.class);
		assertEquals("Office laser", description.getText());
		assertEquals("2nd floor", Widgets.after(d, Messages.Settings_location, Text.class).getText());
		Text driver = Widgets.after(d, Messages.Settings_driver, Text.class);
		assertEquals("Acme LaserJet 9000", driver.getText());
		assertFalse(driver.getEditable(), "the driver is changed with Change Driver..., not typed");
		description.setText("Office laser (duplex)");
		show(dialog, PoliciesPage.class);
		Widgets.click(Widgets.button(d, Messages.Policies_shared));
		Combo policy = Widgets.after(d, Messages.Policies_errorPolicy, Combo.class);
		assertEquals(Messages.Policies_stopPrinter, policy.getText());
		policy.select(PoliciesPage.ERROR_POLICIES.indexOf("abort-job"));
		Widgets.click(Widgets.button(d, IDialogConstants.OK_LABEL));

		assertEquals(Window.OK, dialog.getReturnCode());
		assertTrue(d.isDisposed());
		assertEquals(List.of(Messages.Field_description, Messages.Field_shared, Messages.Field_errorPolicy),
				labels(dialog.getChanges()));
	}

	@Test
	void noChangesGiveNoChanges() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Text location = Widgets.after(dialog.getShell(), Messages.Settings_location, Text.class);
		location.setText("2nd floor  "); // only blanks added
		for (PrinterPropertyPage page : dialog.getPages()) {
			dialog.show(page); // every page built, none edited
		}
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
		assertEquals(Window.OK, dialog.getReturnCode());
		assertEquals(List.of(), dialog.getChanges());
	}

	@Test
	void cancelDiscardsTheEdits() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Widgets.after(dialog.getShell(), Messages.Settings_location, Text.class).setText("Basement");
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.CANCEL_LABEL));
		assertEquals(Window.CANCEL, dialog.getReturnCode());
		assertEquals(List.of(), dialog.getChanges());
	}

	@Test
	void showsJobDefaultsAndMarkerBarsInTheirColours() {
		PrinterPropertiesDialog dialog = openDialog(printer());
		Shell d = dialog.getShell();
		show(dialog, SupplyLevelsPage.class);
		List<LevelBar> bars = Widgets.all(d, LevelBar.class);
		assertEquals(List.of(80, 15, -2), bars.stream().map(b -> Integer.valueOf(b.level())).toList());
		assertEquals(new RGB(0, 0xFF, 0xFF), bars.get(1).rgb(), "the marker's colour");
		List<String> labels = Widgets.all(d, Label.class).stream().map(Label::getText).toList();
		assertTrue(labels.contains("Black Toner (toner)"), labels.toString());
		assertTrue(labels.contains("80%"), labels.toString());
		assertTrue(labels.contains(Messages.Supplies_unknown), labels.toString());
		assertEquals("#00FFFF", bars.get(1).getToolTipText());
		JobOptionsPage jobs = show(dialog, JobOptionsPage.class);
		assertEquals(List.of("copies-default", "sides-default", "media-default", "print-quality-default"),
				jobs.getShownOptions(), "only what the printer supports");
		assertEquals(2, Widgets.after(d, Messages.Job_copies, Spinner.class).getSelection());
		assertEquals("two-sided-long-edge", Widgets.after(d, Messages.Job_sides, Combo.class).getText());
		assertEquals("iso_a4_210x297mm", Widgets.after(d, Messages.Job_media, Combo.class).getText());
		assertEquals(Messages.Value_high, Widgets.after(d, Messages.Job_quality, Combo.class).getText());
		dialog.close();
	}

	@Test
	void aQueueWithoutMarkersSaysSo() {
		PrinterPropertiesDialog dialog = openDialog(new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-name", IppTag.NAME, "bare").build()));
		show(dialog, SupplyLevelsPage.class);
		assertTrue(Widgets.all(dialog.getShell(), LevelBar.class).isEmpty());
		assertTrue(Widgets.all(dialog.getShell(), Label.class).stream()
				.anyMatch(l -> Messages.Supplies_none.equals(l.getText())));
		show(dialog, PoliciesPage.class);
		Combo policy = Widgets.after(dialog.getShell(), Messages.Policies_errorPolicy, Combo.class);
		assertEquals(-1, policy.getSelectionIndex(), "no policy reported: none selected");
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
		assertEquals(List.of(), dialog.getChanges());
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
