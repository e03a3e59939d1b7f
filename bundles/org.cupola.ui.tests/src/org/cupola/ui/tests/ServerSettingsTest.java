package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.testing.CupsSandbox;
import org.cupola.ui.internal.server.ServerSettingsHandler;
import org.junit.jupiter.api.Test;

/**
 * A server settings change made with admin credentials takes effect (cupsd restarts with the edited file), and the
 * original bytes can be put back. Uses its own sandbox since it restarts cupsd.
 */
class ServerSettingsTest {

	@Test
	void logLevelChangeTakesEffectAndIsRestored() throws Exception {
		try (CupsSandbox sandbox = CupsSandbox.start(true);
				CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			byte[] original = connection.getServerConfig(null);
			CupsdConf conf = CupsdConf.parse(original);
			assertTrue(conf.isDebugLogging(), "the sandbox logs at debug level");
			CupsdConf.Settings current = conf.settings();
			assertFalse(current.sharePrinters());
			assertFalse(current.remoteAdmin());

			CupsdConf.Settings wanted = new CupsdConf.Settings(current.sharePrinters(), current.remoteAdmin(), false,
					current.preserveJobHistory());
			byte[] edited = ServerSettingsHandler.edit(original, wanted);
			String originalText = new String(original, StandardCharsets.ISO_8859_1);
			assertEquals(originalText.replace("\nLogLevel debug\n", "\nLogLevel warn\n"),
					new String(edited, StandardCharsets.ISO_8859_1), "only the LogLevel line changes");

			connection.putServerConfig(edited, null);
			CupsdConf after = CupsdConf.parse(connection.getServerConfig(null));
			assertEquals("warn", after.directive("LogLevel"));
			assertFalse(after.isDebugLogging());
			assertEquals(wanted, after.settings());
			assertEquals(5, connection.getPrinters(null).size(), "cupsd is back with its queues");

			connection.putServerConfig(original, null);
			assertArrayEquals(original, connection.getServerConfig(null), "the original bytes are back");
		}
	}
}
