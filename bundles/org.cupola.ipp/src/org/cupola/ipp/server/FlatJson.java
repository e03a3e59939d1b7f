package org.cupola.ipp.server;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cupola.ipp.internal.json.JsonText;

/**
 * A JSON object of string members, one per line: all the journal needs, without a JSON library in core. Reading and
 * writing go through the core's one JSON reader and writer ({@link JsonText}); {@link #quote(StringBuilder, String)}
 * stays public so that other bundles' JSON writers escape strings the same way.
 */
public final class FlatJson {

	private FlatJson() {
	}

	static String write(Map<String, String> members) {
		return JsonText.write(members, true, false) + '\n';
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
		JsonText.quote(sb, s);
	}

	/**
	 * @param text
	 *            an object whose members are all strings
	 * @return the members
	 * @throws IllegalArgumentException
	 *             when the text is not such an object
	 */
	static Map<String, String> read(String text) {
		if (!(JsonText.parse(text, false) instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("not a JSON object"); //$NON-NLS-1$
		}
		Map<String, String> result = new LinkedHashMap<>();
		map.forEach((k, v) -> {
			if (!(v instanceof String s)) {
				throw new IllegalArgumentException("member " + k + " is not a string"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			result.put((String) k, s);
		});
		return result;
	}
}
