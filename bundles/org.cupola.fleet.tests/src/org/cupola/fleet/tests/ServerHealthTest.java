package org.cupola.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cupola.fleet.ServerHealth;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.TrustPrompt;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.RemoteCupsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerHealth} against a real private cupsd (its five sample queues: one paused, one rejecting) and against
 * a port where nothing listens; CUPS's own tools (ipptool, lpstat, lp) are the second opinion.
 */
class ServerHealthTest {

	private static CupsSandbox sandbox;

	@BeforeAll
	static void start() {
		sandbox = CupsSandbox.start(true);
	}

	@AfterAll
	static void stop() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@Test
	void aHealthyServerWithAStoppedAndARejectingQueueAndPendingJobs() {
		String host = "127.0.0.1:" + sandbox.port(); //$NON-NLS-1$
		// two jobs wait on the paused queue
		for (int i = 0; i < 2; i++) {
			CupsTools.run(Map.of(), "lp", "-h", host, "-U", CupsTools.ADMIN, "-d", "paused", "/etc/hostname"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		}
		try (CupsConnection c = new CupsConnection(sandbox.server(), Fleet.OPTIONS, null)) {
			ServerHealth h = ServerHealth.check(c, null);
			assertTrue(h.reachable());
			assertNull(h.error());
			assertEquals(sandbox.server(), h.server());
			assertEquals(CupsSandbox.QUEUES.size(), h.queues());
			assertEquals(List.of("paused"), h.stopped()); //$NON-NLS-1$
			assertEquals(List.of("rejecting"), h.rejecting()); //$NON-NLS-1$
			assertEquals(ServerHealth.Level.WARNING, h.level(Instant.now()));
			assertEquals(ConnectionSecurity.Kind.PLAIN, h.security().kind());
			assertNull(h.certificateExpiry());

			// CUPS's own view
			String ipptool = CupsTools.run(Map.of(), "ipptool", "-tv", "ipp://" + host + "/", "get-printers.test"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Matcher m = Pattern.compile("cups-version \\(textWithoutLanguage\\) = (\\S+)").matcher(ipptool); //$NON-NLS-1$
			assertTrue(m.find(), ipptool);
			assertEquals(m.group(1), h.cupsVersion());
			String jobs = CupsTools.run(Map.of(), "lpstat", "-h", host, "-o"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertEquals(jobs.lines().filter(l -> !l.isBlank()).count(), h.jobsPending(), jobs);
			assertEquals(2, h.jobsPending());
			String printers = CupsTools.run(Map.of(), "lpstat", "-h", host, "-p"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(printers.contains("printer paused disabled"), printers); //$NON-NLS-1$

		}
	}

	@Test
	void overTlsTheCertificateExpiryIsTheOneOpensslSees() {
		try (RemoteCupsSandbox remote = RemoteCupsSandbox.start("Never", true); //$NON-NLS-1$
				CupsConnection c = new CupsConnection(remote.secureServer(), Fleet.OPTIONS, null)) {
			c.setTrustPrompt(request -> TrustPrompt.Decision.TRUST_FOR_SESSION);
			ServerHealth h = ServerHealth.check(c, null);
			assertTrue(h.reachable(), String.valueOf(h.error()));
			assertNull(h.error());
			assertEquals(ConnectionSecurity.Kind.TLS, h.security().kind());
			assertNotNull(h.certificateExpiry());
			String notAfter = remote.exec("sh", "-c", "date -u +%s -d \"$(echo | openssl s_client -connect 127.0.0.1:" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ remote.sandbox().port() + " 2>/dev/null | openssl x509 -noout -enddate | cut -d= -f2)\""); //$NON-NLS-1$
			assertEquals(Long.parseLong(notAfter.strip()), h.certificateExpiry().getEpochSecond());
			// the same server with every queue printing: OK while the certificate is valid for a while, a warning
			// within CERTIFICATE_WARNING of its expiry and after it
			ServerHealth printing = new ServerHealth(h.server(), h.checked(), true, null, h.cupsVersion(), h.security(),
					h.queues(), List.of(), List.of(), 0);
			Instant expiry = h.certificateExpiry();
			assertEquals(ServerHealth.Level.OK, printing.level(expiry.minus(ServerHealth.CERTIFICATE_WARNING).minusSeconds(60)));
			assertEquals(ServerHealth.Level.WARNING, printing.level(expiry.minusSeconds(3600)));
			assertEquals(ServerHealth.Level.WARNING, printing.level(expiry.plusSeconds(3600)));
		}
	}

	@Test
	void aServerThatDoesNotAnswerIsAnErrorWithTheReason() throws IOException {
		CupsServer nobody = new CupsServer(false, "127.0.0.1", CupsSandbox.freePort()); //$NON-NLS-1$
		try (CupsConnection c = new CupsConnection(nobody, Fleet.OPTIONS, null)) {
			ServerHealth h = ServerHealth.check(c, null);
			assertFalse(h.reachable());
			assertNotNull(h.error());
			assertFalse(h.error().isBlank());
			assertEquals(ServerHealth.Level.ERROR, h.level(Instant.now()));
			assertNull(h.cupsVersion());
		}
	}
}
