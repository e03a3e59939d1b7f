package org.cupola.fleet.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cupola.ipp.server.FlatJson;

/**
 * The JSON of site descriptions and JSON Lines: a small reader and writer of their own, so the core needs no
 * library. Objects are read into {@link TreeMap}s (keys sorted), arrays into lists, numbers into {@link Long} (or
 * {@link Double} when they have a fraction or exponent). The writer sorts the keys of every object it writes, so equal
 * content gives equal bytes (files diff well); {@link #pretty(Object)} puts each array element and object member on
 * its own line, {@link #compact(Object)} writes one line.
 */
public final class Json {

	private Json() {
	}

	/** {@return the value as indented JSON (2 spaces), keys sorted, ending without a newline} */
	public static String pretty(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value, 0, true);
		return sb.toString();
	}

	/** {@return the value as one line of JSON, keys sorted} */
	public static String compact(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value, 0, false);
		return sb.toString();
	}

	private static void write(StringBuilder sb, Object value, int indent, boolean pretty) {
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
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
			if (sorted.isEmpty()) {
				sb.append("{}"); //$NON-NLS-1$
				return;
			}
			sb.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> e : sorted.entrySet()) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				newline(sb, indent + 1, pretty);
				quote(sb, e.getKey());
				sb.append(pretty ? ": " : ":"); //$NON-NLS-1$ //$NON-NLS-2$
				write(sb, e.getValue(), indent + 1, pretty);
			}
			newline(sb, indent, pretty);
			sb.append('}');
		} else if (value instanceof Collection<?> list) {
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
				newline(sb, indent + 1, pretty);
				write(sb, o, indent + 1, pretty);
			}
			newline(sb, indent, pretty);
			sb.append(']');
		} else {
			quote(sb, value.toString());
		}
	}

	private static void newline(StringBuilder sb, int indent, boolean pretty) {
		if (pretty) {
			sb.append('\n');
			sb.append("  ".repeat(indent)); //$NON-NLS-1$
		}
	}

	private static void quote(StringBuilder sb, String s) {
		FlatJson.quote(sb, s); // one JSON escaping for every file Cupola writes
	}

	/**
	 * Parses JSON text.
	 *
	 * @param text
	 *            the text
	 * @return maps, lists, strings, numbers, booleans or null
	 * @throws IllegalArgumentException
	 *             with the line and column when the text is not JSON
	 */
	public static Object parse(String text) {
		Reader r = new Reader(text);
		r.space();
		Object value = r.value(0);
		r.space();
		if (r.pos < text.length()) {
			throw r.error("text after the end"); //$NON-NLS-1$
		}
		return value;
	}

	private static final class Reader {
		private static final int MAX_DEPTH = 64;
		private final String s;
		int pos;

		Reader(String s) {
			this.s = s;
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
			Map<String, Object> map = new TreeMap<>();
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
