package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.Test;

/** The private cupsd fixture: a real server on loopback with the five test queues and an admin policy. */
class CupsSandboxTest {

	@Test
	void startsWithTheFiveQueuesAndStopsWithoutLeftovers() throws Exception {
		CupsSandbox sandbox = CupsSandbox.start(true);
		long pid;
		try (sandbox; CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			pid = sandbox.cupsdPid();
			List<Printer> printers = c.getPrinters(null);
			Set<String> names = new TreeSet<>();
			printers.forEach(p -> names.add(p.name()));
			assertEquals(new TreeSet<>(CupsSandbox.QUEUES), names);
			Printer paused = printers.stream().filter(p -> p.name().equals("paused")).findFirst().orElseThrow();
			assertEquals(Printer.State.STOPPED, paused.state());
			Printer rejecting = printers.stream().filter(p -> p.name().equals("rejecting")).findFirst().orElseThrow();
			assertFalse(rejecting.acceptingJobs());
			assertEquals("ipp-everywhere", c.getDefault(null).orElseThrow().name());
			// administrative operations demand authentication: without a prompt that is an error, not a hang
			assertThrows(NotAuthorizedException.class, () -> c.pausePrinter("null", null, null));
			assertTrue(Files.exists(sandbox.errorLog()));
		}
		assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "cupsd stopped");
		assertFalse(Files.exists(sandbox.directory()), "state directory removed");
		try (CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			assertThrows(ServerUnreachableException.class, () -> c.getPrinters(null));
		}
	}
}
