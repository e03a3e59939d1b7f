package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The base of the Jobs view's commands: they act on the {@link ServerJob}s of the current selection, enable
 * themselves from it, run one user {@link CupsJob} per job, report the failures in one dialog (and the log), and
 * refresh the Jobs panel of the active part when all are done.
 */
public abstract class JobHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
		setBaseEnabled(isEnabledFor(jobs(selection instanceof ISelection s ? s : null)));
	}

	/**
	 * Whether the command applies to these selected jobs.
	 *
	 * @param selection
	 *            the selected jobs, maybe empty
	 * @return true to enable the command
	 */
	protected abstract boolean isEnabledFor(List<ServerJob> selection);

	/** {@return the jobs of the selection} */
	static List<ServerJob> jobs(ISelection selection) {
		List<ServerJob> result = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object o : structured) {
				if (o instanceof ServerJob job) {
					result.add(job);
				}
			}
		}
		return result;
	}

	/** {@return the selected jobs of the event} */
	static List<ServerJob> selectedJobs(ExecutionEvent event) {
		return jobs(HandlerUtil.getCurrentSelection(event));
	}

	/** {@return the Jobs panel of the active part (the Jobs view adapts to it), or null} */
	static JobsPanel panel(ExecutionEvent event) {
		return Adapters.adapt(HandlerUtil.getVariable(event, ISources.ACTIVE_PART_NAME), JobsPanel.class);
	}

	/** {@return the shell to parent dialogs on} */
	static Shell shell(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		JobsPanel panel = panel(event);
		return shell == null && panel != null ? panel.getShell() : shell;
	}

	/**
	 * When all the jobs are done: reports the failures in one dialog (and the log), then refreshes the panel.
	 *
	 * @param title
	 *            what was done, for the dialog (mnemonics are removed)
	 * @param started
	 *            the jobs
	 * @param event
	 *            the command's event, for the shell and the panel
	 */
	static void afterAll(String title, List<? extends CupsJob<?>> started, ExecutionEvent event) {
		JobsPanel panel = panel(event);
		Shell shell = shell(event);
		Control control = panel != null ? panel : shell;
		if (started.isEmpty() || control == null) {
			return;
		}
		List<CompletableFuture<IStatus>> outcomes = new ArrayList<>();
		for (CupsJob<?> job : started) {
			outcomes.add(job.result().handle((v, error) -> {
				Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
						: error;
				if (cause == null || cause instanceof CancellationException) {
					return Status.OK_STATUS;
				}
				return Status.error(NLS.bind(Messages.Jobs_failed, job.getName(), cause.getMessage()), cause);
			}));
		}
		CompletableFuture<List<IStatus>> all = CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
				.thenApply(v -> outcomes.stream().map(CompletableFuture::join).filter(s -> !s.isOK()).toList());
		String plainTitle = Action.removeMnemonics(title);
		UiAsync.whenDone(all, control, (failures, error) -> {
			if (panel != null && !panel.isDisposed()) {
				panel.refresh();
			}
			if (failures != null && !failures.isEmpty()) {
				IStatus status = failures.size() == 1 ? failures.get(0)
						: new MultiStatus(Errors.PLUGIN_ID, 0, failures.toArray(IStatus[]::new),
								failures.get(0).getMessage(), null);
				Errors.show(shell, plainTitle, NLS.bind(Messages.Jobs_actionFailed, plainTitle), status);
			}
		});
	}
}
