package org.cupola.ipp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.cupola.testing.ChunkedInputStream;
import org.cupola.testing.IppMutator;
import org.junit.jupiter.api.Test;

/**
 * A short, deterministic mutation fuzz of {@link IppDecoder} for CI (the long runs are {@code bench/CodecFuzz}): 30,000
 * inputs mutated from the captured responses with a fixed seed; every decode must either succeed or throw
 * {@link MalformedIppException}, from a byte array and from a stream that returns random chunk sizes. A decoded
 * message must re-encode and decode to an equal message. No timing assertions. The mutations are {@link IppMutator}'s,
 * the same as the bench's.
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
			final byte[] input = new IppMutator(random).mutate(corpus.get(random.nextInt(corpus.size())),
					corpus.get(random.nextInt(corpus.size())));
			final boolean chunked = random.nextInt(4) == 0;
			try {
				final IppMessage message = chunked
						? IppDecoder.decode(new ChunkedInputStream(input, random), DecoderLimits.DEFAULTS, null)
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
}
