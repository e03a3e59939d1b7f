package org.cupola.fleet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cupola.fleet.FleetCommand;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.PrinterSettings;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.Test;

/**
 * Figures for docs/PERFORMANCE.md (issue 13), run by {@code ./dev bench-fleet}: export, diff and apply of a site with
 * {@value #QUEUES} PPD queues between two private cupsd; {@code cupola diagnose} on {@value #SERVERS} private cupsd at
 * once and one at a time. Written to stdout and {@code target/bench-fleet.txt}; nothing is asserted about time.
 */
class FleetBench {

	private static final int QUEUES = Integer.getInteger("cupola.bench.queues", 100).intValue(); //$NON-NLS-1$
	private static final int SERVERS = Integer.getInteger("cupola.bench.servers", 20).intValue(); //$NON-NLS-1$
	private static final ConnectionOptions OPTIONS = ConnectionOptions.DEFAULTS.withReadTimeout(Duration.ofSeconds(60));
	private static final Map<String, String> ADMIN = Map.of("CUPOLA_PASSWORD", "cupsadmin-pw"); //$NON-NLS-1$ //$NON-NLS-2$

	private final StringBuilder report = new StringBuilder();

	private int run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = new FleetCommand().withConsole(null).withOptions(OPTIONS).run(args,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
				ADMIN);
		if (status == FleetCommand.EXIT_ERROR) {
			System.out.println(out.toString(StandardCharsets.UTF_8));
		}
		return status;
	}

	private double timed(String what, int expected, String... args) {
		long t0 = System.nanoTime();
		int status = run(args);
		double s = (System.nanoTime() - t0) / 1e9;
		assertEquals(expected, status, what);
		line(String.format("%-58s %7.2f s", what, Double.valueOf(s))); //$NON-NLS-1$
		return s;
	}

	private void line(String s) {
		System.out.println(s);
		report.append(s).append('\n');
	}

	@Test
	void siteOfManyQueuesAndAFleet() throws Exception {
		Path dir = Files.createTempDirectory("bench-fleet"); //$NON-NLS-1$
		try (CupsSandbox source = CupsSandbox.start(false); CupsSandbox target = CupsSandbox.start(false)) {
			try (CupsConnection c = new CupsConnection(source.server(), OPTIONS, r -> null)) {
				c.setCredentials(source.adminCredentials());
				for (int i = 0; i < QUEUES; i++) {
					c.addModifyPrinter(String.format("q%03d", Integer.valueOf(i)), PrinterSettings.builder() //$NON-NLS-1$
							.deviceUri("socket://127.0.0.1:9/").ppdName("drv:///sample.drv/generpcl.ppd") //$NON-NLS-1$ //$NON-NLS-2$
							.info("Queue " + i).location("Floor " + i % 7).enabled(Boolean.TRUE) //$NON-NLS-1$ //$NON-NLS-2$
							.acceptingJobs(Boolean.TRUE).build(), null);
				}
			}
			String src = source.server().hostAndPort();
			String dst = target.server().hostAndPort();
			Path file = dir.resolve("site.json"); //$NON-NLS-1$
			line(String.format("site: %d queues, each with its PPD (drv:///sample.drv/generpcl.ppd)", Integer.valueOf(QUEUES))); //$NON-NLS-1$
			timed("export", 0, "export", "--server", src, "--user", "cupsadmin", "--output", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			line(String.format("  file size %,d bytes", Long.valueOf(Files.size(file)))); //$NON-NLS-1$
			timed("diff file vs empty server", 1, "diff", file.toString(), "--server", dst, "--user", "cupsadmin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			timed("apply to the empty server (" + QUEUES + " creations)", 0, "apply", file.toString(), "--server", dst, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"--user", "cupsadmin", "--yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			timed("apply again (nothing to change)", 0, "apply", file.toString(), "--server", dst, "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"cupsadmin", "--yes"); //$NON-NLS-1$ //$NON-NLS-2$
			timed("diff server vs server (equal)", 0, "diff", "--server", src, "--server", dst, "--user", "cupsadmin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		}
		List<CupsSandbox> fleet = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<CupsSandbox>> starting = new ArrayList<>();
			for (int i = 0; i < SERVERS; i++) {
				starting.add(pool.submit(() -> CupsSandbox.start(true)));
			}
			for (Future<CupsSandbox> f : starting) {
				fleet.add(f.get());
			}
			List<String> args = new ArrayList<>(List.of("diagnose", "--json", "--parallel")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			args.add(Integer.toString(SERVERS));
			for (CupsSandbox s : fleet) {
				args.add("--server"); //$NON-NLS-1$
				args.add(s.server().hostAndPort());
			}
			line(String.format("fleet: cupola diagnose on %d private cupsd (5 queues each, default printer checked)", //$NON-NLS-1$
					Integer.valueOf(SERVERS)));
			timed("  --parallel " + SERVERS, 0, args.toArray(String[]::new)); //$NON-NLS-1$
			args.set(3, "1"); //$NON-NLS-1$
			timed("  --parallel 1 (one at a time)", 0, args.toArray(String[]::new)); //$NON-NLS-1$
		} finally {
			for (CupsSandbox s : fleet) {
				pool.submit(s::close);
			}
			pool.shutdown();
			pool.awaitTermination(120, TimeUnit.SECONDS);
		}
		Path out = Paths.get("target", "bench-fleet.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
	}
}
