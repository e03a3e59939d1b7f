package org.cupola.ipp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link CupsdConf#apply(ServerSettings)}: all eight settings, read as libcups reads them, edited in place. */
class ServerSettingsEditTest {

	/** CUPS 2.4's stock default policy (shortened) with its Cancel-Job limit. */
	static final String STOCK = """
			# Log general information in error_log
			LogLevel warn
			# Only listen for connections from the local machine.
			Listen localhost:631
			Listen /run/cups/cups.sock
			Browsing No
			BrowseLocalProtocols dnssd
			<Location />
			  # Restrict access to the server...
			  Order allow,deny
			</Location>
			<Location /admin>
			  Order allow,deny
			</Location>
			<Policy default>
			  JobPrivateAccess default
			  <Limit Create-Job Print-Job Print-URI Validate-Job>
			    Order deny,allow
			  </Limit>
			  <Limit Cancel-Job CUPS-Authenticate-Job>
			    Require user @OWNER @SYSTEM
			    Order deny,allow
			  </Limit>
			  <Limit All>
			    Order deny,allow
			  </Limit>
			</Policy>
			<Policy other>
			  <Limit Cancel-Job>
			    Order deny,allow
			  </Limit>
			</Policy>
			""";

	private static final ServerSettings STOCK_SETTINGS = new ServerSettings(false, null, false, false, false, false,
			"Yes", "1d", 500);

	private static String edit(String text, ServerSettings wanted) {
		return new String(CupsdConf.edit(text.getBytes(StandardCharsets.ISO_8859_1), wanted),
				StandardCharsets.ISO_8859_1);
	}

	private static ServerSettings read(String text) {
		return CupsdConf.parse(text).serverSettings();
	}

	@Test
	void readsTheStockFileAsLibcupsDoes() {
		assertEquals(STOCK_SETTINGS, read(STOCK));
		assertArrayEquals(STOCK.getBytes(StandardCharsets.ISO_8859_1), CupsdConf.edit(
				STOCK.getBytes(StandardCharsets.ISO_8859_1), STOCK_SETTINGS), "nothing to change: every byte stays");
	}

	@Test
	void everySettingRoundTripsAlone() {
		List<ServerSettings> each = List.of(
				new ServerSettings(true, null, false, false, false, false, "Yes", "1d", 500),
				new ServerSettings(true, null, true, false, false, false, "Yes", "1d", 500),
				new ServerSettings(false, null, false, true, false, false, "Yes", "1d", 500),
				new ServerSettings(false, null, false, false, true, false, "Yes", "1d", 500),
				new ServerSettings(false, null, false, false, false, true, "Yes", "1d", 500),
				new ServerSettings(false, null, false, false, false, false, "No", "1d", 500),
				new ServerSettings(false, null, false, false, false, false, "30d", "No", 500),
				new ServerSettings(false, null, false, false, false, false, "Yes", "Yes", 0),
				new ServerSettings(true, null, true, true, true, true, "7d", "2h", 1000));
		for (ServerSettings wanted : each) {
			String edited = edit(STOCK, wanted);
			assertEquals(wanted, read(edited), edited);
			for (String line : STOCK.lines().toList()) {
				if (line.trim().startsWith("#")) {
					assertTrue(edited.contains(line + "\n"), "comment kept: " + line);
				}
			}
			String back = edit(edited, STOCK_SETTINGS);
			assertEquals(STOCK_SETTINGS, read(back), back);
		}
	}

	@Test
	void userCancelAnyTakesCancelJobOutOfItsLimitAndPutsBackAnOwnerLimit() {
		ServerSettings any = new ServerSettings(false, null, false, false, true, false, "Yes", "1d", 500);
		String on = edit(STOCK, any);
		assertEquals(STOCK.replace("  <Limit Cancel-Job CUPS-Authenticate-Job>\n", "  <Limit CUPS-Authenticate-Job>\n"),
				on, "only the limit's header changes; the other policy is not touched");
		String off = edit(on, STOCK_SETTINGS);
		assertEquals(on.replace("  <Limit All>\n", "  <Limit Cancel-Job>\n    Order deny,allow\n"
				+ "    Require user @OWNER @SYSTEM\n  </Limit>\n  <Limit All>\n"), off);
		assertFalse(read(off).userCancelAny());
		String again = edit(off, any);
		assertEquals(on, again, "a limit of Cancel-Job alone goes as a whole");
	}

	@Test
	void aCancelJobLimitWithoutRequireGetsOne() {
		String open = "<Policy default>\n\t<Limit Cancel-Job>\n\t\tOrder deny,allow\n\t</Limit>\n</Policy>\n";
		assertTrue(read(open).userCancelAny());
		ServerSettings owner = new ServerSettings(false, null, false, false, false, false, "Yes", "1d", 500);
		assertEquals("<Policy default>\n\t<Limit Cancel-Job>\n\t\tRequire user @OWNER @SYSTEM\n\t\tOrder deny,allow\n"
				+ "\t</Limit>\n</Policy>\n", edit(open, owner));
	}

	@Test
	void remoteAnyIsAllowAllAndBecomesAtLocalWhenTurnedOff() {
		ServerSettings internet = new ServerSettings(true, null, true, true, false, false, "Yes", "1d", 500);
		String on = edit(STOCK, internet);
		assertTrue(on.contains("<Location />\n  # Restrict access to the server...\n  Order allow,deny\n  Allow all\n"
				+ "</Location>\n"), on);
		assertTrue(on.contains("<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"), on);
		assertTrue(on.contains("\nPort 631\nListen /run/cups/cups.sock\n"), on);
		ServerSettings local = new ServerSettings(true, null, false, true, false, false, "Yes", "1d", 500);
		String off = edit(on, local);
		assertEquals(on.replace("Allow all", "Allow @LOCAL"), off);
		assertEquals(local, read(off));
	}

	@Test
	void jobHistoryFilesAndLimitAreTopLevelDirectives() {
		ServerSettings keep = new ServerSettings(false, null, false, false, false, false, "30d", "No", 100);
		String edited = edit("PreserveJobHistory Yes # keep\nMaxJobs 500\n", keep);
		assertEquals("PreserveJobHistory 30d # keep\nMaxJobs 100\nPreserveJobFiles No\n", edited);
		assertTrue(ServerSettings.keeps("30d"));
		assertFalse(ServerSettings.keeps("No"));
		assertFalse(ServerSettings.keeps("0"));
		assertTrue(ServerSettings.isValidPeriod("12h"));
		assertTrue(ServerSettings.isValidPeriod("Yes"));
		assertFalse(ServerSettings.isValidPeriod("sometimes"));
		assertFalse(ServerSettings.isValidPeriod("1y"));
	}

	@Test
	void browseRemoteProtocolsIsOnlyEditedWhereTheFileHasIt() {
		assertNull(read(STOCK).showRemotePrinters(), "CUPS 2: cups-browsed's business");
		ServerSettings show = new ServerSettings(false, Boolean.TRUE, false, false, false, false, "Yes", "1d", 500);
		assertEquals(STOCK, edit(STOCK, show), "never written into a file that does not have it");
		String cups1 = "BrowseRemoteProtocols none\n";
		assertEquals(Boolean.FALSE, read(cups1).showRemotePrinters());
		assertEquals("BrowseRemoteProtocols dnssd\n", edit(cups1, show));
	}
}
