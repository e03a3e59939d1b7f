package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.Servers;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * In the real workbench: connecting to a server for which a killed run left a journal entry brings up the restore
 * dialog (the troubleshooter UI's startup hook listens to Servers); Restore puts cupsd.conf back byte for byte.
 */
class InterruptedRestoreTest {

	/** The title of org.cupola.troubleshoot.ui's RestoreDialog (this fragment's host does not require that bundle). */
	private static final String TITLE = "Finish an Interrupted Restore";

	@Test
	void connectingToAServerWithAnAbandonedEntryOffersTheRestore() throws Exception {
		Display display = Display.getCurrent();
		// the hook registers its Servers listener in the workbench's early startup job (family Workbench.EARLY_STARTUP_FAMILY)
		UiWait.until(display, 60_000, () -> Job.getJobManager().find("earlyStartup").length == 0);
		try (CupsSandbox sandbox = CupsSandbox.start(false);
				CupsConnection admin = new CupsConnection(sandbox.server(), null, null)) {
			admin.setCredentials(sandbox.adminCredentials());
			byte[] original = admin.getServerConfig(null);
			RestoreJournal journal = RestoreJournal.standard();
			journal.record(sandbox.server(), RestoreJournal.CUPSD_CONF, original, "LogLevel debug -> warn (test)");
			Path json = journal.directory().resolve(RestoreJournal.baseName(sandbox.server()) + ".json");
			Process gone = new ProcessBuilder("true").start();
			gone.waitFor();
			Files.writeString(json, Files.readString(json).replaceFirst("\"pid\": \"\\d+\"", "\"pid\": \"" + gone.pid() + "\""));
			CupsdConf changed = CupsdConf.parse(original);
			changed.setDebugLogging(!changed.isDebugLogging());
			admin.putServerConfig(changed.toBytes(), null);

			AtomicReference<String> clicked = new AtomicReference<>();
			Runnable answer = new Runnable() {
				@Override
				public void run() {
					Shell dialog = Arrays.stream(display.getShells()).filter(s -> TITLE.equals(s.getText())).findFirst()
							.orElse(null);
					Button restore = dialog == null ? null : Widgets.findButton(dialog, "&Restore");
					if (restore == null) {
						display.timerExec(50, this);
						return;
					}
					clicked.set(dialog.getText());
					restore.notifyListeners(SWT.Selection, new Event());
				}
			};
			display.timerExec(50, answer);
			Servers.Entry entry = Servers.getDefault().connect(sandbox.server().toString(), "restore test");
			entry.connection().setCredentials(sandbox.adminCredentials());
			try {
				UiWait.until(display, 90_000, () -> clicked.get() != null && journal.pending(sandbox.server()).isEmpty());
				assertArrayEquals(original, admin.getServerConfig(null), "cupsd.conf is back byte for byte");
				assertTrue(journal.abandoned(sandbox.server()).isEmpty());
			} finally {
				Servers.getDefault().disconnect(sandbox.server());
			}
		}
	}
}
