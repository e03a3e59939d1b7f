package org.cupola.ipp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A short, deterministic mutation fuzz of {@link IppDecoder} for CI (the long runs are {@code bench/CodecFuzz}): 30,000
 * inputs mutated from the captured responses with a fixed seed; every decode must either succeed or throw
 * {@link MalformedIppException}, from a byte array and from a stream that returns random chunk sizes. A decoded
 * message must re-encode and decode to an equal message. No timing assertions. Self-contained: the mutation logic is
 * a copy of the bench Mutator's, so this fragment does not depend on bench/ sources.
 */
class CodecFuzzSmokeTest {

	private static final long SEED = 0x1BADB002L;
	private static final int INPUTS = 30_000;
	private static final String[] CAPTURES = { "cups-get-devices.bin", "cups-get-printers.bin",
			"get-printer-attributes-ipp-everywhere.bin", "get-printer-attributes-not-found.bin",
			"ippeveprinter-get-printer-attributes.bin" };

	private static byte[] capture(final String name) throws IOException {
		try (InputStream in = CodecFuzzSmokeTest.class.getResourceAsStream("/captures/" + name)) {
			assertNotNull(in, "missing test resource /captures/" + name);
			return in.readAllBytes();
		}
	}

	@Test
	void mutatedCapturesDecodeOrFailAsMalformed() throws IOException {
		final List<byte[]> corpus = new ArrayList<>();
		for (final String name : CAPTURES) {
			corpus.add(capture(name));
		}
		int ok = 0;
		int malformed = 0;
		for (int i = 0; i < INPUTS; i++) {
			final Random random = new Random(SEED * 31 + i);
			final byte[] input = Mutations.mutate(random, corpus.get(random.nextInt(corpus.size())),
					corpus.get(random.nextInt(corpus.size())));
			final boolean chunked = random.nextInt(4) == 0;
			try {
				final IppMessage message = chunked
						? IppDecoder.decode(new ChunkedStream(input, random), DecoderLimits.DEFAULTS, null)
						: IppDecoder.decode(input);
				ok++;
				roundTrip(message, i, input);
			} catch (final MalformedIppException e) {
				malformed++;
			} catch (final RuntimeException | Error e) { // NOPMD: everything else is a decoder bug
				throw new AssertionError(describe(i, input) + " threw " + e, e);
			}
		}
		assertEquals(INPUTS, ok + malformed);
	}

	private static void roundTrip(final IppMessage message, final int i, final byte[] input) throws IOException {
		final byte[] encoded;
		try {
			encoded = IppEncoder.encode(message);
		} catch (final IllegalArgumentException e) {
			if (String.valueOf(e.getMessage()).contains("exceeds 32767")) {
				return; // invalid UTF-8 replaced by U+FFFD (3 bytes each) can outgrow a value's 16-bit length
			}
			throw new AssertionError(describe(i, input) + ": decoded message does not re-encode: " + e, e);
		}
		if (!IppDecoder.decode(encoded).equals(message)) {
			fail(describe(i, input) + ": re-encoded message decodes differently");
		}
	}

	private static String describe(final int i, final byte[] input) {
		return "input " + i + " (seed " + SEED + ", " + input.length + " bytes: "
				+ HexFormat.of().formatHex(input, 0, Math.min(input.length, 512)) + (input.length > 512 ? "...)" : ")");
	}

	/** Structure-aware byte mutations (a copy of bench/src/org/cupola/bench/Mutator.java's). */
	static final class Mutations {

		private static final int[] TAGS = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x0F, 0x10, 0x13, 0x14, 0x1F, 0x20,
				0x21, 0x22, 0x23, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x40, 0x41, 0x42, 0x44, 0x45, 0x48,
				0x4A, 0x5F, 0x7F, 0x80, 0xFF };
		private static final int[] LENGTHS = { 0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 0x7FFE, 0x7FFF, 0x8000, 0xFFFF };

		private Mutations() {
		}

		/** One to four mutations of a copy of {@code input}; {@code other} is spliced in by some of them. */
		static byte[] mutate(final Random random, final byte[] input, final byte[] other) {
			byte[] data = input.clone();
			final int mutations = 1 + random.nextInt(4);
			for (int i = 0; i < mutations; i++) {
				data = mutateOnce(random, data, other);
			}
			return data;
		}

		private static byte[] mutateOnce(final Random random, final byte[] data, final byte[] other) {
			if (data.length == 0) {
				return new byte[] { (byte) random.nextInt() };
			}
			final int at = random.nextInt(data.length);
			switch (random.nextInt(9)) {
			case 0 -> data[at] ^= (byte) (1 << random.nextInt(8));
			case 1 -> data[at] = (byte) random.nextInt();
			case 2 -> {
				final byte[] inserted = new byte[1 + random.nextInt(random.nextInt(8) == 0 ? 64 : 4)];
				random.nextBytes(inserted);
				return splice(data, at, 0, inserted);
			}
			case 3 -> {
				return splice(data, at, Math.min(data.length - at, 1 + random.nextInt(16)), new byte[0]);
			}
			case 4 -> {
				if (at + 1 < data.length) {
					final int length = random.nextBoolean() ? LENGTHS[random.nextInt(LENGTHS.length)]
							: ((data[at] & 0xFF) << 8 | data[at + 1] & 0xFF) + random.nextInt(5) - 2;
					data[at] = (byte) (length >> 8);
					data[at + 1] = (byte) length;
				}
			}
			case 5 -> {
				return Arrays.copyOf(data, at);
			}
			case 6 -> {
				final int from = random.nextInt(other.length + 1);
				return splice(data, at, data.length - at, Arrays.copyOfRange(other, from, other.length));
			}
			case 7 -> data[at] = (byte) TAGS[random.nextInt(TAGS.length)];
			default -> {
				final int length = Math.min(data.length - at, 1 + random.nextInt(32));
				return splice(data, at, 0, Arrays.copyOfRange(data, at, at + length));
			}
			}
			return data;
		}

		private static byte[] splice(final byte[] data, final int at, final int removed, final byte[] inserted) {
			final byte[] result = new byte[data.length - removed + inserted.length];
			System.arraycopy(data, 0, result, 0, at);
			System.arraycopy(inserted, 0, result, at, inserted.length);
			System.arraycopy(data, at + removed, result, at + inserted.length, data.length - at - removed);
			return result;
		}
	}

	/** Serves the input in random chunk sizes, including zero-length reads. */
	private static final class ChunkedStream extends InputStream {
		private final ByteArrayInputStream in;
		private final Random random;

		ChunkedStream(final byte[] data, final Random random) {
			this.in = new ByteArrayInputStream(data);
			this.random = random;
		}

		@Override
		public int read() {
			return in.read();
		}

		@Override
		public int read(final byte[] b, final int off, final int len) {
			final int chunk = random.nextInt(32) == 0 ? 0 : 1 + random.nextInt(64);
			return in.read(b, off, Math.min(len, chunk));
		}
	}
}
