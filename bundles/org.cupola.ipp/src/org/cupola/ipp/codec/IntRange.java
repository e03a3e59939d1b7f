package org.cupola.ipp.codec;

/**
 * IPP {@code rangeOfInteger} value. The decoder keeps ranges as received, even if {@code lower > upper}.
 *
 * @param lower lower bound, inclusive
 * @param upper upper bound, inclusive
 */
public record IntRange(int lower, int upper) {

	/**
	 * @param value a value
	 * @return whether {@code lower <= value <= upper}
	 */
	public boolean contains(final int value) {
		return value >= lower && value <= upper;
	}

	@Override
	public String toString() {
		return lower + "-" + upper;
	}
}
