package org.cupola.ui.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cupola.ipp.jobs.CupsJob;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;

/**
 * A wizard whose pages start CUPS operations as jobs: it remembers each job until it ends and cancels the ones still
 * running when the wizard is cancelled or closed, so nothing it started outlives it by accident. Never waits for a
 * job (the UI thread stays free).
 */
public abstract class JobWizard extends Wizard {

	private final Set<CupsJob<?>> jobs = ConcurrentHashMap.newKeySet();

	/**
	 * Schedules a job on behalf of the wizard or one of its pages and remembers it until it ends.
	 *
	 * @param job
	 *            the job, not yet scheduled
	 * @return the job
	 */
	public <T> CupsJob<T> start(CupsJob<T> job) {
		jobs.add(job);
		job.result().whenComplete((v, e) -> jobs.remove(job));
		job.schedule();
		return job;
	}

	/** {@return the jobs still running for this wizard} */
	public Set<CupsJob<?>> getRunningJobs() {
		return Set.copyOf(jobs);
	}

	/** Updates the container's buttons, if the wizard is still shown. */
	public void updateButtons() {
		IWizardContainer container = getContainer();
		if (container != null && container.getShell() != null && !container.getShell().isDisposed()) {
			container.updateButtons();
		}
	}

	@Override
	public boolean performCancel() {
		cancelJobs();
		return true;
	}

	@Override
	public void dispose() {
		cancelJobs();
		super.dispose();
	}

	private void cancelJobs() {
		jobs.forEach(CupsJob::cancel);
	}
}
