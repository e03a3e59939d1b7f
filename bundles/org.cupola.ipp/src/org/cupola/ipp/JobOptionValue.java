package org.cupola.ipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.codec.IntRange;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.OutOfBand;
import org.cupola.ipp.codec.Resolution;

/**
 * One value of a printer's job-option attribute ({@code *-supported} or {@code *-default}): an integer or enum, a
 * keyword or name, a {@code rangeOfInteger} or a {@code resolution}, read without IPP types. Two values are equal when
 * their IPP values are; {@link #toString()} is the value as text.
 */
public final class JobOptionValue {

	private final Object value;

	private JobOptionValue(Object value) {
		this.value = Objects.requireNonNull(value);
	}

	/**
	 * {@return the values of one attribute of the printer, out-of-band values (e.g. {@code no-value}) left out;
	 * empty when the printer did not send it}
	 */
	public static List<JobOptionValue> of(Printer printer, String attribute) {
		IppAttribute a = printer.attributes().get(attribute);
		List<JobOptionValue> values = new ArrayList<>();
		if (a != null) {
			for (Object v : a.values()) {
				if (!(v instanceof OutOfBand)) {
					values.add(new JobOptionValue(v));
				}
			}
		}
		return values;
	}

	/** {@return an integer value (as a spinner gives), equal to a server's integer or enum of that value} */
	public static JobOptionValue of(int value) {
		return new JobOptionValue(Integer.valueOf(value));
	}

	Object raw() {
		return value;
	}

	/** {@return the value if it is an integer or enum, else null} */
	public Integer integer() {
		return value instanceof Integer i ? i : null;
	}

	/** {@return whether it is a {@code rangeOfInteger}} */
	public boolean isRange() {
		return value instanceof IntRange;
	}

	/** {@return the lower bound of a range; IllegalStateException when not a range} */
	public int lower() {
		return range().lower();
	}

	/** {@return the upper bound of a range; IllegalStateException when not a range} */
	public int upper() {
		return range().upper();
	}

	private IntRange range() {
		if (value instanceof IntRange r) {
			return r;
		}
		throw new IllegalStateException("not a range: " + value); //$NON-NLS-1$
	}

	/** {@return whether it is a {@code resolution}} */
	public boolean isResolution() {
		return value instanceof Resolution;
	}

	/** {@return the cross-feed resolution; IllegalStateException when not a resolution} */
	public int crossFeed() {
		return resolution().crossFeed();
	}

	/** {@return the feed resolution; IllegalStateException when not a resolution} */
	public int feed() {
		return resolution().feed();
	}

	/**
	 * {@return whether a resolution is in dots per centimetre (else per inch); IllegalStateException when not a
	 * resolution}
	 */
	public boolean perCentimetre() {
		return resolution().units() == Resolution.DOTS_PER_CM;
	}

	private Resolution resolution() {
		if (value instanceof Resolution r) {
			return r;
		}
		throw new IllegalStateException("not a resolution: " + value); //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof JobOptionValue other && value.equals(other.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
