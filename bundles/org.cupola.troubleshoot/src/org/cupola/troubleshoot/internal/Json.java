package org.cupola.troubleshoot.internal;

import java.util.Collection;
import java.util.Map;

import org.cupola.ipp.server.FlatJson;

/**
 * A small hand-written JSON encoder for reports: maps (keys as strings, in iteration order), collections, arrays of
 * objects, strings, numbers, booleans and null; anything else is written as its {@code toString()}. Output is
 * indented with two spaces.
 */
public final class Json {

	private Json() {
	}

	/**
	 * @param value
	 *            the value
	 * @return the JSON text
	 */
	public static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value, 0);
		return sb.toString();
	}

	private static void write(StringBuilder sb, Object value, int indent) {
		if (value == null) {
			sb.append("null"); //$NON-NLS-1$
		} else if (value instanceof String s) {
			FlatJson.quote(sb, s);
		} else if (value instanceof Boolean b) {
			sb.append(b.booleanValue());
		} else if (value instanceof Double d && (d.isNaN() || d.isInfinite())
				|| value instanceof Float f && (f.isNaN() || f.isInfinite())) {
			sb.append("null"); //$NON-NLS-1$
		} else if (value instanceof Number n) {
			sb.append(n);
		} else if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				sb.append("{}"); //$NON-NLS-1$
				return;
			}
			sb.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				sb.append(first ? "\n" : ",\n"); //$NON-NLS-1$ //$NON-NLS-2$
				first = false;
				indent(sb, indent + 1);
				FlatJson.quote(sb, String.valueOf(e.getKey()));
				sb.append(": "); //$NON-NLS-1$
				write(sb, e.getValue(), indent + 1);
			}
			sb.append('\n');
			indent(sb, indent);
			sb.append('}');
		} else if (value instanceof Collection<?> list) {
			writeArray(sb, list.toArray(), indent);
		} else if (value instanceof Object[] array) {
			writeArray(sb, array, indent);
		} else {
			FlatJson.quote(sb, value.toString());
		}
	}

	private static void writeArray(StringBuilder sb, Object[] items, int indent) {
		if (items.length == 0) {
			sb.append("[]"); //$NON-NLS-1$
			return;
		}
		sb.append('[');
		for (int i = 0; i < items.length; i++) {
			sb.append(i == 0 ? "\n" : ",\n"); //$NON-NLS-1$ //$NON-NLS-2$
			indent(sb, indent + 1);
			write(sb, items[i], indent + 1);
		}
		sb.append('\n');
		indent(sb, indent);
		sb.append(']');
	}

	private static void indent(StringBuilder sb, int indent) {
		for (int i = 0; i < indent; i++) {
			sb.append("  "); //$NON-NLS-1$
		}
	}
}
