package org.cupola.ui.internal.jobs;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.cupola.ipp.Job;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Properties (Alt+Enter in the Jobs view): fetches every attribute of the selected job (Get-Job-Attributes "all") in
 * a user job and shows them, sorted by name, in a {@link JobPropertiesDialog} once they are there.
 */
public final class JobPropertiesHandler extends JobHandler {

	@Override
	protected boolean isEnabledFor(List<ServerJob> selection) {
		return selection.size() == 1;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		List<ServerJob> selection = selectedJobs(event);
		Shell shell = shell(event);
		JobsPanel panel = panel(event);
		Control control = panel != null ? panel : shell;
		if (selection.size() != 1 || control == null) {
			return null;
		}
		ServerJob row = selection.get(0);
		String id = Integer.toString(row.id());
		CupsJob<Job> fetch = CupsJob.startUserJob(NLS.bind(Messages.Jobs_jobProperties, id), row.server(),
				monitor -> row.connection().getJobAttributes(row.id(), monitor));
		UiAsync.whenDone(fetch.result(), control, (job, error) -> {
			if (error != null) {
				if (!(error instanceof CancellationException)) {
					String title = NLS.bind(Messages.Jobs_propertiesTitle, id);
					Errors.show(shell, title, NLS.bind(Messages.Jobs_actionFailed, title),
							Status.error(String.valueOf(error.getMessage()), error));
				}
				return;
			}
			JobPropertiesDialog dialog = new JobPropertiesDialog(shell, row.server(), job);
			dialog.setBlockOnOpen(false); // no nested event loop inside this asyncExec
			dialog.open();
		});
		return null;
	}
}
