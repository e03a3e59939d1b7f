package org.cupola.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cupola.ipp.codec.IppEncoder;

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
	 * The fuzz seeds: the captures of the directory given with {@code --captures} (or found), then {@code generated}
	 * synthetic messages from a {@link MessageGenerator} seeded with {@code seed}.
	 *
	 * @param capturesOption the {@code --captures} value, or {@code null}
	 * @param seed the generator's seed
	 * @param generated how many messages to generate
	 * @return the seeds and how many of them are captures
	 */
	static Seeds fuzzSeeds(final String capturesOption, final long seed, final int generated) throws IOException {
		final List<byte[]> inputs = new ArrayList<>();
		for (final Named capture : load(findCaptures(capturesOption))) {
			inputs.add(capture.data());
		}
		final int captures = inputs.size();
		final MessageGenerator generator = new MessageGenerator(new Random(seed));
		for (int i = 0; i < generated; i++) {
			inputs.add(IppEncoder.encode(generator.message()));
		}
		return new Seeds(inputs, captures);
	}

	/**
	 * @param inputs the captures first, then the generated messages
	 * @param captures how many captures lead the list
	 */
	record Seeds(List<byte[]> inputs, int captures) {
	}

	/**
	 * @param name file name
	 * @param data file content
	 */
	record Named(String name, byte[] data) {
	}
}
