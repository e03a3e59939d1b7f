package org.cupola.ui.internal.classes;

import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.QueueNames;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Rename… and Duplicate… of the queue selected in the Printers view. A dialog asks for the new name and says what
 * will happen (CUPS has no rename: copy, move the jobs, delete); the copy then runs as a named, cancellable user job
 * under the server's {@link ServerFilesRule}, and the view refreshes when it ends. A failure part way shows what was
 * done.
 */
public abstract class QueueCopyHandler extends AbstractHandler {

	/** Rename…: copy, move the pending jobs, delete the old queue. */
	public static final class Rename extends QueueCopyHandler {
		public Rename() {
			super(true);
		}
	}

	/** Duplicate…: copy only. */
	public static final class Duplicate extends QueueCopyHandler {
		public Duplicate() {
			super(false);
		}
	}

	private final boolean rename;

	QueueCopyHandler(boolean rename) {
		this.rename = rename;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof PrinterElement queue)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		InputDialog dialog = dialog(shell, queue.name(), rename);
		if (dialog.open() == Window.OK) {
			start(shell, queue, dialog.getValue().strip(), rename, () -> {
				if (part instanceof PrintersView view) {
					view.refresh();
				}
			});
		}
		return null;
	}

	/**
	 * {@return the dialog that asks for the new name and says what will happen}
	 *
	 * @param shell
	 *            the parent
	 * @param queue
	 *            the queue to rename or duplicate
	 * @param rename
	 *            rename, else duplicate
	 */
	public static InputDialog dialog(Shell shell, String queue, boolean rename) {
		String initial = rename ? queue : NLS.bind(Messages.Copy_suffix, queue);
		return new InputDialog(shell, NLS.bind(rename ? Messages.Rename_title : Messages.Duplicate_title, queue),
				NLS.bind(rename ? Messages.Rename_message : Messages.Duplicate_message, queue), initial,
				text -> QueueNames.problem(text.strip(), List.of(queue)));
	}

	/**
	 * Schedules the copy as a user job; never waits for it. On failure an error dialog says what was done.
	 *
	 * @param shell
	 *            the parent of the error dialog
	 * @param queue
	 *            the queue
	 * @param newName
	 *            the new name
	 * @param rename
	 *            rename, else duplicate
	 * @param onDone
	 *            run on the UI thread when the job ended, whatever the outcome
	 * @return the job
	 */
	public static CupsJob<Void> start(Shell shell, PrinterElement queue, String newName, boolean rename,
			Runnable onDone) {
		String name = NLS.bind(rename ? Messages.Rename_jobName : Messages.Duplicate_jobName, queue.name(), newName);
		CupsJob<Void> job = new CupsJob<>(name, queue.server().server(), monitor -> {
			if (rename) {
				queue.connection().admin().renameQueue(queue.name(), newName, monitor);
			} else {
				queue.connection().admin().duplicateQueue(queue.name(), newName, monitor);
			}
			return null;
		});
		job.setUser(true);
		job.setRule(ServerFilesRule.of(queue.server().server()));
		UiAsync.whenDone(job.result(), shell, (v, error) -> {
			if (error instanceof IppException) {
				Errors.show(shell, name,
						NLS.bind(rename ? Messages.Rename_failed : Messages.Duplicate_failed, queue.name(), newName),
						Status.error(error.getMessage(), error), queue.server().server());
			}
			onDone.run();
		});
		job.schedule();
		return job;
	}
}
