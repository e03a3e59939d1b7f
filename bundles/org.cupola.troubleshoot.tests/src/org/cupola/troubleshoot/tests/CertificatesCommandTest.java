package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.cupola.ipp.CertificatePins;
import org.cupola.testing.RequiredTlsSandbox;
import org.cupola.troubleshoot.CertificatesCommand;
import org.cupola.troubleshoot.DiagnoseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code cupola certificates list|trust|forget} and {@code cupola diagnose --trust-fingerprint}, in-process, against
 * a cupsd as CUPS ships it (self-signed certificate) in a network namespace.
 */
class CertificatesCommandTest {

	@RegisterExtension
	static final RequiredTlsSandbox tls = new RequiredTlsSandbox("cupola-certs-config-"); //$NON-NLS-1$

	private record Result(int status, String out, String err) {
	}

	private static Result certificates(String terminal, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new CertificatesCommand(terminal == null ? null : new BufferedReader(new StringReader(terminal)))
				.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Result diagnose(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new DiagnoseCommand().withConsole(null).withOptions(TestSupport.OPTIONS)
				.withTestPageTimeout(Duration.ofSeconds(30)).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String fingerprint() {
		String out = tls.remote().exec("sh", "-c", "echo | openssl s_client -connect 127.0.0.1:" + tls.remote().sandbox().port() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " 2>/dev/null | openssl x509 -noout -fingerprint -sha256"); //$NON-NLS-1$
		return out.substring(out.indexOf('=') + 1).strip().toUpperCase(Locale.ROOT);
	}

	@Test
	void untrustedThenTrustedForOneRunThenPinnedThenForgotten() {
		String hostPort = tls.remote().server().hostAndPort();
		String ipps = tls.remote().secureServer().key();
		String fp = fingerprint();

		Result untrusted = diagnose("--server", ipps, "--printer", "null"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(DiagnoseCommand.EXIT_USAGE, untrusted.status(), untrusted.err());
		assertTrue(untrusted.err().contains(fp), untrusted.err());
		assertTrue(untrusted.err().contains("cupola certificates trust --server " + hostPort + " --fingerprint " + fp), //$NON-NLS-1$ //$NON-NLS-2$
				untrusted.err());

		Result once = diagnose("--server", ipps, "--printer", "null", "--trust-fingerprint", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				fp.replace(":", "").toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotEquals(DiagnoseCommand.EXIT_USAGE, once.status(), once.err() + once.out());
		assertTrue(once.out().contains("null"), once.out()); //$NON-NLS-1$
		assertTrue(CertificatePins.user().list().isEmpty(), "--trust-fingerprint pins nothing"); //$NON-NLS-1$
		CertificatePins.clearSession();

		Result wrong = certificates(null, "trust", "--server", hostPort, "--fingerprint", "00".repeat(32)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(CertificatesCommand.EXIT_FAILED, wrong.status());
		assertTrue(wrong.err().contains(fp), wrong.err());
		Result declined = certificates("n\n", "trust", "--server", hostPort); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(CertificatesCommand.EXIT_FAILED, declined.status());
		assertTrue(declined.out().contains(fp) && declined.out().contains("self-signed"), declined.out()); //$NON-NLS-1$
		assertTrue(CertificatePins.user().list().isEmpty());

		Result trusted = certificates(null, "trust", "--server", hostPort, "--fingerprint", fp); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(CertificatesCommand.EXIT_OK, trusted.status(), trusted.err());
		Result list = certificates(null, "list"); //$NON-NLS-1$
		assertEquals(hostPort + "  " + fp, list.out().strip()); //$NON-NLS-1$
		Result pinned = diagnose("--server", ipps, "--printer", "null"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertNotEquals(DiagnoseCommand.EXIT_USAGE, pinned.status(), pinned.err() + pinned.out());

		Result forgotten = certificates(null, "forget", "--server", hostPort); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(CertificatesCommand.EXIT_OK, forgotten.status());
		assertTrue(certificates(null, "list").out().startsWith("No trusted server certificates")); //$NON-NLS-1$ //$NON-NLS-2$

		Result yes = certificates("y\n", "trust", "--server", hostPort); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(CertificatesCommand.EXIT_OK, yes.status(), yes.err());
		assertEquals(fp, CertificatePins.user().pinned(hostPort).orElseThrow());
		assertFalse(certificates(null, "forget", "--server", hostPort).out().isEmpty()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
