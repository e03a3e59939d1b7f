package org.cupola.ipp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link CupsdConf}: byte-exact round trips and minimal edits. */
class CupsdConfTest {

	/** Debian's stock file (shortened), with a UTF-8 comment. */
	static final String DEBIAN = """
			#
			# Configuration file for the CUPS scheduler.  See "man cupsd.conf" for a
			# complete description of this file. Ünïcödé comment.
			#

			# Log general information in error_log - change "warn" to "debug"
			# for troubleshooting...
			LogLevel warn
			PageLogFormat

			MaxLogSize 0
			ErrorPolicy retry-job

			# Only listen for connections from the local machine.
			Listen localhost:631
			Listen /run/cups/cups.sock

			# Show shared printers on the local network.
			Browsing Yes
			BrowseLocalProtocols dnssd
			DefaultAuthType Basic
			WebInterface Yes
			IdleExitTimeout 60

			# Restrict access to the server...
			<Location />
			  Order allow,deny
			</Location>

			# Restrict access to the admin pages...
			<Location /admin>
			  Order allow,deny
			</Location>

			# Restrict access to configuration files...
			<Location /admin/conf>
			  AuthType Default
			  Require user @SYSTEM
			  Order allow,deny
			</Location>

			<Policy default>
			  JobPrivateAccess default
			  <Limit Send-Document Send-URI Hold-Job Release-Job Restart-Job Purge-Jobs>
			    Require user @OWNER @SYSTEM
			    Order deny,allow
			  </Limit>
			  <Limit All>
			    Order deny,allow
			  </Limit>
			</Policy>
			""";

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static String str(CupsdConf conf) {
		return text(conf.toBytes());
	}

	private static String text(byte[] b) {
		return new String(b, StandardCharsets.UTF_8);
	}

	/** The lines of after that are not in before, and those of before not in after (a crude diff). */
	private static List<String> added(String before, String after) {
		List<String> b = new ArrayList<>(before.lines().toList());
		List<String> result = new ArrayList<>();
		for (String line : after.lines().toList()) {
			if (!b.remove(line)) {
				result.add(line);
			}
		}
		return result;
	}

	@Test
	void unchangedFilesKeepEveryByte() {
		String crlf = DEBIAN.replace("\n", "\r\n");
		String noFinalNewline = "LogLevel warn\n# tail without newline"; //$NON-NLS-1$
		byte[] latin1 = { 'L', 'o', 'g', 'L', 'e', 'v', 'e', 'l', ' ', 'w', 'a', 'r', 'n', '\n', '#', ' ', (byte) 0xE9,
				(byte) 0xFF, '\t', '\n' };
		for (byte[] original : List.of(utf8(DEBIAN), utf8(crlf), utf8(noFinalNewline), latin1, new byte[0])) {
			CupsdConf conf = CupsdConf.parse(original);
			assertArrayEquals(original, conf.toBytes());
			conf.apply(conf.settings());
			assertArrayEquals(original, conf.toBytes(), "applying the current settings changes nothing");
			assertArrayEquals(original, CupsdConf.edit(original, CupsdConf.parse(original).settings()));
		}
	}

	@Test
	void readsTheStockSettings() {
		CupsdConf conf = CupsdConf.parse(utf8(DEBIAN));
		assertEquals(new CupsdConf.Settings(false, false, false, true), conf.settings());
		assertEquals("warn", conf.directive("loglevel"));
		assertTrue(conf.isBrowsing());
		assertNull(conf.directive("PreserveJobHistory"));
		assertNull(conf.directive("Require"), "directives inside sections are not top-level");
	}

	@Test
	void debugLoggingOnAndOff() {
		byte[] original = utf8(DEBIAN);
		CupsdConf conf = CupsdConf.parse(original);
		conf.setDebugLogging(true);
		assertTrue(conf.isDebugLogging());
		String on = str(conf);
		assertEquals(DEBIAN.replace("LogLevel warn\n", "LogLevel debug\n"), text(conf.toBytes()));
		assertEquals(List.of("LogLevel debug"), added(DEBIAN, text(conf.toBytes())));
		conf.setDebugLogging(true);
		assertEquals(on, str(conf), "idempotent");
		conf.setDebugLogging(false);
		assertArrayEquals(original, conf.toBytes(), "back to the original bytes");
	}

	@Test
	void debugLoggingKeepsIndentCommentAndLineEnding() {
		String original = "# top\r\n   LogLevel   debug2   # very verbose\r\nMaxLogSize 0\r\n";
		CupsdConf conf = CupsdConf.parse(original);
		assertTrue(conf.isDebugLogging(), "debug2 is debug logging");
		conf.setDebugLogging(false);
		assertEquals("# top\r\n   LogLevel warn   # very verbose\r\nMaxLogSize 0\r\n", str(conf));
	}

	@Test
	void lastTopLevelOccurrenceWinsAndIsTheOneEdited() {
		String original = "LogLevel debug\nLogLevel warn\n";
		CupsdConf conf = CupsdConf.parse(original);
		assertFalse(conf.isDebugLogging());
		conf.setDebugLogging(true);
		assertEquals("LogLevel debug\nLogLevel debug\n", str(conf));
	}

	@Test
	void laterLogLevelWinsAsInCupsd() {
		String original = "# stock\nLogLevel warn\nMaxLogSize 1m\n<Location />\n  Order allow,deny\n</Location>\n"
				+ "# added later by hand\nLogLevel debug\n";
		CupsdConf conf = CupsdConf.parse(original);
		assertEquals("debug", conf.logLevel());
		assertEquals("debug", conf.directive("LogLevel"));
		assertTrue(conf.isDebugLogging());
		assertTrue(conf.settings().debugLogging());
		assertArrayEquals(utf8(original), CupsdConf.edit(utf8(original), conf.settings()), "nothing to change");
		conf.setTroubleshootingLog();
		assertEquals(original.replace("MaxLogSize 1m", "MaxLogSize 0"), str(conf), "debug already: only MaxLogSize");
		conf.setDebugLogging(false);
		assertTrue(str(conf).endsWith("# added later by hand\nLogLevel warn\n"), "the last one is edited: " + str(conf));
		assertEquals(1, str(conf).split("LogLevel warn", -1).length - 2, "the first line is left alone");
	}

	@Test
	void publishingRule() {
		for (String protocols : List.of("BrowseLocalProtocols none\n", "BrowseLocalProtocols\n")) {
			CupsdConf conf = CupsdConf.parse("Browsing No\n" + protocols);
			assertFalse(conf.isPublishing());
			conf.setPublishing(true);
			assertTrue(conf.isPublishing());
			assertEquals("Browsing Yes\nBrowseLocalProtocols dnssd\n", str(conf));
		}
		CupsdConf absent = CupsdConf.parse("Browsing Off\n");
		absent.setPublishing(true);
		assertEquals("Browsing Yes\n", str(absent), "no BrowseLocalProtocols: CUPS' default (dnssd) applies");
		CupsdConf cups = CupsdConf.parse("BrowseLocalProtocols cups dnssd\n");
		assertTrue(cups.isPublishing());
		cups.setPublishing(true);
		assertEquals("BrowseLocalProtocols cups dnssd\n", str(cups));
	}

	@Test
	void missingDirectiveIsAppended() {
		CupsdConf conf = CupsdConf.parse("Browsing No"); // no final newline
		conf.setDebugLogging(true);
		assertEquals("Browsing No\nLogLevel debug\n", str(conf));
	}

	@Test
	void jobHistory() {
		CupsdConf conf = CupsdConf.parse(utf8(DEBIAN));
		assertTrue(conf.isPreserveJobHistory(), "CUPS keeps the history by default");
		conf.setPreserveJobHistory(false);
		assertFalse(conf.isPreserveJobHistory());
		assertEquals(List.of("PreserveJobHistory No"), added(DEBIAN, str(conf)));
		conf.setPreserveJobHistory(true);
		assertEquals("Yes", conf.directive("PreserveJobHistory"));

		CupsdConf timed = CupsdConf.parse("PreserveJobHistory 1d\n");
		assertTrue(timed.isPreserveJobHistory());
		timed.setPreserveJobHistory(true);
		assertEquals("PreserveJobHistory 1d\n", str(timed), "a duration is kept while history stays on");
		timed.setPreserveJobHistory(false);
		assertEquals("PreserveJobHistory No\n", str(timed));
	}

	@Test
	void remoteAdminOnAndOff() {
		CupsdConf conf = CupsdConf.parse(utf8(DEBIAN));
		assertFalse(conf.isRemoteAdmin());
		conf.setRemoteAdmin(true);
		assertTrue(conf.isRemoteAdmin());
		String on = str(conf);
		assertTrue(on.contains("<Location /admin>\n  Order allow,deny\n  Allow @LOCAL\n</Location>\n"), on);
		assertTrue(on.contains("<Location />\n  Order allow,deny\n</Location>\n"), "the root location is untouched");
		assertTrue(on.contains("\nPort 631\nListen /run/cups/cups.sock\n"), "loopback Listen becomes Port: " + on);
		assertFalse(on.contains("Listen localhost:631"));
		assertEquals(List.of("Port 631", "  Allow @LOCAL"), added(DEBIAN, on));
		assertFalse(conf.isSharePrinters(), "remote admin alone does not share printers");

		conf.setRemoteAdmin(false);
		assertFalse(conf.isRemoteAdmin());
		assertEquals(DEBIAN.replace("Listen localhost:631\n", "Port 631\n"), str(conf),
				"off removes the Allow line; the listener stays");
	}

	@Test
	void remoteAdminOffRemovesEveryNetworkAllowButKeepsLoopback() {
		String original = "Port 631\n<Location /admin>\n\tOrder allow,deny\n\tAllow from 127.0.0.1\n\tAllow @LOCAL\n"
				+ "\tAllow 192.168.1.0/24\n</Location>\n";
		CupsdConf conf = CupsdConf.parse(original);
		assertTrue(conf.isRemoteAdmin());
		conf.setRemoteAdmin(false);
		assertEquals("Port 631\n<Location /admin>\n\tOrder allow,deny\n\tAllow from 127.0.0.1\n</Location>\n",
				str(conf));
		conf.setRemoteAdmin(true);
		assertEquals(original.replace("\tAllow @LOCAL\n\tAllow 192.168.1.0/24\n", "\tAllow @LOCAL\n"),
				str(conf), "the new line takes the indentation of the section");
	}

	@Test
	void remoteAdminAddsTheSectionWhenMissing() {
		CupsdConf conf = CupsdConf.parse("LogLevel warn\nListen 127.0.0.1:8631\n");
		conf.setRemoteAdmin(true);
		assertEquals("LogLevel warn\nPort 8631\n<Location /admin>\n  Order allow,deny\n  Allow @LOCAL\n</Location>\n",
				str(conf));
		assertTrue(conf.isRemoteAdmin());
	}

	@Test
	void sharePrintersOnAndOff() {
		CupsdConf conf = CupsdConf.parse(utf8(DEBIAN));
		assertFalse(conf.isSharePrinters(), "Browsing Yes but only listening on localhost");
		conf.setSharePrinters(true);
		assertTrue(conf.isSharePrinters());
		assertEquals(List.of("Port 631", "  Allow @LOCAL"), added(DEBIAN, str(conf)));
		assertTrue(str(conf).contains("<Location />\n  Order allow,deny\n  Allow @LOCAL\n</Location>\n"));
		assertFalse(conf.isRemoteAdmin());

		conf.setSharePrinters(false);
		assertFalse(conf.isSharePrinters());
		assertEquals("No", conf.directive("Browsing"));
		assertFalse(str(conf).contains("@LOCAL"));
	}

	@Test
	void sharingTurnsBrowsingAndProtocolsOn() {
		String sandbox = "Listen 127.0.0.1:8631\nBrowsing No\nBrowseLocalProtocols none\n<Location />\n"
				+ "  Order allow,deny\n  Allow from 127.0.0.1\n</Location>\n";
		CupsdConf conf = CupsdConf.parse(sandbox);
		assertFalse(conf.isSharePrinters());
		conf.setSharePrinters(true);
		assertEquals("Port 8631\nBrowsing Yes\nBrowseLocalProtocols dnssd\n<Location />\n"
				+ "  Order allow,deny\n  Allow from 127.0.0.1\n  Allow @LOCAL\n</Location>\n", str(conf));
	}

	@Test
	void applyEditsOnlyWhatChanged() {
		byte[] original = utf8(DEBIAN);
		byte[] edited = CupsdConf.edit(original, new CupsdConf.Settings(false, false, true, false));
		assertEquals(List.of("LogLevel debug", "PreserveJobHistory No"), added(DEBIAN, text(edited)));
		assertEquals(new CupsdConf.Settings(false, false, true, false), CupsdConf.parse(edited).settings());
	}
}
