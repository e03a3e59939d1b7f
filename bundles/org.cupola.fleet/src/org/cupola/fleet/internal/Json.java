package org.cupola.fleet.internal;

import org.cupola.ipp.internal.json.JsonText;

/**
 * The JSON of site descriptions and JSON Lines, read and written by the core's one JSON reader and writer
 * ({@link JsonText}), so no library is needed. Objects are read into {@link java.util.TreeMap}s (keys sorted), arrays
 * into lists, numbers into {@link Long} (or {@link Double} when they have a fraction or exponent). The writer sorts the keys of every object it writes, so equal
 * content gives equal bytes (files diff well); {@link #pretty(Object)} puts each array element and object member on
 * its own line, {@link #compact(Object)} writes one line.
 */
public final class Json {

	private Json() {
	}

	/** {@return the value as indented JSON (2 spaces), keys sorted, ending without a newline} */
	public static String pretty(Object value) {
		return JsonText.write(value, true, true);
	}

	/** {@return the value as one line of JSON, keys sorted} */
	public static String compact(Object value) {
		return JsonText.write(value, false, true);
	}

	/**
	 * Parses JSON text.
	 *
	 * @param text
	 *            the text
	 * @return maps (sorted by key), lists, strings, numbers, booleans or null
	 * @throws IllegalArgumentException
	 *             with the line and column when the text is not JSON
	 */
	public static Object parse(String text) {
		return JsonText.parse(text, true);
	}
}
