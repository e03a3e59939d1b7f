package org.cupola.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cupola.fleet.FleetCommand;
import org.cupola.fleet.internal.Json;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cupola diagnose} on a fleet: 20 private cupsd instances and 3 servers that accept connections and never
 * answer. Every server gets its result, as JSON Lines; the dead ones do not hold back the others. The wall time of
 * the concurrent run and of the servers one at a time are printed (recorded, never asserted).
 */
class FleetDiagnoseTest {

	private static final int LIVE = 20;
	private static final int DEAD = 3;
	private static final List<CupsSandbox> sandboxes = Collections.synchronizedList(new ArrayList<>());
	private static final List<ServerSocket> blackholes = new ArrayList<>();
	private static final List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());
	@TempDir
	static Path tmp;

	@BeforeAll
	static void start() throws Exception {
		long t0 = System.nanoTime();
		// a few at a time: start.sh sets the test users' passwords (chpasswd), which locks /etc/shadow
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<CupsSandbox>> starting = new ArrayList<>();
		for (int i = 0; i < LIVE; i++) {
			starting.add(pool.submit(() -> {
				try {
					return CupsSandbox.start(false);
				} catch (IllegalStateException e) {
					return CupsSandbox.start(false); // once more (a port taken meanwhile, /etc/shadow locked)
				}
			}));
		}
		for (Future<CupsSandbox> f : starting) {
			sandboxes.add(f.get());
		}
		pool.shutdown();
		System.out.printf("fleet: %d private cupsd started in %.1f s%n", Integer.valueOf(LIVE), //$NON-NLS-1$
				Double.valueOf((System.nanoTime() - t0) / 1e9));
		for (int i = 0; i < DEAD; i++) {
			ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			blackholes.add(s);
			Thread t = new Thread(() -> {
				while (!s.isClosed()) {
					try {
						accepted.add(s.accept()); // accepts, never answers
					} catch (IOException e) {
						return;
					}
				}
			}, "blackhole-" + s.getLocalPort()); //$NON-NLS-1$
			t.setDaemon(true);
			t.start();
		}
	}

	@AfterAll
	static void stop() throws Exception {
		for (ServerSocket s : blackholes) {
			s.close();
		}
		for (Socket s : accepted) {
			s.close();
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (CupsSandbox s : sandboxes) {
			pool.submit(s::close);
		}
		pool.shutdown();
		pool.awaitTermination(120, java.util.concurrent.TimeUnit.SECONDS);
	}

	private static List<String> servers() {
		List<String> servers = new ArrayList<>();
		for (CupsSandbox s : sandboxes) {
			servers.add(s.server().hostAndPort());
		}
		for (ServerSocket s : blackholes) {
			servers.add("127.0.0.1:" + s.getLocalPort()); //$NON-NLS-1$
		}
		return servers;
	}

	private static boolean isDead(String server) {
		return blackholes.stream().anyMatch(b -> server.equals("127.0.0.1:" + b.getLocalPort())); //$NON-NLS-1$
	}

	@Test
	void everyServerGetsItsResultAndTheDeadDoNotHoldBackTheOthers() throws IOException {
		List<String> servers = servers();
		Path file = tmp.resolve("servers.txt"); //$NON-NLS-1$
		Files.write(file, servers.subList(0, 10));
		List<String> args = new ArrayList<>(List.of("diagnose", "--json", "--timeout", "2", "--parallel", "23", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--servers-file", file.toString())); //$NON-NLS-1$
		for (String s : servers.subList(10, servers.size())) {
			args.add("--server"); //$NON-NLS-1$
			args.add(s);
		}
		long t0 = System.nanoTime();
		Fleet.Result r = Fleet.run(Map.of(), args.toArray(String[]::new));
		double wall = (System.nanoTime() - t0) / 1e9;
		String[] lines = r.out().strip().split("\n"); //$NON-NLS-1$
		assertEquals(LIVE + DEAD, lines.length, r.toString());
		Set<String> seen = new HashSet<>();
		List<String> order = new ArrayList<>();
		for (String line : lines) {
			Map<?, ?> json = (Map<?, ?>) Json.parse(line);
			String server = (String) json.get("server"); //$NON-NLS-1$
			assertTrue(seen.add(server), "one line per server: " + server); //$NON-NLS-1$
			order.add(server);
			boolean dead = isDead(server);
			long exit = ((Number) json.get("exit")).longValue(); //$NON-NLS-1$
			if (dead) {
				assertEquals(FleetCommand.EXIT_ERROR, exit, line);
			} else {
				assertTrue(exit < FleetCommand.EXIT_ERROR, line);
			}
		}
		assertEquals(new HashSet<>(servers), seen);
		assertEquals(FleetCommand.EXIT_ERROR, r.status(), "the worst exit status"); //$NON-NLS-1$
		int firstDead = 0;
		while (firstDead < order.size() && !isDead(order.get(firstDead))) {
			firstDead++;
		}
		// recorded, never asserted: the same servers one at a time
		long t1 = System.nanoTime();
		List<String> serial = new ArrayList<>(args);
		serial.set(serial.indexOf("--parallel") + 1, "1"); //$NON-NLS-1$ //$NON-NLS-2$
		Fleet.Result one = Fleet.run(Map.of(), serial.toArray(String[]::new));
		double sum = (System.nanoTime() - t1) / 1e9;
		assertEquals(LIVE + DEAD, one.out().strip().split("\n").length, one.toString()); //$NON-NLS-1$
		System.out.printf("fleet diagnose: %d live + %d dead servers, --timeout 2: %.1f s concurrently (--parallel 23; first dead"  //$NON-NLS-1$
				+ " server printed as result %d), %.1f s one at a time%n", //$NON-NLS-1$
				Integer.valueOf(LIVE), Integer.valueOf(DEAD), Double.valueOf(wall), Integer.valueOf(firstDead + 1), Double.valueOf(sum));
	}
}
