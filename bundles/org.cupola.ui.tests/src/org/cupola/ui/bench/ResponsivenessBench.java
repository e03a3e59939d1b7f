package org.cupola.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.UiAsync;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * UI responsiveness while CUPS works (issue 4). Not a test: its name keeps it out of the default run; run it with
 * {@code ./dev bench-ui}. A watchdog thread posts an {@code asyncExec} ping to the UI thread every 5 ms and records
 * how late each one runs, while 8 operations run at once as {@link CupsJob}s against a real private cupsd: device
 * listings (one backend answers after 3 s), test pages, and admin operations whose credentials are asked for on
 * the UI thread through {@code syncExec} (the path the real dialog takes). Results update a table through
 * {@link UiAsync}. Then it measures cancel latency against a server that accepts and never answers. Figures go to
 * stdout and to {@code target/bench-ui.txt}. It asserts only that the work was done, never a timing.
 */
class ResponsivenessBench {

	private static final int ROUNDS = 3;

	@Test
	void uiStaysResponsiveWhileEightOperationsRun() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setText("Cupola responsiveness bench"); //$NON-NLS-1$
		shell.setLayout(new FillLayout());
		Table table = new Table(shell, SWT.BORDER);
		shell.setSize(600, 400);
		shell.open();
		CupsSandbox sandbox = CupsSandbox.shared();
		CredentialsPrompt uiPrompt = request -> {
			// what the auth dialog does: hop to the UI thread with syncExec and come back with an answer
			AtomicReference<Credentials> answer = new AtomicReference<>();
			display.syncExec(() -> answer.set(sandbox.adminCredentials()));
			return answer.get();
		};
		// a connection per operation, so every admin operation runs its own 401 -> prompt -> retry flow; created
		// before the measurement, like the workbench's Servers, since building an HttpClient takes milliseconds
		List<List<CupsConnection>> connections = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			List<CupsConnection> eight = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				eight.add(new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, uiPrompt));
			}
			connections.add(eight);
		}
		List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
		ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
		watchdog.scheduleAtFixedRate(() -> {
			long posted = System.nanoTime();
			if (!display.isDisposed()) {
				display.asyncExec(() -> lateness.add(System.nanoTime() - posted));
			}
		}, 5, 5, TimeUnit.MILLISECONDS);
		StringBuilder report = new StringBuilder();
		long t0 = System.nanoTime();
		int completed = 0;
		try {
			for (int round = 0; round < ROUNDS; round++) {
				completed += runEightOperations(display, table, sandbox, connections.get(round));
			}
		} finally {
			watchdog.shutdownNow();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		List<Long> sorted = new ArrayList<>(lateness);
		Collections.sort(sorted);
		report.append(String.format("UI stall while %d operations ran in %d rounds of 8 (%.1f s): %d pings, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", //$NON-NLS-1$
				completed, ROUNDS, seconds, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0)));
		List<Double> cancels = cancelLatencies(display);
		Collections.sort(cancels);
		report.append(String.format("Cancel latency (Job.cancel() to job done, server never answers, %d runs): median %.1f ms, max %.1f ms%n", //$NON-NLS-1$
				cancels.size(), cancels.get(cancels.size() / 2), cancels.get(cancels.size() - 1)));
		System.out.print(report);
		Path out = Paths.get("target", "bench-ui.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		shell.dispose();
		assertEquals(8 * ROUNDS, completed, "every operation completed");
		assertTrue(sorted.size() > 100, "the watchdog ran");
	}

	private static int runEightOperations(Display display, Table table, CupsSandbox sandbox,
			List<CupsConnection> connections) {
		List<CompletableFuture<?>> futures = new ArrayList<>();
		AtomicInteger done = new AtomicInteger();
		for (int i = 0; i < 8; i++) {
			CupsConnection c = connections.get(i);
			CupsJob<String> job = switch (i % 4) {
			case 0 -> new CupsJob<>("devices", sandbox.server(), m -> { //$NON-NLS-1$
				AtomicInteger n = new AtomicInteger();
				c.getDevices(DeviceQuery.ALL, d -> n.incrementAndGet(), m);
				return n.get() + " devices"; //$NON-NLS-1$
			});
			case 1 -> new CupsJob<>("test page", sandbox.server(), m -> "job " + c.printTestPage("null", m)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case 2 -> new CupsJob<>("pause+resume", sandbox.server(), m -> { //$NON-NLS-1$
				c.pausePrinter("null", null, m); //$NON-NLS-1$
				c.resumePrinter("null", m); //$NON-NLS-1$
				return "paused and resumed"; //$NON-NLS-1$
			});
			default -> new CupsJob<>("printers", sandbox.server(), m -> c.getPrinters(m).size() + " printers"); //$NON-NLS-1$ //$NON-NLS-2$
			};
			UiAsync.whenDone(job.result(), table, (v, e) -> {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(e == null ? v : e.toString());
				done.incrementAndGet();
			});
			// closing waits for the connection's exchanges to end: never on the UI thread
			job.result().whenComplete((v, e) -> c.close());
			futures.add(job.result());
			job.schedule();
		}
		UiWait.until(display, 60_000, () -> done.get() == 8);
		return (int) futures.stream().filter(f -> !f.isCompletedExceptionally()).count();
	}

	private static List<Double> cancelLatencies(Display display) throws IOException, InterruptedException {
		List<Double> result = new ArrayList<>();
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread acceptor = new Thread(() -> {
				List<Socket> held = new ArrayList<>();
				try {
					while (true) {
						Socket s = silent.accept();
						held.add(s); // read nothing, answer nothing
						InputStream in = s.getInputStream();
						in.available();
					}
				} catch (IOException e) {
					// closed
				}
			}, "silent-server"); //$NON-NLS-1$
			acceptor.setDaemon(true);
			acceptor.start();
			CupsServer server = new CupsServer(false, "127.0.0.1", silent.getLocalPort()); //$NON-NLS-1$
			try (CupsConnection c = new CupsConnection(server, ConnectionOptions.DEFAULTS, null)) {
				for (int i = 0; i < 20; i++) {
					CupsJob<?> job = new CupsJob<>("hangs", server, c::getPrinters); //$NON-NLS-1$
					CountDownLatch running = new CountDownLatch(1);
					CountDownLatch finished = new CountDownLatch(1);
					AtomicReference<Long> doneAt = new AtomicReference<>();
					job.addJobChangeListener(new JobChangeAdapter() {
						@Override
						public void running(IJobChangeEvent event) {
							running.countDown();
						}

						@Override
						public void done(IJobChangeEvent event) {
							doneAt.set(System.nanoTime());
							finished.countDown();
						}
					});
					job.schedule();
					running.await();
					Thread.sleep(100); // the request is on the wire
					long cancelAt = System.nanoTime();
					job.cancel();
					finished.await(10, TimeUnit.SECONDS);
					result.add((doneAt.get() - cancelAt) / 1e6);
				}
			}
		}
		return result;
	}

	private static double ms(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int i = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return sorted.get(Math.max(0, i)) / 1e6;
	}
}
