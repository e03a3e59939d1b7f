package org.cupola.ui.internal.server;

import java.util.concurrent.CancellationException;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.ServerConfigRefusedException;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ui.Servers;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Server Settings: fetches {@code cupsd.conf} in a user {@link CupsJob} (CUPS wants an administrator, so the
 * connection's prompt may appear), opens {@link ServerSettingsDialog} with the file and, on OK with changes, saves
 * the minimally edited file in another named, cancellable user job holding the server's {@link ServerFilesRule}
 * ({@code CupsConnection.saveServerConfig}: refused with cupsd's message when {@code cupsd -t} here rejects it; CUPS
 * restarts and the job waits until it answers, putting the original back if it does not). The server is that of the selected queue, else the first connected one. The UI thread never waits.
 */
public final class ServerSettingsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Servers.Entry server = Servers.getDefault().serverFor(HandlerUtil.getCurrentSelection(event));
		if (server == null) {
			MessageDialog.openInformation(shell, Messages.ServerSettings_shellTitle, Messages.ServerSettings_noServer);
			return null;
		}
		open(shell, server);
		return null;
	}

	/**
	 * Runs the fetch, dialog and save flow for one server; returns at once.
	 *
	 * @param shell
	 *            the parent of the dialogs
	 * @param server
	 *            the server
	 */
	public static void open(Shell shell, Servers.Entry server) {
		String name = server.server().hostAndPort();
		CupsJob<byte[]> fetch = CupsJob.startUserJob(NLS.bind(Messages.ServerSettings_jobFetch, name),
				server.server(), monitor -> server.connection().getServerConfig(monitor));
		UiAsync.whenDone(fetch.result(), shell, (original, error) -> {
			if (error != null) {
				report(shell, Messages.ServerSettings_fetchFailed, server.server(), error);
				return;
			}
			ServerSettingsDialog dialog = ServerSettingsDialog.forFile(shell, name, original);
			if (dialog.open() != Window.OK || !dialog.isChanged()) {
				return;
			}
			byte[] edited = dialog.getEdited();
			// checked with cupsd -t first when cupsd runs here; put back when a remote cupsd does not return
			CupsJob<Void> save = new CupsJob<>(NLS.bind(Messages.ServerSettings_jobSave, name), server.server(),
					monitor -> {
						server.connection().saveServerConfig(original, edited, monitor);
						return null;
					});
			save.setUser(true);
			save.setRule(ServerFilesRule.of(server.server())); // cupsd restarts: no other write meanwhile
			save.schedule();
			UiAsync.whenDone(save.result(), shell, (v, saveError) -> {
				if (saveError != null) {
					report(shell, saveError instanceof ServerConfigRefusedException ? Messages.ServerSettings_refused
							: Messages.ServerSettings_saveFailed, server.server(), saveError);
				}
			});
		});
	}

	/**
	 * The minimal edit of a {@code cupsd.conf} for the wanted settings.
	 *
	 * @param original
	 *            the file's bytes
	 * @param settings
	 *            the wanted settings
	 * @return the edited bytes; equal to {@code original} when nothing changes
	 */
	public static byte[] edit(byte[] original, CupsdConf.Settings settings) {
		return CupsdConf.edit(original, settings);
	}

	private static void report(Shell shell, String message, CupsServer server, Throwable error) {
		if (error instanceof CancellationException || shell.isDisposed()) {
			return;
		}
		String text = error instanceof IppException ? error.getMessage() : String.valueOf(error);
		Errors.show(shell, Messages.ServerSettings_shellTitle, NLS.bind(message, server.hostAndPort()),
				Status.error(text, error), server);
	}
}
