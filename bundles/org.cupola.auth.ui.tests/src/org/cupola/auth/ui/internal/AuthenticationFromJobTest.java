package org.cupola.auth.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.internal.credentials.InMemoryCredentialsStore;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path of issue 4 against a real private cupsd: an admin operation runs as a {@link CupsJob}, CUPS
 * answers 401, the connection calls the dialog prompt from the job's thread, the dialog appears on the UI thread
 * while the event loop keeps running, and the answer decides the job's outcome.
 */
class AuthenticationFromJobTest {

	private static final String QUEUE = "null"; //$NON-NLS-1$
	private Display display;
	private CupsSandbox sandbox;
	private CupsConnection connection;

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		sandbox = CupsSandbox.shared();
		DialogCredentialsPrompt prompt = new DialogCredentialsPrompt(display, new InMemoryCredentialsStore());
		connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, prompt);
	}

	@AfterEach
	void tearDown() throws Exception {
		for (Shell s : DialogDriver.dialogs(display)) {
			s.dispose();
		}
		connection.close();
		try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			admin.setCredentials(sandbox.adminCredentials());
			admin.resumePrinter(QUEUE, null);
		}
	}

	@Test
	void okInTheDialogLetsThePausingJobSucceed() throws Exception {
		CupsJob<Void> job = pauseJob();
		Shell dialog = awaitDialog();
		// the dialog names the server and what is being done
		assertTrue(Widgets.shows(dialog, "127.0.0.1:" + sandbox.port()), Widgets.texts(dialog).toString());
		assertTrue(dialog.getText().toLowerCase().contains("paus"), dialog.getText());
		DialogDriver.fill(dialog, sandbox.adminUser(), new String(sandbox.adminCredentials().password()));
		Widgets.pressDefault(dialog);
		UiWait.until(display, 30_000, () -> job.result().isDone());
		job.result().get();
		assertEquals(Printer.State.STOPPED, state(), "paused on the server");
	}

	@Test
	void cancelInTheDialogCancelsTheJobAndChangesNothing() throws Exception {
		CupsJob<Void> job = pauseJob();
		AtomicReference<IStatus> status = new AtomicReference<>();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				status.set(event.getResult());
			}
		});
		Shell dialog = awaitDialog();
		DialogDriver.escape(dialog);
		UiWait.until(display, 30_000, () -> status.get() != null);
		assertEquals(IStatus.CANCEL, status.get().getSeverity());
		assertTrue(job.result().isCancelled());
		assertEquals(Printer.State.IDLE, state(), "nothing changed on the server");
	}

	@Test
	void cancellingTheJobClosesItsOpenDialog() throws Exception {
		CupsJob<Void> job = pauseJob();
		awaitDialog();
		job.cancel();
		UiWait.until(display, 10_000, () -> DialogDriver.dialogs(display).isEmpty() && job.result().isDone());
		assertTrue(job.result().isCancelled());
		try {
			job.result().get();
		} catch (CancellationException expected) {
			// the future says so too
		}
		assertEquals(Printer.State.IDLE, state());
	}

	private CupsJob<Void> pauseJob() {
		CupsJob<Void> job = new CupsJob<>("Pausing null", sandbox.server(), m -> { //$NON-NLS-1$
			connection.pausePrinter(QUEUE, null, m);
			return null;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private Shell awaitDialog() {
		UiWait.until(display, 30_000, () -> !DialogDriver.dialogs(display).isEmpty());
		Shell dialog = DialogDriver.dialog(display);
		assertNotNull(dialog);
		return dialog;
	}

	private Printer.State state() throws Exception {
		try (CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			return c.getPrinterAttributes(QUEUE, null, null).state();
		}
	}
}
