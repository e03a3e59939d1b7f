package org.cupola.ipp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link FlatJson}: the journal's strings survive a write and a read, whatever characters they hold. */
class FlatJsonTest {

	@Test
	void everyEscapeRoundTrips() {
		Map<String, String> members = new LinkedHashMap<>();
		members.put("quote\"back\\slash", "line\nreturn\rtab\tback\bfeed\f");
		members.put("control", "\u0001\u001f");
		members.put("separators", "a\u2028b\u2029c");
		members.put("surrogates", "pair \ud83d\udda8 lone \ud800 and \udc00");
		String text = FlatJson.write(members);
		assertEquals(members, FlatJson.read(text));
	}

	@Test
	void quoteEscapesWhatJsonRequires() {
		StringBuilder sb = new StringBuilder();
		FlatJson.quote(sb, "a\"\\\b\f\u2028\ud800\ud83d\udda8");
		assertEquals("\"a\\\"\\\\\\b\\f\\u2028\\ud800\ud83d\udda8\"", sb.toString());
	}
}
