package org.cupola.ipp.codec;

/**
 * IPP {@code resolution} value (RFC 8010 section 3.9): cross-feed and feed resolution plus units.
 *
 * @param crossFeed cross-feed direction resolution
 * @param feed feed direction resolution
 * @param units {@link #DOTS_PER_INCH} (3) or {@link #DOTS_PER_CM} (4); other values are kept as received
 */
public record Resolution(int crossFeed, int feed, int units) {

	/** Units: dots per inch. */
	public static final int DOTS_PER_INCH = 3;
	/** Units: dots per centimeter. */
	public static final int DOTS_PER_CM = 4;

	/**
	 * Creates a resolution; {@code units} must fit the single wire byte.
	 */
	public Resolution {
		if (units < 0 || units > 0xFF) {
			throw new IllegalArgumentException("resolution units out of range: " + units);
		}
	}

	@Override
	public String toString() {
		return crossFeed + "x" + feed + (units == DOTS_PER_INCH ? "dpi" : units == DOTS_PER_CM ? "dpcm" : "u" + units);
	}
}
