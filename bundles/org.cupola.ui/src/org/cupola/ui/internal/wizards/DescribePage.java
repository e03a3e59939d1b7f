package org.cupola.ui.internal.wizards;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.Ppd;
import org.cupola.ipp.Printer;
import org.cupola.ipp.QueueNames;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Page 3 of {@link AddPrinterWizard}: the queue name (checked against CUPS' rules and the server's existing printers
 * and classes, which a {@link CupsJob} lists when the page is first shown), description, location and sharing, and
 * whether to print a test page once the queue exists.
 */
public final class DescribePage extends WizardPage {

	private final AddPrinterWizard wizard;
	private final Set<String> existing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private Text name;
	private Text info;
	private Text location;
	private Button shared;
	private Button testPage;
	private boolean nameEdited;
	private boolean infoEdited;
	private boolean filling;
	private CupsJob<List<String>> namesJob;

	DescribePage(AddPrinterWizard wizard) {
		super("describe"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Describe_title);
		setDescription(Messages.Describe_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
		name = text(root, Messages.Describe_name);
		name.setTextLimit(QueueNames.MAX_BYTES);
		info = text(root, Messages.Describe_info);
		location = text(root, Messages.Describe_location);
		shared = new Button(root, SWT.CHECK);
		shared.setText(Messages.Describe_shared);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(shared);
		testPage = new Button(root, SWT.CHECK);
		testPage.setText(Messages.Describe_testPage);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(testPage);
		name.addModifyListener(e -> {
			nameEdited |= !filling;
			validate();
		});
		info.addModifyListener(e -> infoEdited |= !filling);
		setControl(root);
	}

	private static Text text(Composite root, String label) {
		Label l = new Label(root, SWT.NONE);
		l.setText(label);
		Text t = new Text(root, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
		return t;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (!visible) {
			return;
		}
		if (namesJob == null) {
			loadNames();
		}
		fillDefaults();
		validate();
		name.setFocus();
	}

	/** Lists the server's printers and classes, so a taken name is refused before Finish. */
	private void loadNames() {
		CupsConnection connection = wizard.getConnection();
		namesJob = new CupsJob<>(NLS.bind(Messages.Describe_jobName, connection.server().hostAndPort()),
				connection.server(), monitor -> {
					List<Printer> printers = connection.getPrinters(monitor);
					List<Printer> classes = connection.getClasses(monitor);
					return Stream.concat(printers.stream(), classes.stream()).map(Printer::name)
							.toList();
				});
		namesJob.setSystem(true);
		UiAsync.whenDone(namesJob.result(), name, (names, error) -> {
			if (names != null) {
				existing.addAll(names);
				if (!nameEdited) {
					fillDefaults();
				}
				validate();
			}
			// on error Finish checks the name on the server itself
		});
		wizard.start(namesJob);
	}

	/** Proposes a name and description from the device or the driver, until the user types their own. */
	private void fillDefaults() {
		Device device = wizard.getDevicePage().getDevice();
		Ppd ppd = wizard.getDriverPage().getSelectedPpd();
		String description = null;
		if (device != null && device.info() != null && !device.info().isBlank()) {
			description = device.info();
		} else if (ppd != null) {
			description = ppd.makeAndModel();
		}
		boolean knownModel = device != null && device.makeAndModel() != null && !device.makeAndModel().isBlank()
				&& !"unknown".equalsIgnoreCase(device.makeAndModel().strip()); //$NON-NLS-1$
		String model = knownModel ? device.makeAndModel() : description;
		filling = true;
		try {
			if (!nameEdited) {
				name.setText(QueueNames.suggest(model, existing));
			}
			if (!infoEdited && description != null) {
				info.setText(description);
			}
		} finally {
			filling = false;
		}
	}

	private void validate() {
		String problem = QueueNames.problem(getQueueName(), existing);
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** {@return the queue name} */
	public String getQueueName() {
		return name == null ? "" : name.getText().strip(); //$NON-NLS-1$
	}

	/** {@return the description (printer-info)} */
	public String getInfo() {
		return info.getText().strip();
	}

	/** {@return the location} */
	public String getLocation() {
		return location.getText().strip();
	}

	/** {@return whether the queue is to be shared} */
	public boolean isShared() {
		return shared.getSelection();
	}

	/** {@return whether to print a test page once the queue exists} */
	public boolean isPrintTestPage() {
		return testPage != null && testPage.getSelection();
	}

	/** {@return the "Print a test page" check box} */
	public Button getTestPageButton() {
		return testPage;
	}

	/** {@return the name field} */
	public Text getNameText() {
		return name;
	}

	/** {@return the description field} */
	public Text getInfoText() {
		return info;
	}

	/** {@return the location field} */
	public Text getLocationText() {
		return location;
	}

	/** {@return the Shared check box} */
	public Button getSharedButton() {
		return shared;
	}

	/** {@return the names of the server's printers and classes known so far} */
	public Set<String> getExistingNames() {
		return Set.copyOf(existing);
	}
}
