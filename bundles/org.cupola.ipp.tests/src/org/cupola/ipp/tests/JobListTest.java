package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Job;
import org.cupola.ipp.model.JobList;
import org.cupola.ipp.model.JobSource;
import org.cupola.ipp.model.ServerJob;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.Test;

/**
 * {@link JobList} without any UI, against the sandbox cupsd: the jobs of several sources merge into one list, newest
 * first, a source that cannot be listed becomes a failure beside them, and the periodic refresh keeps delivering.
 */
class JobListTest {

	@Test
	void mergesTheSourcesAndReportsTheOneThatFails() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		CupsServer nobody = new CupsServer(false, "127.0.0.1", 9); // nothing listens: connection refused
		try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null);
				CupsConnection unreachable = new CupsConnection(nobody, ConnectionOptions.DEFAULTS, null)) {
			admin.setCredentials(sandbox.adminCredentials());
			int first = print(admin, "paused");
			int second = print(admin, "paused");
			try {
				JobList list = new JobList("refresh", server -> "listing " + server);
				list.setSources(() -> List.of(new JobSource(admin, "paused"), new JobSource(unreachable, null)));
				CompletableFuture<JobList.Snapshot> next = new CompletableFuture<>();
				list.addListener(next::complete);
				list.refresh();
				JobList.Snapshot snapshot = next.get(30, TimeUnit.SECONDS);

				List<Integer> ids = snapshot.jobs().stream().map(ServerJob::id).toList();
				assertTrue(ids.indexOf(second) >= 0 && ids.indexOf(second) < ids.indexOf(first),
						"both jobs, newest first: " + ids);
				assertTrue(snapshot.jobs().stream().allMatch(j -> "paused".equals(j.job().printerName())));
				assertEquals(Job.State.PENDING, snapshot.jobs().get(ids.indexOf(first)).job().state());
				assertEquals(1, snapshot.failures().size(), snapshot.failures().toString());
				assertEquals(nobody, snapshot.failures().get(0).server());
				assertFalse(snapshot.multipleServers(), "jobs of one server only");

				List<JobList.Snapshot> periodic = new CopyOnWriteArrayList<>();
				list.addListener(periodic::add);
				list.setRefreshInterval(100);
				list.setAutoRefresh(true);
				long deadline = System.currentTimeMillis() + 30_000;
				while (periodic.size() < 2 && System.currentTimeMillis() < deadline) {
					Thread.sleep(20);
				}
				assertTrue(periodic.size() >= 2, "the periodic refresh delivered " + periodic.size());
				list.dispose();
				assertFalse(list.isAutoRefresh());
			} finally {
				admin.cancelJob(first, null);
				admin.cancelJob(second, null);
			}
		}
	}

	private static int print(CupsConnection connection, String queue) throws Exception {
		return connection.printJob(queue, "JobListTest", "text/plain",
				new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), null);
	}
}
