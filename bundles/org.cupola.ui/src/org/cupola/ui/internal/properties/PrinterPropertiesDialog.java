package org.cupola.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The properties of one queue: description, location, device URI, shared and error policy can be edited; the driver,
 * the default job options and the supply (marker) levels are shown. The dialog does no I/O: the caller passes a
 * freshly fetched {@link Printer} (Get-Printer-Attributes with all attributes) and, after OK, sends
 * {@link #getChanges()}, which holds only the fields the user changed.
 */
public final class PrinterPropertiesDialog extends TitleAreaDialog {

	/** The {@code printer-error-policy} values CUPS supports, in the order the combo lists them. */
	public static final List<String> ERROR_POLICIES = List.of("stop-printer", "retry-job", //$NON-NLS-1$ //$NON-NLS-2$
			"retry-current-job", "abort-job"); //$NON-NLS-1$ //$NON-NLS-2$

	private final Printer printer;
	private final List<String> policies = new ArrayList<>(ERROR_POLICIES);
	private PrinterSettings changes = PrinterSettings.builder().build();
	private Text description;
	private Text location;
	private Text deviceUri;
	private Button shared;
	private Combo errorPolicy;

	/**
	 * @param parent
	 *            the parent shell
	 * @param printer
	 *            the queue, as just fetched
	 */
	public PrinterPropertiesDialog(Shell parent, Printer printer) {
		super(parent);
		this.printer = Objects.requireNonNull(printer);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Properties_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Properties_title, printer.name()));
		setMessage(Messages.Properties_message, IMessageProvider.INFORMATION);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);

		description = text(body, Messages.Properties_description, printer.info(), true);
		location = text(body, Messages.Properties_location, printer.location(), true);
		deviceUri = text(body, Messages.Properties_deviceUri, printer.deviceUri(), true);
		text(body, Messages.Properties_driver, printer.makeAndModel(), false);

		shared = new Button(body, SWT.CHECK);
		shared.setText(Messages.Properties_shared);
		shared.setSelection(printer.shared());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(shared);

		new Label(body, SWT.NONE).setText(Messages.Properties_errorPolicy);
		errorPolicy = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		String current = printer.errorPolicy();
		if (current != null && !policies.contains(current)) {
			policies.add(current);
		}
		for (String policy : policies) {
			errorPolicy.add(policyLabel(policy));
		}
		if (current != null) {
			errorPolicy.select(policies.indexOf(current));
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(errorPolicy);

		createDefaults(body);
		createMarkers(body);
		return area;
	}

	private static Text text(Composite parent, String label, String value, boolean editable) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | (editable ? SWT.NONE : SWT.READ_ONLY));
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static String policyLabel(String policy) {
		return switch (policy) {
		case "stop-printer" -> Messages.Properties_policy_stopPrinter; //$NON-NLS-1$
		case "retry-job" -> Messages.Properties_policy_retryJob; //$NON-NLS-1$
		case "retry-current-job" -> Messages.Properties_policy_retryCurrentJob; //$NON-NLS-1$
		case "abort-job" -> Messages.Properties_policy_abortJob; //$NON-NLS-1$
		default -> policy;
		};
	}

	private void createDefaults(Composite parent) {
		List<String[]> rows = new ArrayList<>();
		if (printer.copiesDefault() > 0) {
			rows.add(new String[] { Messages.Properties_copies, Integer.toString(printer.copiesDefault()) });
		}
		addDefault(rows, Messages.Properties_sides, printer.sidesDefault());
		addDefault(rows, Messages.Properties_media, printer.mediaDefault());
		int quality = printer.printQualityDefault();
		if (quality != 0) {
			rows.add(new String[] { Messages.Properties_quality, switch (quality) {
			case Printer.QUALITY_DRAFT -> Messages.Properties_quality_draft;
			case Printer.QUALITY_NORMAL -> Messages.Properties_quality_normal;
			case Printer.QUALITY_HIGH -> Messages.Properties_quality_high;
			default -> Integer.toString(quality);
			} });
		}
		if (rows.isEmpty()) {
			return;
		}
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Properties_defaults);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 8).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		for (String[] row : rows) {
			new Label(group, SWT.NONE).setText(row[0]);
			Label value = new Label(group, SWT.NONE);
			value.setText(row[1]);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		}
	}

	private static void addDefault(List<String[]> rows, String label, String value) {
		if (value != null) {
			rows.add(new String[] { label, value });
		}
	}

	private void createMarkers(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Properties_markers);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 8).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		List<Printer.Marker> markers = printer.markers();
		if (markers.isEmpty()) {
			Label none = new Label(group, SWT.NONE);
			none.setText(Messages.Properties_noMarkers);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(none);
			return;
		}
		for (Printer.Marker marker : markers) {
			Label name = new Label(group, SWT.NONE);
			name.setText(marker.type() == null ? marker.name()
					: NLS.bind(Messages.Properties_markerName, marker.name(), marker.type()));
			ProgressBar bar = new ProgressBar(group, SWT.HORIZONTAL | SWT.SMOOTH);
			bar.setMinimum(0);
			bar.setMaximum(100);
			bar.setSelection(Math.max(0, Math.min(100, marker.level())));
			bar.setToolTipText(marker.color());
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(bar);
			Label level = new Label(group, SWT.NONE);
			level.setText(marker.level() >= 0
					? NLS.bind(Messages.Properties_markerLevel, Integer.valueOf(marker.level()))
					: Messages.Properties_markerUnknown);
		}
	}

	@Override
	protected void okPressed() {
		PrinterSettings.Builder builder = PrinterSettings.builder();
		if (changed(description.getText(), printer.info())) {
			builder.info(description.getText().trim());
		}
		if (changed(location.getText(), printer.location())) {
			builder.location(location.getText().trim());
		}
		if (changed(deviceUri.getText(), printer.deviceUri()) && !deviceUri.getText().isBlank()) {
			builder.deviceUri(deviceUri.getText().trim());
		}
		if (shared.getSelection() != printer.shared()) {
			builder.shared(Boolean.valueOf(shared.getSelection()));
		}
		int index = errorPolicy.getSelectionIndex();
		if (index >= 0 && !policies.get(index).equals(printer.errorPolicy())) {
			builder.errorPolicy(policies.get(index));
		}
		changes = builder.build();
		super.okPressed();
	}

	private static boolean changed(String text, String original) {
		return !text.trim().equals(original == null ? "" : original.trim()); //$NON-NLS-1$
	}

	/** {@return the fields changed by the user (all null before OK, after Cancel or without changes)} */
	public PrinterSettings getChanges() {
		return changes;
	}

	/** {@return whether {@link #getChanges()} sets at least one field} */
	public boolean hasChanges() {
		return !changes.equals(PrinterSettings.builder().build());
	}
}
