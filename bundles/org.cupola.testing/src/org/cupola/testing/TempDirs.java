package org.cupola.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the temporary directories tests create, so test runs leave nothing behind in /tmp. */
public final class TempDirs {

	private TempDirs() {
	}

	/** Deletes {@code dir} and everything below it; nothing happens when it is null or already gone. */
	public static void delete(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("could not delete " + dir, e); //$NON-NLS-1$
		}
	}
}
