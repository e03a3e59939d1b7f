package org.cupola.ipp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cupola.ipp.CupsServer;
import org.junit.jupiter.api.Test;

/** {@link LocalCupsd}: which cupsd.conf serves a server, and what of cupsd -t's output is its message. */
class LocalCupsdTest {

	@Test
	void aServerIsServedByAFileThatListensOnItsPortOrSocket() {
		CupsServer tcp = new CupsServer(false, "127.0.0.1", 8631);
		assertTrue(LocalCupsd.listensOn("Listen 127.0.0.1:8631\n", tcp));
		assertTrue(LocalCupsd.listensOn("Listen localhost:8631\n", tcp));
		assertTrue(LocalCupsd.listensOn("Port 8631\n", tcp));
		assertTrue(LocalCupsd.listensOn("Listen *:8631\n", tcp));
		assertFalse(LocalCupsd.listensOn("Listen 127.0.0.1:631\n", tcp));
		assertFalse(LocalCupsd.listensOn("# Listen 127.0.0.1:8631\n", tcp));
		assertFalse(LocalCupsd.listensOn("Listen 198.18.0.2:8631\n", tcp));
		CupsServer socket = new CupsServer(false, "/run/cups/cups.sock", 631);
		assertTrue(LocalCupsd.listensOn("Listen /run/cups/cups.sock\n", socket));
		assertFalse(LocalCupsd.listensOn("Port 631\n", socket));
	}

	@Test
	void aRemoteServerHasNoLocalCupsd() {
		assertTrue(LocalCupsd.find(new CupsServer(false, "198.18.0.2", 631)).isEmpty());
	}

	@Test
	void theMessageIsCupsdsLinesAboutTheFile() {
		String output = """
				Unknown directive FooBar on line 12 of /tmp/cupola-cupsd-check123/cupsd.conf.
				Filter "gstoraster" not found.
				"/etc/cups/cups-files.conf" is OK.
				"/tmp/cupola-cupsd-check123/cupsd.conf" contains errors.
				""";
		assertEquals("Unknown directive FooBar on line 12 of cupsd.conf.\n\"cupsd.conf\" contains errors.",
				LocalCupsd.message(output, "/tmp/cupola-cupsd-check123/cupsd.conf"));
	}
}
