package org.cupola.troubleshoot.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.ui.Servers;
import org.cupola.ui.UiAsync;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Finishes in the GUI the restores an interrupted troubleshooter run left behind ({@link RestoreJournal}): for each
 * connected server with an abandoned entry, once per session, asks with a {@link RestoreDialog} and, on Restore, puts
 * the original file back in a user job holding the server's {@link ServerFilesRule}. The journal is read in a system
 * job; the dialog opens through {@code asyncExec}; the UI thread never waits for a job.
 */
public final class RestoreOffers {

	private final RestoreJournal journal;
	private final Set<CupsServer> offered = ConcurrentHashMap.newKeySet();

	/**
	 * @param journal
	 *            the journal to read
	 */
	public RestoreOffers(RestoreJournal journal) {
		this.journal = journal;
	}

	/**
	 * Looks for abandoned entries of the servers in a system job and offers each (once per session) on the display.
	 *
	 * @param display
	 *            the display to ask on
	 * @param shells
	 *            the parent shell, called on the UI thread
	 * @param servers
	 *            the connected servers
	 */
	public void check(Display display, Supplier<Shell> shells, List<Servers.Entry> servers) {
		Job job = Job.create(Messages.Restore_checkJob, monitor -> {
			for (Servers.Entry server : servers) {
				Optional<RestoreJournal.Entry> entry = journal.abandoned(server.server());
				if (entry.isPresent() && offered.add(server.server()) && !display.isDisposed()) {
					display.asyncExec(() -> {
						if (!display.isDisposed()) {
							offer(shells.get(), server.connection(), entry.get());
						}
					});
				}
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * Asks about one entry (UI thread; the dialog is modal) and acts on the answer.
	 *
	 * @param shell
	 *            the parent, may be null
	 * @param connection
	 *            a connection to the entry's server
	 * @param entry
	 *            the entry
	 */
	public void offer(Shell shell, CupsConnection connection, RestoreJournal.Entry entry) {
		RestoreDialog dialog = new RestoreDialog(shell, entry);
		act(dialog.open(), shell, connection, entry);
	}

	/**
	 * Acts on the dialog's answer: Restore schedules the restore job, Discard forgets the entry, Later does nothing.
	 *
	 * @param choice
	 *            {@link RestoreDialog#RESTORE}, {@link RestoreDialog#LATER} or {@link RestoreDialog#DISCARD}
	 * @param shell
	 *            where a failure is reported, may be null
	 * @param connection
	 *            a connection to the entry's server
	 * @param entry
	 *            the entry
	 * @return the scheduled job, or null
	 */
	public Job act(int choice, Shell shell, CupsConnection connection, RestoreJournal.Entry entry) {
		String name = entry.server().hostAndPort();
		if (choice == RestoreDialog.DISCARD) {
			Job forget = Job.create(NLS.bind(Messages.Restore_discardJob, name), monitor -> {
				try {
					journal.delete(entry.server());
				} catch (IOException e) {
					return Status.warning(e.getMessage(), e);
				}
				return Status.OK_STATUS;
			});
			forget.setSystem(true);
			forget.schedule();
			return forget;
		}
		if (choice != RestoreDialog.RESTORE) {
			return null;
		}
		CupsJob<Boolean> job = new CupsJob<>(NLS.bind(Messages.Restore_job, entry.file(), name), entry.server(),
				monitor -> {
					try {
						return Boolean.valueOf(journal.restore(connection, entry, monitor));
					} catch (IOException e) {
						throw new IppException(e.getMessage(), e);
					}
				});
		job.setUser(true);
		job.setRule(ServerFilesRule.of(entry.server()));
		if (shell != null && !shell.isDisposed()) {
			UiAsync.whenDone(job.result(), shell, (value, error) -> {
				if (error != null && !(error instanceof java.util.concurrent.CancellationException)) {
					ErrorDialog.openError(shell, Messages.Restore_title, NLS.bind(Messages.Restore_failed, name),
							new Status(IStatus.ERROR, "org.cupola.troubleshoot.ui", error.getMessage(), error)); //$NON-NLS-1$
				}
			});
		}
		job.schedule();
		return job;
	}
}
