package org.cupola.app.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.cupola.ipp.UserPreferences;

/**
 * Cupola before 0.1 let Eclipse put its instance area into {@code ./workspace} of whatever directory it was started
 * from, with the remembered servers in {@code workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/}. The
 * first start that finds such a folder in the current directory copies Cupola's preferences from it into
 * {@link UserPreferences} (keys qualified by their bundle: {@code servers} of {@code org.cupola.ui} becomes
 * {@code org.cupola.ui.servers}), without overwriting what is already there, and records that it did, so it happens
 * once. The old folder is left alone (the user may delete it).
 */
final class LegacyWorkspace {

	/** Set in {@link UserPreferences} once a migration ran: the folder it came from. */
	static final String MIGRATED_KEY = "org.cupola.app.migratedWorkspace"; //$NON-NLS-1$

	private static final String SETTINGS = ".metadata/.plugins/org.eclipse.core.runtime/.settings"; //$NON-NLS-1$
	private static final String PREFS_SUFFIX = ".prefs"; //$NON-NLS-1$

	private LegacyWorkspace() {
	}

	/**
	 * Migrates once.
	 *
	 * @param currentDirectory
	 *            where Cupola was started
	 * @param target
	 *            the user's preferences
	 * @return the folder migrated from, or null when nothing was done
	 * @throws IOException
	 *             when the old files cannot be read or the new one written
	 */
	static Path migrate(Path currentDirectory, UserPreferences target) throws IOException {
		Path settings = currentDirectory.resolve("workspace").resolve(SETTINGS); //$NON-NLS-1$
		if (target.contains(MIGRATED_KEY) || !Files.isDirectory(settings)) {
			return null;
		}
		Map<String, String> changes = new TreeMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(settings, "org.cupola.*" + PREFS_SUFFIX)) { //$NON-NLS-1$
			for (Path file : files) {
				String name = file.getFileName().toString();
				String qualifier = name.substring(0, name.length() - PREFS_SUFFIX.length());
				Properties p = new Properties();
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
					p.load(in);
				}
				p.forEach((k, v) -> {
					String key = qualifier + '.' + k;
					if (!"eclipse.preferences.version".equals(k) && !target.contains(key)) { //$NON-NLS-1$
						changes.put(key, (String) v);
					}
				});
			}
		}
		Path from = settings.getParent().getParent().getParent().getParent();
		changes.put(MIGRATED_KEY, from.toString());
		target.putAll(changes);
		return from;
	}
}
