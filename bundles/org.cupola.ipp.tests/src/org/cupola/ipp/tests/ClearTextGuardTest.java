package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.ClearTextRefusedException;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Encryption;
import org.cupola.ipp.TrustPrompt.Decision;
import org.cupola.ipp.UserDirectories;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.RemoteCupsSandbox;
import org.cupola.testing.WireCapture;
import org.cupola.testing.TempDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No password in clear text to a host that is not loopback: two cupsd with {@code DefaultEncryption Never} in a
 * network namespace (one can do TLS, one has no certificate at all), and the bytes on the veth captured by tcpdump.
 */
class ClearTextGuardTest {

	private static Path config;
	private static String oldConfig;

	@BeforeAll
	static void isolateConfig() throws Exception {
		config = Files.createTempDirectory("cupola-guard-config-"); //$NON-NLS-1$
		oldConfig = System.setProperty(UserDirectories.CONFIG_PROPERTY, config.toString());
	}

	@AfterAll
	static void restoreConfig() {
		if (oldConfig == null) {
			System.clearProperty(UserDirectories.CONFIG_PROPERTY);
		} else {
			System.setProperty(UserDirectories.CONFIG_PROPERTY, oldConfig);
		}
		TempDirs.delete(config);
	}

	private static String password(CupsSandbox sandbox) {
		return new String(sandbox.adminCredentials().password());
	}

	private static String basic(CupsSandbox sandbox) {
		return Base64.getEncoder().encodeToString(
				(sandbox.adminUser() + ':' + password(sandbox)).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aServerThatAcceptsClearTextStillGetsThePasswordOnlyOverTls() throws Exception {
		try (RemoteCupsSandbox remote = RemoteCupsSandbox.start("Never", true)) { //$NON-NLS-1$
			CupsSandbox sandbox = remote.sandbox();
			RecordingTrustPrompt trust = new RecordingTrustPrompt(Decision.TRUST_FOR_SESSION);
			try (WireCapture wire = WireCapture.start(remote.hostInterface(), sandbox.port());
					CupsConnection c = new CupsConnection(remote.server(), ConnectionOptions.DEFAULTS,
							new RecordingPrompt(r -> remote.adminCredentials()))) {
				c.setTrustPrompt(trust);
				assertEquals(5, c.getPrinters(null).size()); // anonymous: plain HTTP is fine
				assertEquals(ConnectionSecurity.Kind.PLAIN, c.security().kind());
				c.pausePrinter("null", null, null); //$NON-NLS-1$
				c.resumePrinter("null", null); //$NON-NLS-1$
				assertNotNull(c.getErrorLog(0, null)); // cupsd would take Basic in clear text for this one
				assertEquals(ConnectionSecurity.Kind.TLS, c.security().kind());
				assertEquals(1, trust.requests.size());
				wire.stop();
				assertTrue(wire.contains("CUPS-Get-Printers") || wire.contains("printer-name"), //$NON-NLS-1$ //$NON-NLS-2$
						"the capture sees the clear-text part of the exchange"); //$NON-NLS-1$
				assertFalse(wire.contains(password(sandbox)), "password in clear text on the wire"); //$NON-NLS-1$
				assertFalse(wire.contains(basic(sandbox)), "Basic credentials in clear text on the wire"); //$NON-NLS-1$
			}
			RecordingPrompt asked = new RecordingPrompt(r -> remote.adminCredentials());
			try (CupsConnection never = new CupsConnection(remote.server(),
					ConnectionOptions.DEFAULTS.withEncryption(Encryption.NEVER), asked)) {
				ClearTextRefusedException e = assertThrows(ClearTextRefusedException.class,
						() -> never.pausePrinter("null", null, null)); //$NON-NLS-1$
				assertTrue(e.getMessage().contains("Encryption is set to Never"), e.getMessage()); //$NON-NLS-1$
				assertEquals(1, asked.requests.size(), "asked once, then refused to send it"); //$NON-NLS-1$
			}
		} finally {
			CertificatePins.clearSession();
		}
	}

	@Test
	void aServerWithoutTlsGetsNoPasswordUnlessClearTextWasAllowedForIt() throws Exception {
		try (RemoteCupsSandbox remote = RemoteCupsSandbox.start("Never", false)) { //$NON-NLS-1$
			CupsSandbox sandbox = remote.sandbox();
			RecordingPrompt credentials = new RecordingPrompt(r -> remote.adminCredentials());
			try (WireCapture wire = WireCapture.start(remote.hostInterface(), sandbox.port());
					CupsConnection c = new CupsConnection(remote.server(), ConnectionOptions.DEFAULTS, credentials)) {
				ClearTextRefusedException e = assertThrows(ClearTextRefusedException.class,
						() -> c.pausePrinter("null", null, null)); //$NON-NLS-1$
				assertTrue(e.getMessage().contains("offers no TLS") //$NON-NLS-1$
						&& e.getMessage().contains(remote.server().hostAndPort()), e.getMessage());
				assertEquals(5, c.getPrinters(null).size(), "requests without a password still work"); //$NON-NLS-1$
				wire.stop();
				assertTrue(wire.contains("printer-name"), "the capture works"); //$NON-NLS-1$ //$NON-NLS-2$
				assertFalse(wire.contains(password(sandbox)));
				assertFalse(wire.contains(basic(sandbox)));
			}
			try (WireCapture wire = WireCapture.start(remote.hostInterface(), sandbox.port());
					CupsConnection c = new CupsConnection(remote.server(),
							ConnectionOptions.DEFAULTS.withClearTextAllowed(true), credentials)) {
				c.pausePrinter("null", null, null); //$NON-NLS-1$
				c.resumePrinter("null", null); //$NON-NLS-1$
				assertTrue(c.security().clearTextAllowed());
				wire.stop();
				assertTrue(wire.contains(basic(sandbox)),
						"allowed explicitly: the Basic credentials are on the wire, which the capture must see"); //$NON-NLS-1$
			}
		}
	}
}
