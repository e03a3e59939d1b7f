package org.cupola.ui.internal.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.QueueNames;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of {@link NewClassWizard}: name, description, location, and the members checked in a list of the
 * server's printers, which a background job fetches when the page is created.
 */
public final class NewClassPage extends WizardPage {

	private final NewClassWizard wizard;
	private final Set<String> existing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private Text name;
	private Text info;
	private Text location;
	private QueueChecklist members;
	private boolean loaded;
	private String loadProblem;

	NewClassPage(NewClassWizard wizard) {
		super("class"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Page_title);
		setDescription(Messages.Page_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
		name = text(root, Messages.Page_name);
		info = text(root, Messages.Page_info);
		location = text(root, Messages.Page_location);
		Label l = new Label(root, SWT.NONE);
		l.setText(Messages.Page_members);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(l);
		members = new QueueChecklist(root);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(members);
		name.addModifyListener(e -> validate());
		members.onChange(this::validate);
		setControl(root);
		loadQueues();
		validate();
	}

	private static Text text(Composite root, String label) {
		Label l = new Label(root, SWT.NONE);
		l.setText(label);
		Text t = new Text(root, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(t);
		return t;
	}

	/** Lists the server's queues: printers can be members; every name is taken. */
	private void loadQueues() {
		CupsConnection connection = wizard.getConnection();
		CupsJob<List<Printer>> job = new CupsJob<>(
				NLS.bind(Messages.Names_jobName, connection.server().hostAndPort()), connection.server(),
				connection::getPrinters);
		job.setSystem(true);
		setMessage(NLS.bind(Messages.Page_loading, connection.server().hostAndPort()), IMessageProvider.INFORMATION);
		UiAsync.whenDone(job.result(), name, (queues, error) -> {
			loaded = true;
			if (queues == null) {
				loadProblem = NLS.bind(Messages.Page_loadFailed, connection.server().hostAndPort(),
						error == null ? "" : error.getMessage()); //$NON-NLS-1$
			} else {
				List<String> printers = new ArrayList<>();
				for (Printer p : queues) {
					existing.add(p.name());
					if (!p.isClass()) {
						printers.add(p.name());
					}
				}
				members.setQueues(printers, wizard.getInitialMembers());
				if (printers.isEmpty()) {
					loadProblem = Messages.Page_noQueues;
				}
			}
			setMessage(null);
			validate();
		});
		wizard.start(job);
	}

	private void validate() {
		if (name == null || name.isDisposed()) {
			return;
		}
		String problem = QueueNames.problem(getClassName(), existing);
		if (problem == null && loadProblem != null) {
			problem = loadProblem;
		}
		if (problem == null && loaded && members.getChecked().isEmpty()) {
			problem = Messages.Page_noMembers;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null && loaded);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			name.setFocus();
		}
	}

	/** {@return the class name} */
	public String getClassName() {
		return name == null ? "" : name.getText().strip(); //$NON-NLS-1$
	}

	/** {@return the description} */
	public String getInfo() {
		return info.getText().strip();
	}

	/** {@return the location} */
	public String getLocation() {
		return location.getText().strip();
	}

	/** {@return the checked members} */
	public List<String> getMembers() {
		return members.getChecked();
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

	/** {@return the member list} */
	public QueueChecklist getMemberList() {
		return members;
	}

	/** {@return whether the server's queues have been listed} */
	public boolean isLoaded() {
		return loaded;
	}
}
