package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.IppException;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.testing.CupsSandbox;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * cupsd dies (SIGKILL) in the middle of an operation and comes back on the same port.
 */
class CrashRecoveryTest {

	private CupsSandbox sandbox;

	@BeforeEach
	void startSandbox() {
		sandbox = CupsSandbox.start(true);
	}

	@AfterEach
	void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@Test
	void aCrashMidOperationIsAClearErrorAndTheNextCallAfterTheRestartWorks() throws Exception {
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			assertFalse(connection.getPrinters(null).isEmpty()); // leaves a pooled keep-alive connection
			// the slow backend keeps CUPS-Get-Devices running for 3 s
			CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
				try {
					return connection.getDevices(new DeviceQuery(List.of("sandbox", "sandboxslow"), List.of(), 10, 0), //$NON-NLS-1$ //$NON-NLS-2$
							null, null);
				} catch (IppException e) {
					return e;
				}
			});
			Thread.sleep(1000);
			sandbox.kill();
			Object outcome = running.get(30, TimeUnit.SECONDS);
			IppException failure = assertInstanceOf(IppException.class, outcome);
			assertTrue(failure.getMessage().contains(sandbox.server().hostAndPort()), failure.getMessage());
			assertTrue(failure.getMessage().contains("fetching device list"), failure.getMessage()); //$NON-NLS-1$

			ServerUnreachableException down = assertThrows(ServerUnreachableException.class,
					() -> connection.getPrinters(null));
			assertTrue(down.getMessage().endsWith("connection refused"), down.getMessage()); //$NON-NLS-1$

			sandbox.restart();
			connection.getPrinters(null); // no exception: a new connection, not the dead pooled one
			connection.getDefault(null);
		}
	}

	@Test
	void aPooledConnectionKilledByARestartIsReplacedTransparently() throws Exception {
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.getPrinters(null);
			sandbox.restart(); // graceful stop + start: the pooled connection is dead
			for (int i = 0; i < 3; i++) {
				connection.getPrinters(null);
			}
		}
	}

	@Test
	void cancellingDuringTheSlowSearchEndsAtOnce() throws Exception {
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			CancelToken token = new CancelToken();
			CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
				try (CancelToken.Binding b = token.bind()) {
					return connection.getDevices(new DeviceQuery(List.of("sandboxslow"), List.of(), 10, 0), null, //$NON-NLS-1$
							null);
				} catch (IppException | RuntimeException e) {
					return e;
				}
			});
			Thread.sleep(800);
			long start = System.nanoTime();
			token.cancel();
			Object outcome = running.get(5, TimeUnit.SECONDS);
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertInstanceOf(OperationCanceledException.class, outcome);
			assertTrue(millis < 2000, millis + " ms"); //$NON-NLS-1$
			assertFalse(connection.getPrinters(null).isEmpty());
		}
	}

}
