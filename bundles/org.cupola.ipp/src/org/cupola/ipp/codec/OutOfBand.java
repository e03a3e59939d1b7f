package org.cupola.ipp.codec;

/**
 * An out-of-band value ({@code unsupported}, {@code unknown}, {@code no-value}, ...): the tag is the value.
 * Use {@link #of(int)} for shared instances.
 *
 * @param tag an out-of-band tag, {@code 0x10-0x1F}
 */
public record OutOfBand(int tag) {

	/** unsupported. */
	public static final OutOfBand UNSUPPORTED = of(IppTag.UNSUPPORTED);
	/** unknown. */
	public static final OutOfBand UNKNOWN = of(IppTag.UNKNOWN);
	/** no-value. */
	public static final OutOfBand NO_VALUE = of(IppTag.NO_VALUE);
	/** not-settable. */
	public static final OutOfBand NOT_SETTABLE = of(IppTag.NOT_SETTABLE);
	/** delete-attribute. */
	public static final OutOfBand DELETE_ATTRIBUTE = of(IppTag.DELETE_ATTRIBUTE);
	/** admin-define. */
	public static final OutOfBand ADMIN_DEFINE = of(IppTag.ADMIN_DEFINE);

	/**
	 * Creates an out-of-band value.
	 */
	public OutOfBand {
		if (!IppTag.isOutOfBand(tag)) {
			throw new IllegalArgumentException("not an out-of-band tag: " + IppTag.name(tag));
		}
	}

	/**
	 * @param tag an out-of-band tag, {@code 0x10-0x1F}
	 * @return the shared instance for {@code tag}
	 * @throws IllegalArgumentException if {@code tag} is not out-of-band
	 */
	public static OutOfBand of(final int tag) {
		if (!IppTag.isOutOfBand(tag)) {
			throw new IllegalArgumentException("not an out-of-band tag: " + IppTag.name(tag));
		}
		return Cache.VALUES[tag - 0x10];
	}

	@Override
	public String toString() {
		return IppTag.name(tag);
	}

	/** Lazily initialized instance table (a nested class avoids a static-initialization cycle). */
	private static final class Cache {
		static final OutOfBand[] VALUES = new OutOfBand[16];

		static {
			for (int i = 0; i < VALUES.length; i++) {
				VALUES[i] = new OutOfBand(0x10 + i);
			}
		}
	}
}
