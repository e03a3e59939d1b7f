package org.cupola.ui.internal.classes;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.cupola.ipp.ClassSettings;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.QueueNames;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.JobWizard;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;

/**
 * New Class: one page (name, description, location, members from the server's printers). Finish creates the class in
 * a user job (CUPS-Add-Modify-Class, then enable and accept jobs, as a new printer) under the server's
 * {@link ServerFilesRule}; the dialog stays open, and usable, until the job succeeded, and shows why it failed
 * otherwise. Closing the wizard cancels its jobs.
 */
public final class NewClassWizard extends JobWizard {

	private final CupsConnection connection;
	private final List<String> initialMembers;
	private final NewClassPage page;
	private Consumer<String> onCreated = name -> {
	};
	private CupsJob<Void> finishJob;
	private boolean succeeded;

	/**
	 * @param connection
	 *            the server to create the class on
	 * @param initialMembers
	 *            the queues checked at first (Create Class from Selection), may be empty
	 */
	public NewClassWizard(CupsConnection connection, List<String> initialMembers) {
		this.connection = Objects.requireNonNull(connection);
		this.initialMembers = List.copyOf(initialMembers);
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(false);
		page = new NewClassPage(this);
		addPage(page);
	}

	/**
	 * @param callback
	 *            receives the new class's name on the UI thread once it exists
	 */
	public void setOnCreated(Consumer<String> callback) {
		onCreated = Objects.requireNonNull(callback);
	}

	/** {@return the connection} */
	public CupsConnection getConnection() {
		return connection;
	}

	/** {@return the queues checked at first} */
	public List<String> getInitialMembers() {
		return initialMembers;
	}

	/** {@return the page} */
	public NewClassPage getPage() {
		return page;
	}

	/** {@return the job Finish started, or null} */
	public CupsJob<Void> getFinishJob() {
		return finishJob;
	}

	/** {@return whether the class was created} */
	public boolean isSucceeded() {
		return succeeded;
	}


	@Override
	public boolean canFinish() {
		return finishJob == null && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		if (finishJob != null) {
			return false;
		}
		String name = page.getClassName();
		ClassSettings settings = new ClassSettings(page.getInfo(), page.getLocation(), page.getMembers());
		CupsJob<Void> job = new CupsJob<>(NLS.bind(Messages.Finish_jobName, name), connection.server(),
				monitor -> create(connection, name, settings, monitor));
		job.setUser(true);
		job.setRule(ServerFilesRule.of(connection.server()));
		finishJob = job;
		page.setErrorMessage(null);
		page.setMessage(NLS.bind(Messages.Finish_running, name), IMessageProvider.INFORMATION);
		UiAsync.whenDone(job.result(), getShell(), (v, error) -> finished(job, name, error));
		start(job);
		updateButtons();
		return false; // closes when the job has succeeded
	}

	/**
	 * Creates a class that is enabled and accepts jobs (CUPS creates it stopped and rejecting). Blocks: for a job.
	 *
	 * @param connection
	 *            the server
	 * @param name
	 *            the class
	 * @param settings
	 *            its description, location and members
	 * @param monitor
	 *            progress and cancellation
	 * @return null
	 * @throws IppException
	 *             when the name is taken or CUPS refuses
	 */
	public static Void create(CupsConnection connection, String name, ClassSettings settings,
			IProgressMonitor monitor) throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Finish_jobName, name), 4);
		QueueNames.checkUnused(connection, name, sub.split(1));
		connection.admin().addModifyClass(name, settings, sub.split(1));
		connection.resumePrinter(name, sub.split(1));
		connection.acceptJobs(name, sub.split(1));
		return null;
	}

	private void finished(CupsJob<Void> job, String name, Throwable error) {
		if (finishJob != job) {
			return;
		}
		finishJob = null;
		if (error == null) {
			succeeded = true;
			onCreated.accept(name);
			IWizardContainer container = getContainer();
			if (container instanceof WizardDialog dialog) {
				dialog.close();
			}
			return;
		}
		page.setMessage(null);
		page.setErrorMessage(error instanceof CancellationException ? Messages.Finish_cancelled
				: NLS.bind(Messages.Finish_failed, error.getMessage()));
		updateButtons();
	}
}
