package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.MalformedResponseException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.testing.FakeIppServer;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/**
 * Cancellation, timeouts and broken servers, against {@link FakeIppServer} (a socket that misbehaves on demand).
 */
class FailureModesTest {

	private static final ConnectionOptions OPTIONS = ConnectionOptions.DEFAULTS.withReadTimeout(Duration.ofSeconds(20));

	@Test
	void cancelTokenAbortsAHangingExchangeAtOnceAndTheConnectionStaysUsable() throws Exception {
		try (FakeIppServer fake = new FakeIppServer(FakeIppServer.Mode.HANG);
				CupsConnection connection = new CupsConnection(fake.server(), OPTIONS, null)) {
			CancelToken token = new CancelToken();
			CompletableFuture<List<Printer>> result = CompletableFuture.supplyAsync(() -> {
				try (CancelToken.Binding binding = token.bind()) {
					return connection.getPrinters(null);
				} catch (IppException e) {
					throw new IllegalStateException(e);
				}
			});
			waitFor(() -> fake.requests() == 1);
			long start = System.nanoTime();
			token.cancel();
			ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(5, TimeUnit.SECONDS));
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertInstanceOf(OperationCanceledException.class, e.getCause());
			assertTrue(millis < 2000, "cancel took " + millis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$

			fake.setMode(FakeIppServer.Mode.OK);
			List<Printer> printers = connection.getPrinters(null);
			assertEquals("fake", printers.get(0).name()); //$NON-NLS-1$
		}
	}

	@Test
	void aCancelledMonitorEndsTheWaitWithoutAToken() throws Exception {
		try (FakeIppServer fake = new FakeIppServer(FakeIppServer.Mode.HANG);
				CupsConnection connection = new CupsConnection(fake.server(), OPTIONS, null)) {
			NullProgressMonitor monitor = new NullProgressMonitor();
			CompletableFuture<List<Printer>> result = CompletableFuture.supplyAsync(() -> {
				try {
					return connection.getPrinters(monitor);
				} catch (IppException e) {
					throw new IllegalStateException(e);
				}
			});
			waitFor(() -> fake.requests() == 1);
			monitor.setCanceled(true);
			ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(5, TimeUnit.SECONDS));
			assertInstanceOf(OperationCanceledException.class, e.getCause());
		}
	}

	@Test
	void anAlreadyCancelledTokenSendsNothing() throws Exception {
		try (FakeIppServer fake = new FakeIppServer(FakeIppServer.Mode.OK);
				CupsConnection connection = new CupsConnection(fake.server(), OPTIONS, null)) {
			CancelToken token = new CancelToken();
			token.cancel();
			try (CancelToken.Binding binding = token.bind()) {
				assertThrows(OperationCanceledException.class, () -> connection.getPrinters(null));
			}
			assertEquals(0, fake.requests());
		}
	}

	@Test
	void aServerThatNeverAnswersTimesOut() throws Exception {
		try (FakeIppServer fake = new FakeIppServer(FakeIppServer.Mode.HANG);
				CupsConnection connection = new CupsConnection(fake.server(),
						OPTIONS.withReadTimeout(Duration.ofMillis(700)), null)) {
			IppTimeoutException e = assertThrows(IppTimeoutException.class, () -> connection.getPrinters(null));
			assertTrue(e.getMessage().contains("did not answer"), e.getMessage()); //$NON-NLS-1$
		}
	}

	@Test
	void aMalformedResponseIsReportedAsSuch() throws Exception {
		try (FakeIppServer fake = new FakeIppServer(FakeIppServer.Mode.MALFORMED);
				CupsConnection connection = new CupsConnection(fake.server(), OPTIONS, null)) {
			MalformedResponseException e = assertThrows(MalformedResponseException.class,
					() -> connection.getPrinters(null));
			assertInstanceOf(org.cupola.ipp.codec.MalformedIppException.class, e.getCause());
		}
	}

	@Test
	void aServerDyingMidResponseGivesAClearError() throws Exception {
		try (FakeIppServer fake = new FakeIppServer(FakeIppServer.Mode.DIE_MIDWAY);
				CupsConnection connection = new CupsConnection(fake.server(), OPTIONS, null)) {
			IppException e = assertThrows(IppException.class, () -> connection.getPrinters(null));
			assertTrue(e.getMessage().contains(fake.server().hostAndPort()), e.getMessage());
		}
	}

	@Test
	void connectionRefusedIsServerUnreachable() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = s.getLocalPort();
		}
		try (CupsConnection connection = new CupsConnection(new CupsServer(false, "127.0.0.1", port), OPTIONS, //$NON-NLS-1$
				null)) {
			ServerUnreachableException e = assertThrows(ServerUnreachableException.class,
					() -> connection.getPrinters(null));
			assertEquals("Could not connect to CUPS at 127.0.0.1:" + port + ": connection refused", e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException, IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IOException("condition not reached in 10 s"); //$NON-NLS-1$
			}
			Thread.sleep(10);
		}
	}
}
