package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.Job;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.testing.AdminSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CUPS-Move-Job against a real cupsd; {@code lpstat -o} gives a second opinion on where the jobs are. The jobs are
 * held so that they stay listed on the queue they are moved to.
 */
class MoveJobTest {

	@RegisterExtension
	static final AdminSandbox cups = new AdminSandbox();

	private static int heldJob(String queue, String name) throws IppException {
		int id = cups.admin().printJob(queue, name, "text/plain", //$NON-NLS-1$
				new ByteArrayInputStream("move me".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
		cups.admin().holdJob(id, null);
		return id;
	}

	/** {@return the "QUEUE-ID" column of {@code lpstat -h 127.0.0.1:PORT -o}: where CUPS's own tool sees the jobs} */
	private static List<String> lpstatJobs() throws IOException, InterruptedException {
		Process p = new ProcessBuilder("lpstat", "-h", "127.0.0.1:" + cups.sandbox().port(), "-o") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), "lpstat did not end"); //$NON-NLS-1$
		assertEquals(0, p.exitValue(), out);
		return out.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\s+")[0]).toList(); //$NON-NLS-1$
	}

	@Test
	void movesOneJobToAnotherQueue() throws Exception {
		int id = heldJob("paused", "one"); //$NON-NLS-1$ //$NON-NLS-2$
		int stays = heldJob("paused", "stays"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			assertTrue(lpstatJobs().contains("paused-" + id)); //$NON-NLS-1$
			cups.admin().moveJob(id, "null", null); //$NON-NLS-1$
			assertEquals("null", cups.admin().getJobAttributes(id, null).printerName()); //$NON-NLS-1$
			assertEquals(Job.State.HELD, cups.admin().getJobAttributes(id, null).state());
			assertEquals("paused", cups.admin().getJobAttributes(stays, null).printerName()); //$NON-NLS-1$
			List<String> listed = lpstatJobs();
			assertTrue(listed.contains("null-" + id), listed::toString); //$NON-NLS-1$
			assertFalse(listed.contains("paused-" + id), listed::toString); //$NON-NLS-1$
			assertTrue(listed.contains("paused-" + stays), listed::toString); //$NON-NLS-1$
		} finally {
			cups.admin().cancelJob(id, null);
			cups.admin().cancelJob(stays, null);
		}
	}

	@Test
	void movesEveryJobOfAQueue() throws Exception {
		int[] ids = { heldJob("paused", "first"), heldJob("paused", "second") }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try {
			cups.admin().moveAllJobs("paused", "null", null); //$NON-NLS-1$ //$NON-NLS-2$
			List<String> listed = lpstatJobs();
			for (int id : ids) {
				assertEquals("null", cups.admin().getJobAttributes(id, null).printerName()); //$NON-NLS-1$
				assertTrue(listed.contains("null-" + id), listed::toString); //$NON-NLS-1$
			}
			assertTrue(listed.stream().noneMatch(l -> l.startsWith("paused-")), listed::toString); //$NON-NLS-1$
		} finally {
			for (int id : ids) {
				cups.admin().cancelJob(id, null);
			}
		}
	}

	@Test
	void aMoveToAQueueThatDoesNotExistIsRefusedAndTheJobStays() throws Exception {
		int id = heldJob("paused", "nowhere"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			IppStatusException e = assertThrows(IppStatusException.class,
					() -> cups.admin().moveJob(id, "no-such-queue", null)); //$NON-NLS-1$
			assertEquals(IppStatus.CLIENT_ERROR_NOT_FOUND, e.status(), e.getMessage());
			assertTrue(e.getMessage().contains("moving job " + id + " to no-such-queue"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("paused", cups.admin().getJobAttributes(id, null).printerName()); //$NON-NLS-1$
			assertTrue(lpstatJobs().contains("paused-" + id)); //$NON-NLS-1$
		} finally {
			cups.admin().cancelJob(id, null);
		}
	}
}
