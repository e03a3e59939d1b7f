package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.ServerSettings;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.server.Messages;
import org.cupola.ui.internal.server.ServerSettingsHandler;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * Server Settings end to end on a real cupsd: the handler reads cupsd.conf in a job, the dialog opens on it, and OK
 * saves in a named, user, cancellable job that holds the server's {@link ServerFilesRule}; the UI thread keeps
 * running its event loop meanwhile, and cupsd serves the new settings afterwards.
 */
class ServerSettingsHandlerTest {

	@Test
	void okSavesInAUserJobHoldingTheServerFilesRule() throws Exception {
		Display display = Display.getDefault();
		Shell parent = new Shell(display);
		List<Job> done = new CopyOnWriteArrayList<>();
		JobChangeAdapter listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				done.add(event.getJob());
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try (CupsSandbox sandbox = CupsSandbox.start(false);
				CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			String name = sandbox.server().hostAndPort();
			// the dialog opens (and runs its own event loop) inside the fetch's callback: act from within that loop
			List<Boolean> wasAllowed = new CopyOnWriteArrayList<>();
			Runnable user = new Runnable() {
				@Override
				public void run() {
					List<Shell> shells = Widgets.shells(display, Messages.ServerSettings_shellTitle);
					if (shells.isEmpty()) {
						display.timerExec(50, this);
						return;
					}
					Shell dialog = shells.get(0);
					try {
						wasAllowed.add(Boolean.valueOf(
								Widgets.button(dialog, Messages.ServerSettings_cancelAny).getSelection()));
						Widgets.click(Widgets.button(dialog, Messages.ServerSettings_cancelAny));
						Widgets.click(Widgets.button(dialog, IDialogConstants.OK_LABEL));
					} catch (RuntimeException | AssertionError e) {
						wasAllowed.add(null);
						dialog.close(); // never leave the dialog's loop running: the assertions below report it
					}
				}
			};
			display.timerExec(50, user);
			ServerSettingsHandler.open(parent, new Servers.Entry(connection, name));
			String saveName = NLS.bind(Messages.ServerSettings_jobSave, name);
			UiWait.until(display, 60_000, () -> done.stream().anyMatch(j -> saveName.equals(j.getName())));
			assertEquals(List.of(Boolean.FALSE), wasAllowed, "the dialog showed the file: only owners cancel");
			Job save = done.stream().filter(j -> saveName.equals(j.getName())).findFirst().orElseThrow();
			assertTrue(save.isUser(), "the user asked: a user job");
			assertTrue(save.belongsTo(CupsJob.FAMILY));
			assertEquals(ServerFilesRule.of(sandbox.server()), save.getRule());
			assertTrue(save.getResult().isOK(), String.valueOf(save.getResult()));
			ServerSettings after = CupsdConf.parse(connection.getServerConfig(null)).serverSettings();
			assertTrue(after.userCancelAny(), "cupsd serves the saved setting");
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
			parent.dispose();
		}
	}
}
