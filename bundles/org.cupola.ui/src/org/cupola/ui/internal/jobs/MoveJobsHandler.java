package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * Move to Printer: lists the server's queues in a job, lets the user pick one, then moves each selected job that has
 * not finished, one user job each. Enabled when the selection holds such jobs of one server.
 */
public final class MoveJobsHandler extends JobHandler {

	@Override
	protected boolean isEnabledFor(List<ServerJob> selection) {
		Set<Object> servers = selection.stream().map(ServerJob::server).collect(Collectors.toSet());
		return servers.size() == 1 && selection.stream().anyMatch(r -> !r.isFinished());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		List<ServerJob> selection = selectedJobs(event).stream().filter(r -> !r.isFinished()).toList();
		Shell shell = shell(event);
		JobsPanel panel = panel(event);
		Control control = panel != null ? panel : shell;
		if (selection.isEmpty() || control == null) {
			return null;
		}
		CupsConnection server = selection.get(0).connection();
		CupsJob<List<Printer>> list = CupsJob.startUserJob(
				NLS.bind(Messages.Jobs_jobListPrinters, server.server().hostAndPort()), server.server(),
				server::getPrinters);
		UiAsync.whenDone(list.result(), control, (queues, error) -> {
			if (error != null) {
				if (!(error instanceof CancellationException)) {
					Errors.show(shell, Messages.Jobs_moveTitle,
							NLS.bind(Messages.Jobs_moveFailed, server.server().hostAndPort()),
							Status.error(String.valueOf(error.getMessage()), error));
				}
				return;
			}
			Set<String> current = selection.stream().map(r -> r.job().printerName()).collect(Collectors.toSet());
			List<String> names = queues.stream().map(Printer::name)
					.filter(n -> current.size() > 1 || !current.contains(n)).toList();
			if (names.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Jobs_moveTitle, Messages.Jobs_moveNoTarget);
				return;
			}
			ListDialog dialog = new ListDialog(shell);
			dialog.setTitle(Messages.Jobs_moveTitle);
			dialog.setMessage(Messages.Jobs_moveMessage);
			dialog.setContentProvider(ArrayContentProvider.getInstance());
			dialog.setLabelProvider(new LabelProvider());
			dialog.setInput(names);
			dialog.setInitialSelections(names.get(0));
			if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
				return;
			}
			moveTo(selection, (String) dialog.getResult()[0], event);
		});
		return null;
	}

	private static void moveTo(List<ServerJob> jobs, String targetPrinter, ExecutionEvent event) {
		List<CupsJob<Void>> started = new ArrayList<>();
		for (ServerJob row : jobs) {
			String name = NLS.bind(Messages.Jobs_jobMove, Integer.toString(row.id()), targetPrinter);
			started.add(CupsJob.startUserJob(name, row.server(), monitor -> {
				JobMover.moveJob(row.connection(), row.id(), targetPrinter, monitor);
				return null;
			}));
		}
		afterAll(Messages.Jobs_moveTitle, started, event);
	}
}
