package org.cupola.ipp.internal.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON reader and writer of Cupola, so the core needs no library: the restore journal
 * ({@code org.cupola.ipp.server.FlatJson}), the event history ({@code org.cupola.ipp.events.QueueEvent}) and the
 * fleet's site files ({@code org.cupola.fleet.internal.Json}) all read and write through it. Objects are read into
 * maps (keys sorted or in text order), arrays into lists, numbers into {@link Long} (or {@link Double} when they have
 * a fraction or exponent). The writer writes maps' members in the map's order or sorted, indented by 2 spaces or on
 * one line.
 */
public final class JsonText {

	private static final int MAX_DEPTH = 64;

	private JsonText() {
	}

	/**
	 * @param value
	 *            maps, collections, strings, numbers, booleans or null (anything else as its string)
	 * @param indented
	 *            each array element and object member on its own line, indented by 2 spaces; else one line
	 * @param sortKeys
	 *            write every object's members sorted by key (equal content gives equal bytes); else in map order
	 * @return the JSON text, ending without a newline
	 */
	public static String write(Object value, boolean indented, boolean sortKeys) {
		StringBuilder sb = new StringBuilder();
		new Writer(sb, indented, sortKeys).value(value, 0);
		return sb.toString();
	}

	/**
	 * Appends a JSON string literal: quotes, backslashes and control characters escaped, and also U+2028/U+2029 and
	 * unpaired surrogates (as {@code \\uXXXX}), so the text is valid JSON and valid UTF-8 for any string.
	 *
	 * @param sb
	 *            the target
	 * @param s
	 *            the string
	 */
	public static void quote(StringBuilder sb, String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\""); //$NON-NLS-1$
			case '\\' -> sb.append("\\\\"); //$NON-NLS-1$
			case '\n' -> sb.append("\\n"); //$NON-NLS-1$
			case '\r' -> sb.append("\\r"); //$NON-NLS-1$
			case '\t' -> sb.append("\\t"); //$NON-NLS-1$
			case '\b' -> sb.append("\\b"); //$NON-NLS-1$
			case '\f' -> sb.append("\\f"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
					sb.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
				} else {
					sb.append(c);
				}
			}
			}
		}
		sb.append('"');
	}

	private static boolean validSurrogate(String s, int i) {
		char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
	}

	/**
	 * Parses JSON text.
	 *
	 * @param text
	 *            the text
	 * @param sortKeys
	 *            read objects into {@link TreeMap}s; else into {@link LinkedHashMap}s in text order
	 * @return maps, lists, strings, numbers, booleans or null
	 * @throws IllegalArgumentException
	 *             with the line and column when the text is not JSON
	 */
	public static Object parse(String text, boolean sortKeys) {
		Reader r = new Reader(text, sortKeys);
		r.space();
		Object value = r.value(0);
		r.space();
		if (r.pos < text.length()) {
			throw r.error("text after the end"); //$NON-NLS-1$
		}
		return value;
	}

	private record Writer(StringBuilder sb, boolean indented, boolean sortKeys) {

		void value(Object value, int indent) {
			if (value == null) {
				sb.append("null"); //$NON-NLS-1$
			} else if (value instanceof String s) {
				quote(sb, s);
			} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
				sb.append(value);
			} else if (value instanceof Number n) {
				double d = n.doubleValue();
				sb.append(Double.isFinite(d) ? Double.toString(d) : "null"); //$NON-NLS-1$
			} else if (value instanceof Map<?, ?> map) {
				object(map, indent);
			} else if (value instanceof Collection<?> list) {
				array(list, indent);
			} else {
				quote(sb, value.toString());
			}
		}

		private void object(Map<?, ?> map, int indent) {
			Map<String, Object> members = sortKeys ? new TreeMap<>() : new LinkedHashMap<>();
			map.forEach((k, v) -> members.put(String.valueOf(k), v));
			if (members.isEmpty()) {
				sb.append("{}"); //$NON-NLS-1$
				return;
			}
			sb.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> e : members.entrySet()) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				newline(indent + 1);
				quote(sb, e.getKey());
				sb.append(indented ? ": " : ":"); //$NON-NLS-1$ //$NON-NLS-2$
				value(e.getValue(), indent + 1);
			}
			newline(indent);
			sb.append('}');
		}

		private void array(Collection<?> list, int indent) {
			if (list.isEmpty()) {
				sb.append("[]"); //$NON-NLS-1$
				return;
			}
			sb.append('[');
			boolean first = true;
			for (Object o : list) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				newline(indent + 1);
				value(o, indent + 1);
			}
			newline(indent);
			sb.append(']');
		}

		private void newline(int indent) {
			if (indented) {
				sb.append('\n');
				sb.append("  ".repeat(indent)); //$NON-NLS-1$
			}
		}
	}

	private static final class Reader {
		private final String s;
		private final boolean sortKeys;
		int pos;

		Reader(String s, boolean sortKeys) {
			this.s = s;
			this.sortKeys = sortKeys;
		}

		IllegalArgumentException error(String what) {
			int line = 1;
			int col = 1;
			for (int i = 0; i < pos && i < s.length(); i++) {
				if (s.charAt(i) == '\n') {
					line++;
					col = 1;
				} else {
					col++;
				}
			}
			return new IllegalArgumentException("JSON: " + what + " at line " + line + ", column " + col); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}

		void space() {
			while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
				pos++;
			}
		}

		char peek() {
			if (pos >= s.length()) {
				throw error("unexpected end"); //$NON-NLS-1$
			}
			return s.charAt(pos);
		}

		void expect(char c) {
			if (peek() != c) {
				throw error("expected '" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			pos++;
		}

		Object value(int depth) {
			if (depth > MAX_DEPTH) {
				throw error("nested too deeply"); //$NON-NLS-1$
			}
			char c = peek();
			switch (c) {
			case '{':
				return object(depth);
			case '[':
				return array(depth);
			case '"':
				return string();
			case 't':
				return word("true", Boolean.TRUE); //$NON-NLS-1$
			case 'f':
				return word("false", Boolean.FALSE); //$NON-NLS-1$
			case 'n':
				return word("null", null); //$NON-NLS-1$
			default:
				if (c == '-' || c >= '0' && c <= '9') {
					return number();
				}
				throw error("unexpected '" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		Object word(String w, Object value) {
			if (!s.startsWith(w, pos)) {
				throw error("unknown word"); //$NON-NLS-1$
			}
			pos += w.length();
			return value;
		}

		Object number() {
			int start = pos;
			boolean fraction = false;
			while (pos < s.length()) {
				char c = s.charAt(pos);
				if (c == '.' || c == 'e' || c == 'E') {
					fraction = true;
				} else if (!(c == '-' || c == '+' || c >= '0' && c <= '9')) {
					break;
				}
				pos++;
			}
			String n = s.substring(start, pos);
			try {
				return fraction ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
			} catch (NumberFormatException e) {
				throw error("bad number"); //$NON-NLS-1$
			}
		}

		String string() {
			expect('"');
			StringBuilder sb = new StringBuilder();
			while (true) {
				char c = peek();
				pos++;
				if (c == '"') {
					return sb.toString();
				}
				if (c != '\\') {
					sb.append(c);
					continue;
				}
				char e = peek();
				pos++;
				switch (e) {
				case 'n' -> sb.append('\n');
				case 'r' -> sb.append('\r');
				case 't' -> sb.append('\t');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					if (pos + 4 > s.length()) {
						throw error("bad escape"); //$NON-NLS-1$
					}
					try {
						sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
					} catch (NumberFormatException x) {
						throw error("bad escape"); //$NON-NLS-1$
					}
					pos += 4;
				}
				default -> sb.append(e);
				}
			}
		}

		Map<String, Object> object(int depth) {
			expect('{');
			Map<String, Object> map = sortKeys ? new TreeMap<>() : new LinkedHashMap<>();
			space();
			if (peek() == '}') {
				pos++;
				return map;
			}
			while (true) {
				space();
				String key = string();
				space();
				expect(':');
				space();
				map.put(key, value(depth + 1));
				space();
				if (peek() == ',') {
					pos++;
					continue;
				}
				expect('}');
				return map;
			}
		}

		List<Object> array(int depth) {
			expect('[');
			List<Object> list = new ArrayList<>();
			space();
			if (peek() == ']') {
				pos++;
				return list;
			}
			while (true) {
				space();
				list.add(value(depth + 1));
				space();
				if (peek() == ',') {
					pos++;
					continue;
				}
				expect(']');
				return list;
			}
		}
	}
}
