package org.cupola.troubleshoot.ui;

import java.util.Objects;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.troubleshoot.ui.internal.Messages;
import org.cupola.troubleshoot.ui.internal.StepPage;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;

/**
 * The printing troubleshooter as a JFace wizard, the successor of system-config-printer's troubleshooter. One page
 * shows where the headless {@link Troubleshooter} stopped (a question, a dead end with its fix, or the report).
 * Forward runs the next steps as a background {@link CupsJob} with progress inside the page; Cancel while a step
 * runs stops its I/O and keeps the wizard open; Back restores earlier answers without fetching anything again.
 * Closing the wizard runs the troubleshooter's cleanups (cupsd.conf restored, test jobs cancelled) in a job.
 * Open it in a {@link TroubleshootDialog}.
 */
public final class TroubleshootWizard extends Wizard {

	private final Troubleshooter troubleshooter;
	private final CupsServer server;
	private StepPage page;

	/**
	 * @param troubleshooter
	 *            the engine; the wizard closes it
	 * @param server
	 *            the server it diagnoses (names the jobs' family)
	 */
	public TroubleshootWizard(Troubleshooter troubleshooter, CupsServer server) {
		this.troubleshooter = Objects.requireNonNull(troubleshooter);
		this.server = Objects.requireNonNull(server);
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new StepPage(troubleshooter, server);
		addPage(page);
	}

	/** The engine. */
	public Troubleshooter troubleshooter() {
		return troubleshooter;
	}

	/** The page, for the dialog. */
	StepPage page() {
		return page;
	}

	/** {@return whether a step runs now (as a job)} */
	public boolean isRunning() {
		return page != null && page.isRunning();
	}

	/** {@return whether the troubleshooter reached its report} */
	public boolean isFinished() {
		return page != null && page.isFinished();
	}

	/** {@return the report shown on the last page, or null before it} */
	public String reportText() {
		return page == null ? null : page.reportText();
	}

	@Override
	public boolean needsPreviousAndNextButtons() {
		return true;
	}

	@Override
	public boolean canFinish() {
		return page != null && page.isFinished() && !page.isRunning();
	}

	@Override
	public boolean performFinish() {
		closeInBackground();
		return true;
	}

	@Override
	public boolean performCancel() {
		if (page != null && page.isRunning()) {
			// Cancel stops the running step; the wizard stays open (Cancel again closes it)
			page.cancelRunning();
			return false;
		}
		closeInBackground();
		return true;
	}

	private void closeInBackground() {
		Job cleanup = Job.create(Messages.Job_cleanup, monitor -> {
			troubleshooter.close();
			return Status.OK_STATUS;
		});
		cleanup.setSystem(true);
		cleanup.schedule();
	}
}
