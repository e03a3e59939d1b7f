package org.cupola.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cupola.ipp.UserPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: the settings an earlier version left in ./workspace are taken over once, never overwriting newer ones. */
class LegacyWorkspaceTest {

	@TempDir
	Path dir;

	@Test
	void serversOfAnOldWorkspaceAreTakenOverOnceWithoutOverwriting() throws Exception {
		Path settings = dir.resolve("cwd/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings");
		Files.createDirectories(settings);
		Files.writeString(settings.resolve("org.cupola.ui.prefs"),
				"eclipse.preferences.version=1\nservers=printhost\\:631 127.0.0.1\\:8631\n");
		Files.writeString(settings.resolve("org.eclipse.ui.workbench.prefs"), "ignored=1\n");
		UserPreferences prefs = new UserPreferences(dir.resolve("config/preferences.properties"));
		prefs.put("org.cupola.ui.notify", "true");

		Path from = LegacyWorkspace.migrate(dir.resolve("cwd"), prefs);

		assertEquals(dir.resolve("cwd/workspace"), from);
		assertEquals("printhost:631 127.0.0.1:8631", prefs.get("org.cupola.ui.servers", null));
		assertEquals("true", prefs.get("org.cupola.ui.notify", null), "kept");
		assertNull(prefs.get("org.cupola.ui.eclipse.preferences.version", null));
		assertNull(prefs.get("org.eclipse.ui.workbench.ignored", null), "only Cupola's own preferences");
		assertTrue(prefs.contains(LegacyWorkspace.MIGRATED_KEY));

		prefs.put("org.cupola.ui.servers", "other:631"); // the user changed them since
		assertNull(LegacyWorkspace.migrate(dir.resolve("cwd"), prefs), "once");
		assertEquals("other:631", prefs.get("org.cupola.ui.servers", null));
	}

	@Test
	void noWorkspaceNoChange() throws Exception {
		UserPreferences prefs = new UserPreferences(dir.resolve("config/preferences.properties"));
		assertNull(LegacyWorkspace.migrate(dir, prefs));
		assertTrue(Files.notExists(prefs.file()), "nothing written");
	}
}
