package org.cupola.ipp.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One IPP attribute: a name, the value tag of its first value and one or more values (more than one = 1setOf).
 * <p>
 * Value representation: {@link Integer} (integer, enum), {@link Boolean}, {@link String} (text, name, keyword, uri,
 * uriScheme, charset, naturalLanguage, mimeMediaType), {@code byte[]} (octetString and unknown tags),
 * {@link Resolution}, {@link IntRange}, {@link TextWithLanguage}, {@link IppDateTime}, {@link IppCollection},
 * {@link OutOfBand}. A 1setOf whose values have different tags keeps the first tag in {@link #tag()}; the other
 * values keep their Java type (so keyword-or-name mixes re-encode with the first tag).
 * <p>
 * {@code equals}/{@code hashCode} compare {@code byte[]} values by content. {@code toString} is bounded.
 *
 * @param name attribute name (member name inside a collection), not empty
 * @param tag value tag, {@code 0x10-0xFF}, never a delimiter, endCollection or memberAttrName
 * @param values at least one non-null value; the list is copied
 */
public record IppAttribute(String name, int tag, List<Object> values) {

	/**
	 * Creates an attribute.
	 *
	 * @throws IllegalArgumentException on an empty name, an impossible tag or an empty value list
	 */
	public IppAttribute {
		Objects.requireNonNull(name, "name");
		if (name.isEmpty()) {
			throw new IllegalArgumentException("empty attribute name");
		}
		if (tag < 0x10 || tag > 0xFF || tag == IppTag.END_COLLECTION || tag == IppTag.MEMBER_ATTR_NAME) {
			throw new IllegalArgumentException("invalid value tag " + IppTag.name(tag) + " for " + name);
		}
		values = List.copyOf(values);
		if (values.isEmpty()) {
			throw new IllegalArgumentException("attribute " + name + " has no values");
		}
	}

	/**
	 * Creates an attribute; an out-of-band {@code tag} without values gets its {@link OutOfBand} value.
	 *
	 * @param name attribute name
	 * @param tag value tag
	 * @param values the values
	 * @return the attribute
	 */
	public static IppAttribute of(final String name, final int tag, final Object... values) {
		if (values.length == 0 && IppTag.isOutOfBand(tag)) {
			return new IppAttribute(name, tag, List.of(OutOfBand.of(tag)));
		}
		return new IppAttribute(name, tag, Arrays.asList(values));
	}

	/**
	 * @return the first value (attributes always have one)
	 */
	public Object value() {
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * @return the first value as a string (the text of a {@link TextWithLanguage}), or {@code null} if it is not a
	 *         string value
	 */
	public String stringValue() {
		return asString(value());
	}

	/**
	 * @return the first value as an int
	 * @throws IllegalStateException if the first value is not an integer or enum
	 */
	public int intValue() {
		if (value() instanceof final Integer i) {
			return i.intValue();
		}
		throw new IllegalStateException("attribute " + name + " is " + IppTag.name(tag) + ", not integer/enum");
	}

	/**
	 * @return the first value as a boolean
	 * @throws IllegalStateException if the first value is not a boolean
	 */
	public boolean booleanValue() {
		if (value() instanceof final Boolean b) {
			return b.booleanValue();
		}
		throw new IllegalStateException("attribute " + name + " is " + IppTag.name(tag) + ", not boolean");
	}

	/**
	 * @return all string values (texts of {@link TextWithLanguage} values), skipping values of other types
	 */
	public List<String> stringValues() {
		final List<String> result = new ArrayList<>(values.size());
		for (final Object value : values) {
			final String s = asString(value);
			if (s != null) {
				result.add(s);
			}
		}
		return Collections.unmodifiableList(result);
	}

	/**
	 * @return all integer/enum values, skipping values of other types
	 */
	public List<Integer> intValues() {
		final List<Integer> result = new ArrayList<>(values.size());
		for (final Object value : values) {
			if (value instanceof final Integer i) {
				result.add(i);
			}
		}
		return Collections.unmodifiableList(result);
	}

	private static String asString(final Object value) {
		if (value instanceof final String s) {
			return s;
		}
		if (value instanceof final TextWithLanguage t) {
			return t.text();
		}
		return null;
	}

	@Override
	public boolean equals(final Object obj) {
		return obj instanceof final IppAttribute other && tag == other.tag && name.equals(other.name)
				&& Arrays.deepEquals(values.toArray(), other.values.toArray());
	}

	@Override
	public int hashCode() {
		return 31 * (31 * name.hashCode() + tag) + Arrays.deepHashCode(values.toArray());
	}

	/** Bounded rendering: at most a few values and about a thousand characters; octets are shown as a length. */
	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder();
		ValueFormat.appendAttribute(sb, this);
		return ValueFormat.cap(sb);
	}
}
