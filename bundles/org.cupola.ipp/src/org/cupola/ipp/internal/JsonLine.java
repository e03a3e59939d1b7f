package org.cupola.ipp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object on one line, members of three kinds only: strings, integers and lists of strings. Enough for the
 * event history's JSON lines; unknown or malformed input throws {@link IllegalArgumentException}.
 */
public final class JsonLine {

	private JsonLine() {
	}

	/**
	 * @param members
	 *            values are String, Integer/Long or List of String; nulls are left out
	 * @return the object on one line
	 */
	public static String write(Map<String, ?> members) {
		StringBuilder sb = new StringBuilder("{"); //$NON-NLS-1$
		for (Map.Entry<String, ?> e : members.entrySet()) {
			Object v = e.getValue();
			if (v == null) {
				continue;
			}
			if (sb.length() > 1) {
				sb.append(',');
			}
			quote(sb, e.getKey());
			sb.append(':');
			if (v instanceof Number n) {
				sb.append(n.longValue());
			} else if (v instanceof List<?> list) {
				sb.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						sb.append(',');
					}
					quote(sb, String.valueOf(list.get(i)));
				}
				sb.append(']');
			} else {
				quote(sb, v.toString());
			}
		}
		return sb.append('}').toString();
	}

	private static void quote(StringBuilder sb, String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\""); //$NON-NLS-1$
			case '\\' -> sb.append("\\\\"); //$NON-NLS-1$
			case '\n' -> sb.append("\\n"); //$NON-NLS-1$
			case '\r' -> sb.append("\\r"); //$NON-NLS-1$
			case '\t' -> sb.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					sb.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
				} else {
					sb.append(c);
				}
			}
			}
		}
		sb.append('"');
	}

	/**
	 * @param line
	 *            what {@link #write(Map)} wrote
	 * @return its members: String, Long or List of String
	 */
	public static Map<String, Object> read(String line) {
		Map<String, Object> out = new LinkedHashMap<>();
		int[] pos = { 0 };
		String t = line.strip();
		expect(t, pos, '{');
		if (peek(t, pos) == '}') {
			pos[0]++;
			return out;
		}
		while (true) {
			String key = string(t, pos);
			expect(t, pos, ':');
			char c = peek(t, pos);
			if (c == '"') {
				out.put(key, string(t, pos));
			} else if (c == '[') {
				pos[0]++;
				List<String> list = new ArrayList<>();
				if (peek(t, pos) == ']') {
					pos[0]++;
				} else {
					while (true) {
						list.add(string(t, pos));
						char d = peek(t, pos);
						pos[0]++;
						if (d == ']') {
							break;
						}
						if (d != ',') {
							throw new IllegalArgumentException("expected , or ] at " + pos[0]); //$NON-NLS-1$
						}
					}
				}
				out.put(key, List.copyOf(list));
			} else {
				int start = pos[0];
				while (pos[0] < t.length() && (Character.isDigit(t.charAt(pos[0])) || t.charAt(pos[0]) == '-')) {
					pos[0]++;
				}
				try {
					out.put(key, Long.valueOf(t.substring(start, pos[0])));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("bad number at " + start, e); //$NON-NLS-1$
				}
			}
			char d = peek(t, pos);
			pos[0]++;
			if (d == '}') {
				return out;
			}
			if (d != ',') {
				throw new IllegalArgumentException("expected , or } at " + pos[0]); //$NON-NLS-1$
			}
		}
	}

	private static char peek(String t, int[] pos) {
		while (pos[0] < t.length() && Character.isWhitespace(t.charAt(pos[0]))) {
			pos[0]++;
		}
		if (pos[0] >= t.length()) {
			throw new IllegalArgumentException("unexpected end"); //$NON-NLS-1$
		}
		return t.charAt(pos[0]);
	}

	private static void expect(String t, int[] pos, char c) {
		if (peek(t, pos) != c) {
			throw new IllegalArgumentException("expected " + c + " at " + pos[0]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		pos[0]++;
	}

	private static String string(String t, int[] pos) {
		expect(t, pos, '"');
		StringBuilder sb = new StringBuilder();
		while (true) {
			if (pos[0] >= t.length()) {
				throw new IllegalArgumentException("unterminated string"); //$NON-NLS-1$
			}
			char c = t.charAt(pos[0]++);
			if (c == '"') {
				return sb.toString();
			}
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			if (pos[0] >= t.length()) {
				throw new IllegalArgumentException("unterminated escape"); //$NON-NLS-1$
			}
			char e = t.charAt(pos[0]++);
			switch (e) {
			case 'n' -> sb.append('\n');
			case 'r' -> sb.append('\r');
			case 't' -> sb.append('\t');
			case 'b' -> sb.append('\b');
			case 'f' -> sb.append('\f');
			case 'u' -> {
				if (pos[0] + 4 > t.length()) {
					throw new IllegalArgumentException("bad \\u escape"); //$NON-NLS-1$
				}
				sb.append((char) Integer.parseInt(t.substring(pos[0], pos[0] + 4), 16));
				pos[0] += 4;
			}
			default -> sb.append(e);
			}
		}
	}
}
