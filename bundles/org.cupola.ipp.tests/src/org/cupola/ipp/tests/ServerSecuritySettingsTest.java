package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Encryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Domain-socket servers, libcups's default server, encryption settings, fingerprints and the pin file. */
class ServerSecuritySettingsTest {

	@Test
	void anAbsolutePathIsADomainSocketAndSurvivesItsKey() {
		CupsServer socket = CupsServer.parse("/run/cups/cups.sock"); //$NON-NLS-1$
		assertTrue(socket.domainSocket());
		assertEquals("/run/cups/cups.sock", socket.hostAndPort()); //$NON-NLS-1$
		assertEquals("ipp://localhost/printers/q", socket.ippUri("/printers/q")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(socket, CupsServer.parse(socket.key()), "remembered servers parse back"); //$NON-NLS-1$
		assertFalse(CupsServer.parse("printhost:631").domainSocket()); //$NON-NLS-1$
	}

	@Test
	void theDefaultServerIsWhatLibcupsPicks() {
		assertEquals(CupsServer.parse("printhost:8631"), CupsServer.defaultServer("printhost:8631")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(CupsServer.parse("/tmp/x.sock"), CupsServer.defaultServer("/tmp/x.sock")); //$NON-NLS-1$ //$NON-NLS-2$
		CupsServer fallback = CupsServer.defaultServer(null);
		if (Files.exists(Path.of(CupsServer.SYSTEM_SOCKET))) {
			assertEquals(CupsServer.SYSTEM_SOCKET, fallback.host());
		} else {
			assertEquals(new CupsServer(false, "localhost", 631), fallback); //$NON-NLS-1$
		}
	}

	@Test
	void encryptionParsesCupsNamesAndDefaultsToIfRequestedWithoutClearText() {
		assertEquals(Encryption.IF_REQUESTED, Encryption.parse("IfRequested")); //$NON-NLS-1$
		assertEquals(Encryption.REQUIRED, Encryption.parse("required")); //$NON-NLS-1$
		assertEquals(Encryption.NEVER, Encryption.parse("Never")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> Encryption.parse("sometimes")); //$NON-NLS-1$
		assertEquals(Encryption.IF_REQUESTED, ConnectionOptions.DEFAULTS.encryption());
		assertFalse(ConnectionOptions.DEFAULTS.clearTextAllowed());
		ConnectionOptions o = ConnectionOptions.DEFAULTS.withEncryption(Encryption.NEVER).withClearTextAllowed(true)
				.withReadTimeout(java.time.Duration.ofSeconds(3));
		assertEquals(Encryption.NEVER, o.encryption());
		assertTrue(o.clearTextAllowed(), "withers keep the other settings"); //$NON-NLS-1$
	}

	@Test
	void fingerprintsAreNormalizedAndPinsSurviveAReload(@TempDir Path dir) throws Exception {
		String fp = "ab".repeat(32); //$NON-NLS-1$
		String normalized = CertificateInfo.normalizeFingerprint(fp);
		assertEquals(("AB:".repeat(32)).substring(0, 95), normalized);
		assertEquals(normalized, CertificateInfo.normalizeFingerprint(normalized.toLowerCase()));
		assertThrows(IllegalArgumentException.class, () -> CertificateInfo.normalizeFingerprint("ab:cd")); //$NON-NLS-1$
		CertificatePins pins = new CertificatePins(dir.resolve("known-certificates")); //$NON-NLS-1$
		pins.pin("printhost:631", fp); //$NON-NLS-1$
		assertEquals(normalized, new CertificatePins(pins.file()).pinned("printhost:631").orElseThrow()); //$NON-NLS-1$
		assertTrue(pins.forget("printhost:631")); //$NON-NLS-1$
		assertTrue(new CertificatePins(pins.file()).list().isEmpty());
	}
}
