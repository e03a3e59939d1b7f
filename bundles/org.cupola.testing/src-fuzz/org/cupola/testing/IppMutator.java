package org.cupola.testing;

import java.util.Arrays;
import java.util.Random;

/**
 * Structure-aware byte mutations of IPP messages: bit flips, byte inserts/deletes, length-field corruption,
 * truncation, splicing, tag swaps and chunk duplication. Deterministic for a given {@link Random}. Shared by the CI
 * fuzz smoke test ({@code CodecFuzzSmokeTest}) and the long fuzz runs of {@code bench/} (which compiles this source
 * folder, {@code src-fuzz}, beside its own: it depends on nothing but the JDK).
 */
public final class IppMutator {

	/** Tags worth swapping in: delimiters, out-of-band, every value syntax, structural and unknown ones. */
	private static final int[] TAGS = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x0F, 0x10, 0x13, 0x14, 0x1F, 0x20, 0x21,
			0x22, 0x23, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x40, 0x41, 0x42, 0x44, 0x45, 0x48, 0x4A, 0x5F,
			0x7F, 0x80, 0xFF };
	/** Length values that hit boundaries: fixed sizes, off-by-one, the 16-bit signed and unsigned limits. */
	private static final int[] LENGTHS = { 0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 0x7FFE, 0x7FFF, 0x8000, 0xFFFF };

	private final Random random;

	/**
	 * @param random
	 *            the source of every decision
	 */
	public IppMutator(final Random random) {
		this.random = random;
	}

	/**
	 * @param input a seed input
	 * @param other a second input for splicing
	 * @return a mutated copy with one to four mutations
	 */
	public byte[] mutate(final byte[] input, final byte[] other) {
		byte[] data = input.clone();
		final int mutations = 1 + random.nextInt(4);
		for (int i = 0; i < mutations; i++) {
			data = mutateOnce(data, other);
		}
		return data;
	}

	private byte[] mutateOnce(final byte[] data, final byte[] other) {
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

	/** Replaces {@code removed} bytes at {@code at} with {@code inserted}. */
	private static byte[] splice(final byte[] data, final int at, final int removed, final byte[] inserted) {
		final byte[] result = new byte[data.length - removed + inserted.length];
		System.arraycopy(data, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(data, at + removed, result, at + inserted.length, data.length - at - removed);
		return result;
	}
}
