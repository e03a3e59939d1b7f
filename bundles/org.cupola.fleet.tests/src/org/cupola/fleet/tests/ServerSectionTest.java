package org.cupola.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.cupola.fleet.Site;
import org.cupola.fleet.internal.ServerSection;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.ServerSettings;
import org.junit.jupiter.api.Test;

/**
 * A site's server section carries all four Server Settings switches Cupola manages in cupsd.conf's sections
 * (share printers, remote administration, printing from the Internet, users may cancel any job), and an apply
 * edits them as Server Settings does: in place, comments kept, nothing touched when nothing differs.
 */
class ServerSectionTest {

	private static final String STOCK = """
			# Debian's cupsd.conf, shortened
			LogLevel warn
			Listen localhost:631
			Browsing No
			<Location />
			  Order allow,deny
			</Location>
			<Location /admin>
			  Order allow,deny
			</Location>
			<Policy default>
			  <Limit Cancel-Job CUPS-Cancel-Job>
			    Order deny,allow
			    Require user @OWNER @SYSTEM
			  </Limit>
			  <Limit All>
			    Order deny,allow
			  </Limit>
			</Policy>
			""";

	@Test
	void theFourSwitchesAreExportedAndApplied() {
		byte[] stock = STOCK.getBytes(StandardCharsets.UTF_8);
		Map<?, ?> settings = (Map<?, ?>) ServerSection.read(stock).get(Site.SERVER_SETTINGS);
		assertEquals(Map.of(Site.SHARE_PRINTERS, Boolean.FALSE, Site.REMOTE_ADMIN, Boolean.FALSE, Site.REMOTE_ANY,
				Boolean.FALSE, Site.USER_CANCEL_ANY, Boolean.FALSE), settings);

		Map<String, Object> wanted = Map.of(Site.SERVER_SETTINGS, Map.of(Site.SHARE_PRINTERS, Boolean.TRUE,
				Site.REMOTE_ANY, Boolean.TRUE, Site.USER_CANCEL_ANY, Boolean.TRUE));
		byte[] edited = ServerSection.edit(stock, wanted);
		ServerSettings after = CupsdConf.parse(edited).serverSettings();
		assertTrue(after.sharePrinters() && after.remoteAny() && after.userCancelAny(), after.toString());
		assertEquals(Boolean.FALSE, ((Map<?, ?>) ServerSection.read(edited).get(Site.SERVER_SETTINGS))
				.get(Site.REMOTE_ADMIN), "a switch the site does not name stays as it was");
		String text = new String(edited, StandardCharsets.UTF_8);
		assertTrue(text.contains("# Debian's cupsd.conf, shortened"), text);

		Map<String, Object> same = Map.of(Site.SERVER_SETTINGS, ServerSection.read(edited).get(Site.SERVER_SETTINGS));
		assertArrayEquals(edited, ServerSection.edit(edited, same), "nothing differs, nothing is edited");
	}
}
