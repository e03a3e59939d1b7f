package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.cupola.ipp.CertificateNotTrustedException;
import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.TrustPrompt.Decision;
import org.cupola.ipp.TrustRequest;
import org.cupola.testing.RequiredTlsSandbox;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cupsd as CUPS ships it (DefaultEncryption Required, its own self-signed certificate), reached as a non-local
 * client through a network namespace: HTTP 426 upgrades to TLS, and the certificate is trusted only by a decision.
 */
class RemoteTlsTest {

	@RegisterExtension
	static final RequiredTlsSandbox tls = new RequiredTlsSandbox("cupola-tls-config-"); //$NON-NLS-1$

	@BeforeEach
	void forgetTrust() {
		CertificatePins.clearSession();
		CertificatePins.user().forget(tls.remote().server().hostAndPort());
	}

	private String lpstat(String queue) {
		return tls.remote().exec("lpstat", "-h", "127.0.0.1:" + tls.remote().sandbox().port(), "-p", queue); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The certificate's fingerprint as openssl sees it: a second opinion. */
	private String opensslFingerprint() {
		String out = tls.remote().exec("sh", "-c", "echo | openssl s_client -connect 127.0.0.1:" + tls.remote().sandbox().port() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " 2>/dev/null | openssl x509 -noout -fingerprint -sha256"); //$NON-NLS-1$
		return out.substring(out.indexOf('=') + 1).strip().toUpperCase(Locale.ROOT);
	}

	@Test
	void anAdminOperationUpgradesOn426AndAsksAboutTheSelfSignedCertificate() throws Exception {
		RecordingPrompt credentials = new RecordingPrompt(r -> tls.remote().adminCredentials());
		RecordingTrustPrompt trust = new RecordingTrustPrompt(Decision.TRUST_FOR_SESSION);
		try (CupsConnection c = new CupsConnection(tls.remote().server(), ConnectionOptions.DEFAULTS, credentials)) {
			c.setTrustPrompt(trust);
			c.pausePrinter("null", "paused over TLS", null); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(lpstat("null").contains("disabled"), lpstat("null")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			c.resumePrinter("null", null); //$NON-NLS-1$
			assertTrue(lpstat("null").contains("idle"), lpstat("null")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(1, trust.requests.size(), "one question for the server, then trusted for the session"); //$NON-NLS-1$
			TrustRequest request = trust.requests.get(0);
			assertTrue(request.problems().contains(TrustRequest.Problem.SELF_SIGNED), request.problems().toString());
			assertFalse(request.problems().contains(TrustRequest.Problem.CHANGED));
			assertNull(request.pinnedSha256());
			assertEquals(opensslFingerprint(), request.certificate().sha256());
			assertEquals(tls.remote().server(), request.server());
			ConnectionSecurity security = c.security();
			assertEquals(ConnectionSecurity.Kind.TLS, security.kind());
			assertTrue(security.tlsProtocol().startsWith("TLS"), security.tlsProtocol()); //$NON-NLS-1$
			assertEquals(request.certificate(), security.certificate());
		}
		String log = Files.readString(tls.remote().sandbox().directory().resolve("log/access_log")); //$NON-NLS-1$
		assertTrue(log.contains("\" 426 "), "the plain request was refused with 426 first:\n" + log); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(log.contains("cupsadmin") && log.contains("Pause-Printer successful-ok"), log); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(CertificatePins.user().list().isEmpty(), "trusted for the session only: nothing pinned"); //$NON-NLS-1$
	}

	@Test
	void withoutAPromptTheUntrustedCertificateFailsWithItsFingerprintAndTheCommand() throws Exception {
		RecordingPrompt credentials = new RecordingPrompt(r -> tls.remote().adminCredentials());
		try (CupsConnection c = new CupsConnection(tls.remote().server(), ConnectionOptions.DEFAULTS, credentials)) {
			CertificateNotTrustedException e = assertThrows(CertificateNotTrustedException.class,
					() -> c.pausePrinter("null", null, null)); //$NON-NLS-1$
			String fingerprint = opensslFingerprint();
			assertEquals(fingerprint, e.certificate().sha256());
			assertTrue(e.getMessage().contains(fingerprint), e.getMessage());
			assertTrue(e.getMessage().contains("cupola certificates trust --server " + tls.remote().server().hostAndPort() //$NON-NLS-1$
					+ " --fingerprint " + fingerprint), e.getMessage()); //$NON-NLS-1$
			assertTrue(e.getMessage().contains("self-signed"), e.getMessage()); //$NON-NLS-1$
			assertTrue(credentials.requests.isEmpty(), "no password asked, nothing sent"); //$NON-NLS-1$
		}
		assertFalse(lpstat("null").contains("disabled")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void cancelInTheTrustPromptCancelsTheOperationAndSendsNothing() throws Exception {
		RecordingPrompt credentials = new RecordingPrompt(r -> tls.remote().adminCredentials());
		RecordingTrustPrompt trust = new RecordingTrustPrompt(Decision.CANCEL);
		try (CupsConnection c = new CupsConnection(tls.remote().server(), ConnectionOptions.DEFAULTS, credentials)) {
			c.setTrustPrompt(trust);
			assertThrows(OperationCanceledException.class, () -> c.pausePrinter("paused", null, null)); //$NON-NLS-1$
			assertEquals(1, trust.requests.size());
			assertTrue(credentials.requests.isEmpty(), "no password asked"); //$NON-NLS-1$
		}
		String clientAddress = tls.remote().server().host().substring(0, tls.remote().server().host().lastIndexOf('.')) + ".1 "; //$NON-NLS-1$
		List<String> fromUs = Files.readAllLines(tls.remote().sandbox().directory().resolve("log/access_log")).stream() //$NON-NLS-1$
				.filter(l -> l.startsWith(clientAddress) && l.contains("/printers/paused")).toList(); //$NON-NLS-1$
		assertTrue(fromUs.stream().allMatch(l -> l.contains("\" 426 ")), //$NON-NLS-1$
				"only the plain request that cupsd refused with 426; nothing over the untrusted TLS connection: " + fromUs); //$NON-NLS-1$
	}

	@Test
	void aPinnedCertificateIsTrustedSilentlyAndAChangedOneIsRefusedUntilReplaced() throws Exception {
		RecordingTrustPrompt trust = new RecordingTrustPrompt(Decision.TRUST_PERMANENTLY);
		String first;
		try (CupsConnection c = new CupsConnection(tls.remote().secureServer(), ConnectionOptions.DEFAULTS, null)) {
			c.setTrustPrompt(trust);
			assertEquals(5, c.getPrinters(null).size());
			first = trust.requests.get(0).certificate().sha256();
			assertEquals(first, CertificatePins.user().pinned(tls.remote().server().hostAndPort()).orElseThrow());
			assertTrue(Files.readString(tls.config().resolve(CertificatePins.FILE_NAME)).contains(first));
		}
		CertificatePins.clearSession();
		try (CupsConnection c = new CupsConnection(tls.remote().secureServer(), ConnectionOptions.DEFAULTS, null)) {
			assertEquals(5, c.getPrinters(null).size(), "pinned: no prompt needed"); //$NON-NLS-1$
		}

		tls.remote().replaceCertificate();
		String second = opensslFingerprint();
		assertFalse(first.equals(second), "cupsd made a new certificate"); //$NON-NLS-1$
		try (CupsConnection c = new CupsConnection(tls.remote().secureServer(), ConnectionOptions.DEFAULTS, null)) {
			CertificateNotTrustedException e = assertThrows(CertificateNotTrustedException.class,
					() -> c.getPrinters(null));
			assertTrue(e.problems().contains(TrustRequest.Problem.CHANGED));
			assertTrue(e.getMessage().contains("CHANGED") && e.getMessage().contains(first) //$NON-NLS-1$
					&& e.getMessage().contains(second), e.getMessage());
		}
		RecordingTrustPrompt replace = new RecordingTrustPrompt(Decision.TRUST_PERMANENTLY);
		try (CupsConnection c = new CupsConnection(tls.remote().secureServer(), ConnectionOptions.DEFAULTS, null)) {
			c.setTrustPrompt(replace);
			assertEquals(5, c.getPrinters(null).size());
			TrustRequest request = replace.requests.get(0);
			assertEquals(first, request.pinnedSha256());
			assertEquals(second, request.certificate().sha256());
			assertTrue(request.problems().containsAll(List.of(TrustRequest.Problem.CHANGED,
					TrustRequest.Problem.SELF_SIGNED)));
		}
		assertEquals(second, CertificatePins.user().pinned(tls.remote().server().hostAndPort()).orElseThrow());
	}
}
