package org.cupola.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the captured IPP responses ({@code *.bin}) used as fuzz seeds and benchmark inputs.
 */
final class Corpus {

	private static final String CAPTURES = "bundles/org.cupola.ipp.tests/resources/captures";

	private Corpus() {
	}

	/**
	 * @param explicit a directory given on the command line, or {@code null} to search from the working directory
	 *            (repository root, {@code bench/} or a Maven {@code target/} directory)
	 * @return the capture directory, or {@code null} if none was found
	 */
	static Path findCaptures(final String explicit) {
		if (explicit != null) {
			return Path.of(explicit);
		}
		for (final String prefix : new String[] { "", "../", "../../" }) {
			final Path candidate = Path.of(prefix + CAPTURES);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * @param dir capture directory, may be {@code null}
	 * @return the named captures, sorted by file name for determinism
	 */
	static List<Named> load(final Path dir) throws IOException {
		final List<Named> result = new ArrayList<>();
		if (dir == null) {
			return result;
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (final Path file : files.filter(f -> f.toString().endsWith(".bin")).sorted().toList()) {
				result.add(new Named(file.getFileName().toString(), Files.readAllBytes(file)));
			}
		}
		return result;
	}

	/**
	 * @param name file name
	 * @param data file content
	 */
	record Named(String name, byte[] data) {
	}
}
