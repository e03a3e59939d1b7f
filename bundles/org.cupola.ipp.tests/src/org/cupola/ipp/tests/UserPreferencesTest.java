package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cupola.ipp.UserDirectories;
import org.cupola.ipp.UserPreferences;
import org.junit.jupiter.api.Test;

/** Issue 15: the user's preferences live in one file of the per-user layout, shared by every Cupola process. */
class UserPreferencesTest {

	@Test
	void valuesAreWrittenThroughSortedAndSeenByAnotherInstance() throws Exception {
		Path dir = Files.createTempDirectory("cupola-prefs");
		Path file = dir.resolve("sub/preferences.properties");
		UserPreferences gui = new UserPreferences(file);
		assertNull(gui.get("org.cupola.ui.servers", null));
		assertTrue(Files.notExists(file), "reading creates nothing");

		gui.put("org.cupola.ui.servers", "localhost:631 printhost:631");
		gui.put("org.cupola.a", "x=y: z\nsecond line");
		assertTrue(Files.isRegularFile(file));
		List<String> lines = Files.readAllLines(file);
		assertTrue(lines.get(0).startsWith("#"), lines.toString());
		assertEquals(List.of("org.cupola.a=x\\=y\\: z\\nsecond line", "org.cupola.ui.servers=localhost\\:631 printhost\\:631"),
				lines.subList(1, lines.size()), "one sorted line per key, no date");
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "no temporary file left");
		}

		// another process (here: another instance) sees the change, and its own writes keep ours
		UserPreferences diagnose = new UserPreferences(file);
		assertEquals("localhost:631 printhost:631", diagnose.get("org.cupola.ui.servers", null));
		assertEquals("x=y: z\nsecond line", diagnose.get("org.cupola.a", null));
		diagnose.put("org.cupola.b", "1");
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
		assertEquals("1", gui.get("org.cupola.b", null), "re-read after the file changed");
		gui.put("org.cupola.a", null);
		assertFalse(diagnose.contains("org.cupola.a"));
		assertEquals(Map.of("org.cupola.ui.servers", "localhost:631 printhost:631"), diagnose.withPrefix("org.cupola.ui."));
	}

	@Test
	void theDefaultFileIsInTheConfigurationDirectory() {
		assertEquals(UserDirectories.config().resolve(UserPreferences.FILE_NAME), UserPreferences.getDefault().file());
	}
}
