package org.cupola.ui.internal.properties;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.QueueSetting;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.QueueRule;
import org.cupola.ui.UiAsync;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Settings: description, location, device URI and driver (with Change Driver…), and the maintenance actions (test
 * page, self-test page, head cleaning) that run at once as their own jobs; the self-test and cleaning buttons are
 * enabled only where {@code printer-commands} or the PPD's {@code *cupsCommands} lists the command.
 */
public final class SettingsPage extends PrinterPropertyPage {

	/** The command of Print Self-Test Page. */
	public static final String SELF_TEST = "PrintSelfTestPage"; //$NON-NLS-1$
	/** The command of Clean Print Heads ({@code Clean all}, as system-config-printer sends it). */
	public static final String CLEAN = "Clean"; //$NON-NLS-1$

	private final PropertiesInput input;
	private Text description;
	private Text location;
	private Text deviceUri;
	private Text driver;
	private Label status;
	private DriverChoice newDriver;

	/**
	 * @param input
	 *            the queue
	 */
	public SettingsPage(PropertiesInput input) {
		super(Messages.Page_settings);
		this.input = input;
	}

	/** {@return the commands the printer supports: {@code printer-commands} and the PPD's {@code *cupsCommands}} */
	static Set<String> commands(PropertiesInput input) {
		Set<String> commands = new LinkedHashSet<>(input.strings("printer-commands")); //$NON-NLS-1$
		commands.remove("none"); //$NON-NLS-1$
		if (input.ppd() != null) {
			commands.addAll(input.ppd().commands());
		}
		return commands;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(body);
		description = text(body, Messages.Settings_description, input.printer().info());
		location = text(body, Messages.Settings_location, input.printer().location());
		if (!input.isClass()) {
			deviceUri = text(body, Messages.Settings_deviceUri, input.printer().deviceUri());
			new Label(body, SWT.NONE).setText(Messages.Settings_driver);
			driver = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.READ_ONLY);
			driver.setText(nonNull(input.printer().makeAndModel()));
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(driver);
			Button change = new Button(body, SWT.PUSH);
			change.setText(Messages.Settings_changeDriver);
			change.addListener(SWT.Selection, e -> changeDriver());
		}
		Group actions = new Group(body, SWT.NONE);
		actions.setText(Messages.Settings_maintenance);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(0, 8).applyTo(actions);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(actions);
		Set<String> commands = commands(input);
		action(actions, Messages.Settings_testPage, true, Messages.Settings_testPageSent,
				(c, m) -> c.printTestPage(input.name(), m));
		action(actions, Messages.Settings_selfTest, commands.contains(SELF_TEST), Messages.Settings_selfTestSent,
				(c, m) -> c.admin().sendPrinterCommand(input.name(), SELF_TEST, m));
		action(actions, Messages.Settings_clean, commands.contains(CLEAN), Messages.Settings_cleanSent,
				(c, m) -> c.admin().sendPrinterCommand(input.name(), CLEAN + " all", m)); //$NON-NLS-1$
		status = new Label(actions, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(status);
		if (!commands.contains(SELF_TEST) || !commands.contains(CLEAN)) {
			status.setText(Messages.Settings_commandsUnsupported);
		}
		return body;
	}

	private static Text text(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(nonNull(value));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** The I/O of a maintenance button: a job id. */
	private interface Command {
		int run(CupsConnection connection, org.eclipse.core.runtime.IProgressMonitor monitor) throws IppException;
	}

	private void action(Composite parent, String label, boolean enabled, String done, Command command) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setEnabled(enabled);
		button.addListener(SWT.Selection, e -> {
			CupsConnection c = input.connection();
			CupsJob<Integer> job = new CupsJob<>(NLS.bind(Messages.Settings_jobAction, label.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$
					input.name()), c.server(), m -> Integer.valueOf(command.run(c, m)));
			job.setUser(true);
			job.setRule(new QueueRule(c.server(), input.name()));
			job.schedule();
			status.setText(Messages.Settings_sending);
			UiAsync.whenDone(job.result(), status, (id, error) -> {
				if (error == null) {
					status.setText(NLS.bind(done, id));
				} else if (!(error instanceof CancellationException)) {
					status.setText(NLS.bind(Messages.Settings_actionFailed, error.getMessage()));
				}
				status.getParent().layout(true);
			});
		});
	}

	private void changeDriver() {
		ChangeDriverDialog dialog = new ChangeDriverDialog(getShell(), input.connection());
		if (dialog.open() == Window.OK && dialog.getChoice() != null) {
			newDriver = dialog.getChoice();
			driver.setText(newDriver.describe());
		}
	}

	/** {@return the driver chosen with Change Driver…, or null} */
	public DriverChoice getNewDriver() {
		return newDriver;
	}

	/**
	 * Sets the new driver as Change Driver… would (for tests and the keyboard-free path).
	 *
	 * @param choice
	 *            the driver
	 */
	public void setNewDriver(DriverChoice choice) {
		newDriver = choice;
		if (driver != null && !driver.isDisposed()) {
			driver.setText(choice.describe());
		}
	}

	@Override
	public void collectChanges(List<PrinterChange> changes) {
		if (description == null || description.isDisposed()) {
			return;
		}
		if (changed(description.getText(), input.printer().info())) {
			changes.add(input.change(Messages.Field_description,
					QueueSetting.text("printer-info", description.getText().trim()))); //$NON-NLS-1$
		}
		if (changed(location.getText(), input.printer().location())) {
			changes.add(input.change(Messages.Field_location,
					QueueSetting.text("printer-location", location.getText().trim()))); //$NON-NLS-1$
		}
		if (deviceUri != null && changed(deviceUri.getText(), input.printer().deviceUri())
				&& !deviceUri.getText().isBlank()) {
			changes.add(input.change(Messages.Field_deviceUri,
					QueueSetting.uri("device-uri", deviceUri.getText().trim()))); //$NON-NLS-1$
		}
		if (newDriver != null) {
			String queue = input.name();
			DriverChoice choice = newDriver;
			changes.add(new PrinterChange(Messages.Field_driver, (c, m) -> {
				if (choice.ppdFile() != null) {
					c.admin().uploadPpd(queue, choice.ppdFile(), m);
				} else {
					c.addModifyPrinter(queue, PrinterSettings.builder().ppdName(choice.ppdName()).build(), m);
				}
			}));
		}
	}

	private static boolean changed(String text, String original) {
		return !text.trim().equals(nonNull(original).trim());
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
