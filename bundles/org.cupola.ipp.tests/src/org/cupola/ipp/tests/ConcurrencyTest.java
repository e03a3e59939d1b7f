package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.Job;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers, two users, eight threads: credentials stay with their connection, and concurrent operations that all
 * need authentication share a single prompt.
 */
class ConcurrencyTest {

	private static CupsSandbox first;
	private static CupsSandbox second;

	@BeforeAll
	static void startSandboxes() {
		first = CupsSandbox.start(true);
		second = CupsSandbox.start(true);
	}

	@AfterAll
	static void stopSandboxes() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	@Test
	void twoServersTwoUsersEightThreads() throws Exception {
		RecordingPrompt adminPrompt = new RecordingPrompt(r -> {
			try {
				Thread.sleep(200); // a user typing: the other threads queue up behind the prompt
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return first.adminCredentials();
		});
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try (CupsConnection admin = new CupsConnection(first.server(), null, adminPrompt);
				CupsConnection plain = new CupsConnection(second.server(), null, null)) {
			plain.setCredentials(second.plainCredentials());
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				tasks.add(() -> {
					for (int i = 0; i < 4; i++) {
						// first server, as cupsadmin (prompted once for everybody)
						String conf = new String(admin.getServerConfig(null), StandardCharsets.UTF_8);
						assertTrue(conf.contains("Listen 127.0.0.1:" + first.port())); //$NON-NLS-1$
						int a = admin.printJob("paused", "a-" + thread + '-' + i, "text/plain", document(), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Job jobA = admin.getJobAttributes(a, null);
						assertEquals(first.adminUser(), jobA.user());
						admin.cancelJob(a, null);
						// second server, as cupsuser
						ForbiddenException e = assertThrows(ForbiddenException.class,
								() -> plain.getServerConfig(null));
						assertEquals(second.plainUser(), e.user());
						int b = plain.printJob("paused", "b-" + thread + '-' + i, "text/plain", document(), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Job jobB = plain.getJobAttributes(b, null);
						assertEquals(second.plainUser(), jobB.user());
						assertEquals("b-" + thread + '-' + i, jobB.name()); //$NON-NLS-1$
						plain.cancelJob(b, null);
					}
					return null;
				});
			}
			for (Future<Void> f : pool.invokeAll(tasks, 3, TimeUnit.MINUTES)) {
				f.get();
			}
			assertEquals(1, adminPrompt.requests.size());
			assertEquals(first.adminUser(), admin.currentUser());
			assertEquals(second.plainUser(), plain.currentUser());
		} finally {
			pool.shutdownNow();
		}
	}

	private static ByteArrayInputStream document() {
		return new ByteArrayInputStream("concurrency\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
	}
}
