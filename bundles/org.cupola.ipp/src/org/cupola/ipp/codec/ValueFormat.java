package org.cupola.ipp.codec;

import java.util.List;

/**
 * Bounded, non-recursive-blowup rendering of attribute values for {@code toString()}: logs must stay small even
 * for 10,000-value attributes or deeply nested collections.
 */
final class ValueFormat {

	/** Soft cap on rendered characters. */
	static final int MAX_CHARS = 1000;
	/** Values (or members) shown per attribute (or collection). */
	static final int MAX_VALUES = 8;
	private static final int MAX_STRING = 80;

	private ValueFormat() {
	}

	static String cap(final StringBuilder sb) {
		if (sb.length() > MAX_CHARS) {
			sb.setLength(MAX_CHARS);
			sb.append("...");
		}
		return sb.toString();
	}

	static void appendAttribute(final StringBuilder sb, final IppAttribute attribute) {
		sb.append(attribute.name()).append(" (").append(IppTag.name(attribute.tag())).append(") = ");
		appendValues(sb, attribute.values());
	}

	static void appendValues(final StringBuilder sb, final List<Object> values) {
		final int shown = Math.min(values.size(), MAX_VALUES);
		for (int i = 0; i < shown && sb.length() <= MAX_CHARS; i++) {
			if (i > 0) {
				sb.append(',');
			}
			appendValue(sb, values.get(i));
		}
		if (values.size() > shown) {
			sb.append(",... (").append(values.size()).append(" values)");
		}
	}

	static void appendCollection(final StringBuilder sb, final IppCollection collection) {
		final List<IppAttribute> members = collection.members();
		sb.append('{');
		final int shown = Math.min(members.size(), MAX_VALUES);
		for (int i = 0; i < shown && sb.length() <= MAX_CHARS; i++) {
			if (i > 0) {
				sb.append(' ');
			}
			appendAttribute(sb, members.get(i));
		}
		if (members.size() > shown) {
			sb.append(" ... (").append(members.size()).append(" members)");
		}
		sb.append('}');
	}

	private static void appendValue(final StringBuilder sb, final Object value) {
		if (value instanceof final IppCollection collection) {
			appendCollection(sb, collection);
		} else if (value instanceof final byte[] bytes) {
			sb.append('<').append(bytes.length).append(" bytes>");
		} else {
			final String text = String.valueOf(value);
			if (text.length() > MAX_STRING) {
				sb.append(text, 0, MAX_STRING).append("...");
			} else {
				sb.append(text);
			}
		}
	}
}
