package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.NetworkProbe;
import org.cupola.ipp.NetworkProbe.Finding;
import org.cupola.ipp.NetworkProbe.Ports;
import org.cupola.ipp.NetworkProbe.Protocol;
import org.cupola.ipp.NetworkProbe.Result;
import org.cupola.ipp.NetworkProbe.Status;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.AdminSandbox;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Find Network Printer's probes against real listeners on loopback only: the sandbox's ippeveprinter (an IPP
 * Everywhere printer at /ipp/print) and cupsd (queues at /printers/NAME), server sockets standing in for a
 * JetDirect port and an LPD server, one that accepts and never answers, and a closed port.
 */
class NetworkProbeTest {

	@RegisterExtension
	static final AdminSandbox cups = new AdminSandbox();

	private static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$
	private final List<ServerSocket> listeners = new CopyOnWriteArrayList<>();
	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeListeners() throws IOException {
		for (Socket s : accepted) {
			s.close();
		}
		for (ServerSocket s : listeners) {
			s.close();
		}
	}

	/** A listener on loopback whose accepted connections are handed to {@code handler} on a thread of their own. */
	private int listen(java.util.function.Consumer<Socket> handler) throws IOException {
		ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		listeners.add(server);
		Thread t = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					Socket s = server.accept();
					accepted.add(s);
					handler.accept(s);
				} catch (IOException e) {
					return;
				}
			}
		}, "probe-test-listener"); //$NON-NLS-1$
		t.setDaemon(true);
		t.start();
		return server.getLocalPort();
	}

	/** A listener that accepts and never answers; {@code connected} completes with each accepted socket. */
	private int silent(CompletableFuture<Socket> connected) throws IOException {
		return listen(connected::complete);
	}

	private static int ippevePort() {
		return URI.create(cups.sandbox().ippEverywhereUri()).getPort();
	}

	private static NetworkProbe probe(Ports ports, Duration timeout) {
		return new NetworkProbe(LOOPBACK, ports, timeout);
	}

	@Test
	void ippEverywherePrinterAnswersAtIppPrintAndIsDriverless() {
		int port = ippevePort();
		Result r = probe(new Ports(port, 1, 1), Duration.ofSeconds(10)).probe(Protocol.IPP, null);
		assertEquals(Status.FOUND, r.status(), r.message());
		assertEquals(1, r.findings().size());
		Finding f = r.findings().get(0);
		assertEquals("ipp://127.0.0.1:" + port + "/ipp/print", f.uri()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(f.driverless(), "ippeveprinter prints PWG raster and PDF"); //$NON-NLS-1$
		assertFalse(f.makeAndModel().isBlank(), "printer-make-and-model"); //$NON-NLS-1$
		assertEquals("network", f.toDevice().deviceClass()); //$NON-NLS-1$
		assertEquals(f.uri(), f.toDevice().uri());
	}

	@Test
	void aCupsServerAnswersWithItsQueues() {
		Result r = probe(new Ports(cups.sandbox().port(), 1, 1), Duration.ofSeconds(10)).probe(Protocol.IPP, null);
		assertEquals(Status.FOUND, r.status(), r.message());
		List<String> uris = r.findings().stream().map(Finding::uri).toList();
		assertTrue(uris.contains("ipp://127.0.0.1:" + cups.sandbox().port() + "/printers/ipp-everywhere"), //$NON-NLS-1$ //$NON-NLS-2$
				uris::toString);
		assertTrue(uris.contains("ipp://127.0.0.1:" + cups.sandbox().port() + "/printers/null"), uris::toString); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void appSocketPortAnswersByAcceptingTheConnection() throws IOException {
		CompletableFuture<Socket> connected = new CompletableFuture<>();
		int port = silent(connected);
		Result r = probe(new Ports(1, port, 1), Duration.ofSeconds(10)).probe(Protocol.APPSOCKET, null);
		assertEquals(Status.FOUND, r.status(), r.message());
		assertEquals("socket://127.0.0.1:" + port, r.findings().get(0).uri()); //$NON-NLS-1$
		assertFalse(r.findings().get(0).driverless());
	}

	@Test
	void lpdServerAnswersTheQueueStateRequest() throws Exception {
		CompletableFuture<String> request = new CompletableFuture<>();
		int port = listen(s -> {
			try {
				InputStream in = s.getInputStream();
				StringBuilder line = new StringBuilder();
				int c;
				while ((c = in.read()) >= 0 && c != '\n') {
					line.append((char) c);
				}
				request.complete(line.toString());
				s.getOutputStream().write("no entries\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
				s.close();
			} catch (IOException e) {
				request.completeExceptionally(e);
			}
		});
		Result r = probe(new Ports(1, 1, port), Duration.ofSeconds(10)).probe(Protocol.LPD, null);
		assertEquals(Status.FOUND, r.status(), r.message());
		assertEquals("lpd://127.0.0.1:" + port + "/queue", r.findings().get(0).uri()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("\003queue", request.get(10, TimeUnit.SECONDS), "RFC 1179 short queue state"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aSilentListenerTimesOutAndIsReported() throws Exception {
		CompletableFuture<Socket> connected = new CompletableFuture<>();
		int port = silent(connected);
		NetworkProbe probe = probe(new Ports(port, 1, port), Duration.ofMillis(700));
		Result ipp = probe.probe(Protocol.IPP, null);
		assertEquals(Status.NO_ANSWER, ipp.status(), ipp.message());
		assertTrue(ipp.message().contains("no answer"), ipp.message()); //$NON-NLS-1$
		assertTrue(ipp.findings().isEmpty());
		Result lpd = probe.probe(Protocol.LPD, null);
		assertEquals(Status.NO_ANSWER, lpd.status(), lpd.message());
		assertTrue(lpd.message().startsWith("LPD (port " + port + ")"), lpd.message()); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotNull(connected.get(10, TimeUnit.SECONDS), "the listener was reached"); //$NON-NLS-1$
	}

	@Test
	void aClosedPortIsReportedAsRefused() throws IOException {
		int closed = CupsSandbox.freePort();
		List<Result> all = probe(new Ports(closed, closed, closed), Duration.ofSeconds(5)).probeAll(null);
		assertEquals(3, all.size());
		for (Result r : all) {
			assertEquals(Status.REFUSED, r.status(), r.message());
			assertTrue(r.message().contains("refused"), r.message()); //$NON-NLS-1$
		}
	}

	@Test
	void cancelClosesTheSocketOfAProbeWaitingForAnAnswer() throws Exception {
		CompletableFuture<Socket> connected = new CompletableFuture<>();
		int port = silent(connected);
		NetworkProbe probe = probe(new Ports(1, 1, port), Duration.ofSeconds(120));
		CupsJob<Result> job = new CupsJob<>("probe", new CupsServer(false, LOOPBACK, port), //$NON-NLS-1$
				m -> probe.probe(Protocol.LPD, m));
		job.schedule();
		Socket server = connected.get(30, TimeUnit.SECONDS);
		job.cancel();
		// the probe's socket is closed: the listener's side reads end of stream (long before the 120 s timeout)
		server.setSoTimeout(60_000);
		InputStream in = server.getInputStream();
		int c;
		do {
			c = in.read();
		} while (c >= 0);
		assertThrows(CancellationException.class, () -> job.result().get(60, TimeUnit.SECONDS));
		assertTrue(job.result().isCancelled());
	}

	@Test
	void hostNamesAndAddressesAreChecked() {
		assertNull(NetworkProbe.hostProblem("printer.example.com")); //$NON-NLS-1$
		assertNull(NetworkProbe.hostProblem("198.18.0.5")); //$NON-NLS-1$
		assertNull(NetworkProbe.hostProblem("[::1]")); //$NON-NLS-1$
		assertNotNull(NetworkProbe.hostProblem("  ")); //$NON-NLS-1$
		assertNotNull(NetworkProbe.hostProblem("ipp://host/ipp")); //$NON-NLS-1$
		assertNotNull(NetworkProbe.hostProblem("two words")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> new NetworkProbe("", null, null)); //$NON-NLS-1$
		NetworkProbe v6 = new NetworkProbe("::1", null, null); //$NON-NLS-1$
		assertEquals("[::1]", v6.hostForUri()); //$NON-NLS-1$
		assertEquals("[::1]", v6.authority(Protocol.IPP), "well-known port left out"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
