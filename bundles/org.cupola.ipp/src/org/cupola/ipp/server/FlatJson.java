package org.cupola.ipp.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object of string members, one per line: all the journal needs, without a JSON library in core. Its
 * {@link #quote(StringBuilder, String)} is public so that other bundles' JSON writers escape strings the same way.
 */
public final class FlatJson {

	private FlatJson() {
	}

	static String write(Map<String, String> members) {
		StringBuilder sb = new StringBuilder("{\n"); //$NON-NLS-1$
		int i = 0;
		for (Map.Entry<String, String> e : members.entrySet()) {
			sb.append("  "); //$NON-NLS-1$
			quote(sb, e.getKey());
			sb.append(": "); //$NON-NLS-1$
			quote(sb, e.getValue());
			sb.append(++i < members.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return sb.append("}\n").toString(); //$NON-NLS-1$
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
	 * @param text
	 *            an object whose members are all strings
	 * @return the members
	 * @throws IllegalArgumentException
	 *             when the text is not such an object
	 */
	static Map<String, String> read(String text) {
		Map<String, String> result = new LinkedHashMap<>();
		int[] pos = { skip(text, 0) };
		expect(text, pos, '{');
		if (peek(text, pos) == '}') {
			return result;
		}
		while (true) {
			String key = string(text, pos);
			expect(text, pos, ':');
			result.put(key, string(text, pos));
			char c = peek(text, pos);
			pos[0]++;
			if (c == '}') {
				return result;
			}
			if (c != ',') {
				throw new IllegalArgumentException("expected , or }"); //$NON-NLS-1$
			}
		}
	}

	private static int skip(String t, int i) {
		while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
			i++;
		}
		return i;
	}

	private static char peek(String t, int[] pos) {
		pos[0] = skip(t, pos[0]);
		if (pos[0] >= t.length()) {
			throw new IllegalArgumentException("unexpected end"); //$NON-NLS-1$
		}
		return t.charAt(pos[0]);
	}

	private static void expect(String t, int[] pos, char c) {
		if (peek(t, pos) != c) {
			throw new IllegalArgumentException("expected " + c); //$NON-NLS-1$
		}
		pos[0]++;
	}

	private static String string(String t, int[] pos) {
		expect(t, pos, '"');
		StringBuilder sb = new StringBuilder();
		int i = pos[0];
		while (true) {
			if (i >= t.length()) {
				throw new IllegalArgumentException("unterminated string"); //$NON-NLS-1$
			}
			char c = t.charAt(i++);
			if (c == '"') {
				break;
			}
			if (c == '\\') {
				char e = t.charAt(i++);
				switch (e) {
				case 'n' -> sb.append('\n');
				case 'r' -> sb.append('\r');
				case 't' -> sb.append('\t');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					sb.append((char) Integer.parseInt(t.substring(i, i + 4), 16));
					i += 4;
				}
				default -> sb.append(e);
				}
			} else {
				sb.append(c);
			}
		}
		pos[0] = i;
		return sb.toString();
	}
}
