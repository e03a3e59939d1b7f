package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Local administration without a password: a cupsd listening on a domain socket accepts
 * {@code Authorization: PeerCred USER} when USER is the socket peer's uid and in SystemGroup (the tests run as root,
 * which this sandbox puts in its SystemGroup).
 */
class PeerCredTest {

	private static CupsSandbox sandbox;

	@BeforeAll
	static void start() {
		sandbox = CupsSandbox.startWithDomainSocket();
	}

	@AfterAll
	static void stop() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	private CupsServer socket() {
		return CupsServer.parse(sandbox.domainSocket().toString());
	}

	private String lpstat(String queue) throws Exception {
		Process p = new ProcessBuilder("lpstat", "-h", "127.0.0.1:" + sandbox.port(), "-p", queue) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor();
		return out;
	}

	@Test
	void aSystemGroupMemberAdministersOverTheSocketWithoutAPassword() throws Exception {
		assertTrue(socket().domainSocket());
		RecordingPrompt credentials = new RecordingPrompt(r -> null);
		try (CupsConnection c = new CupsConnection(socket(), ConnectionOptions.DEFAULTS, credentials)) {
			c.pausePrinter("null", null, null); //$NON-NLS-1$
			assertTrue(lpstat("null").contains("disabled"), lpstat("null")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			c.resumePrinter("null", null); //$NON-NLS-1$
			assertTrue(lpstat("null").contains("idle"), lpstat("null")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(0, credentials.requests.size(), "no password prompt"); //$NON-NLS-1$
			assertEquals(ConnectionSecurity.Kind.LOCAL_SOCKET, c.security().kind());
			assertEquals(5, c.getPrinters(null).size());
		}
		assertTrue(sandbox.errorLogText().contains("PeerCred"), "cupsd saw PeerCred"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void refusedPeerCredentialsFallBackToAPassword() throws Exception {
		// the socket's peer is root, not the named user: cupsd refuses the PeerCred, Basic follows
		RecordingPrompt credentials = new RecordingPrompt(r -> sandbox.adminCredentials());
		try (CupsConnection c = new CupsConnection(socket(),
				ConnectionOptions.DEFAULTS.withRequestingUser(sandbox.plainUser()), credentials)) {
			c.pausePrinter("null", null, null); //$NON-NLS-1$
			c.resumePrinter("null", null); //$NON-NLS-1$
			assertEquals(1, credentials.requests.size(), "PeerCred refused: Basic, one prompt"); //$NON-NLS-1$
			assertEquals(sandbox.adminUser(), c.currentUser());
		}
	}
}
