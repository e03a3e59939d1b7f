package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.LoginDeclinedException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.CupsSandbox;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/**
 * A prompt that answers null: a declined login ({@link LoginDeclinedException}) unless the operation was cancelled
 * meanwhile ({@link OperationCanceledException}); a {@link CupsJob} ends quietly on either, and tells them apart.
 */
class LoginDeclinedTest {

	private static final long TIMEOUT_SECONDS = 30;

	@Test
	void aDeclineIsALoginErrorNamingTheOperation() {
		CupsSandbox sandbox = CupsSandbox.shared();
		RecordingPrompt prompt = new RecordingPrompt(r -> null);
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			LoginDeclinedException e = assertThrows(LoginDeclinedException.class,
					() -> connection.pausePrinter("null", "declined", null)); //$NON-NLS-1$ //$NON-NLS-2$
			assertInstanceOf(NotAuthorizedException.class, e);
			assertTrue(e.getMessage().contains("pausing null"), e.getMessage()); //$NON-NLS-1$
			assertTrue(e.getMessage().contains(sandbox.server().hostAndPort()), e.getMessage());
			assertNull(e.user());
			assertEquals(1, prompt.requests.size());
		}
	}

	@Test
	void aPromptClosedByTheCancelOfItsOperationIsACancel() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		CancelToken token = new CancelToken();
		// what the dialog does when its job is cancelled: it closes and answers null
		RecordingPrompt prompt = new RecordingPrompt(r -> {
			token.cancel();
			return null;
		});
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			try (CancelToken.Binding binding = token.bind()) {
				assertThrows(OperationCanceledException.class,
						() -> connection.pausePrinter("null", "cancelled", null)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			assertEquals(1, prompt.requests.size());
			Printer p = connection.getPrinterAttributes("null", null, null); //$NON-NLS-1$
			assertEquals(Printer.State.IDLE, p.state());
		}
	}

	@Test
	void aJobEndsQuietlyOnADeclineAndItsFutureTellsWhy() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, new RecordingPrompt(r -> null))) {
			CupsJob<Void> job = new CupsJob<>("declined", sandbox.server(), monitor -> { //$NON-NLS-1$
				connection.pausePrinter("null", "declined", monitor); //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			});
			job.schedule();
			assertTrue(job.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS), null));
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
			assertTrue(job.result().isCancelled());
			// what a whenComplete callback (UiAsync) is handed: a cancel, caused by the declined login
			Throwable outcome = job.result().handle((value, error) -> error).join();
			assertInstanceOf(CancellationException.class, outcome);
			assertInstanceOf(LoginDeclinedException.class, outcome.getCause());
		}
	}

	@Test
	void aJobCancelledWhilePromptingIsCancelledWithoutALoginError() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		AtomicReference<CupsJob<Void>> ref = new AtomicReference<>();
		RecordingPrompt prompt = new RecordingPrompt(r -> {
			ref.get().cancel(); // the user cancels the job in the Progress view while the dialog is open
			assertTrue(r.cancelToken().isCanceled());
			return null;
		});
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			CupsJob<Void> job = new CupsJob<>("cancelled", sandbox.server(), monitor -> { //$NON-NLS-1$
				connection.pausePrinter("null", "cancelled", monitor); //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			});
			ref.set(job);
			job.schedule();
			assertTrue(job.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS), null));
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
			assertEquals(1, prompt.requests.size());
			assertTrue(job.result().isCancelled());
			Throwable outcome = job.result().handle((value, error) -> error).join();
			assertInstanceOf(CancellationException.class, outcome);
			assertFalse(outcome.getCause() instanceof LoginDeclinedException, String.valueOf(outcome.getCause()));
		}
	}
}
