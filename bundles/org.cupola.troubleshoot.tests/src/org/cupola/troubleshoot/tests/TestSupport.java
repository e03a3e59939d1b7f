package org.cupola.troubleshoot.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CupsServer;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.Troubleshooter;

/** Helpers for the troubleshooter tests: prompts, a troubleshooter factory, and a tiny JSON parser. */
final class TestSupport {

	/** Short timeouts: the sandbox is on loopback. */
	static final ConnectionOptions OPTIONS = ConnectionOptions.DEFAULTS.withConnectTimeout(Duration.ofSeconds(3))
			.withReadTimeout(Duration.ofSeconds(20));

	private TestSupport() {
	}

	/** A prompt that counts its calls and answers with fresh copies of the given credentials (null: declines). */
	static final class CountingPrompt implements CredentialsPrompt {
		final AtomicInteger calls = new AtomicInteger();
		private final String user;
		private final String password;

		CountingPrompt(String user, String password) {
			this.user = user;
			this.password = password;
		}

		@Override
		public Credentials getCredentials(org.cupola.ipp.CredentialsRequest request) {
			calls.incrementAndGet();
			return user == null ? null : new Credentials(user, password.toCharArray());
		}
	}

	static CountingPrompt admin() {
		return new CountingPrompt("cupsadmin", "cupsadmin-pw"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static CountingPrompt plainUser() {
		return new CountingPrompt("cupsuser", "cupsuser-pw"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static CountingPrompt declining() {
		return new CountingPrompt(null, null);
	}

	static Troubleshooter troubleshooter(CupsServer server, CredentialsPrompt prompt) {
		Context context = new Context(server, OPTIONS, prompt);
		context.setTestPageTimeout(Duration.ofSeconds(30));
		context.setDevicesTimeoutSeconds(2);
		context.setProbeTimeout(Duration.ofSeconds(2));
		return new Troubleshooter(context, Troubleshooter.defaultSteps());
	}

	static List<Finding> byId(Troubleshooter t, String id) {
		return t.findings().stream().filter(f -> f.id().equals(id)).toList();
	}

	// ------------------------------------------------------------------------------------------------
	// a tiny JSON parser (objects become LinkedHashMap, arrays ArrayList, numbers Double)

	static Object parseJson(String text) {
		int[] pos = { 0 };
		Object v = value(text, pos);
		skip(text, pos);
		if (pos[0] != text.length()) {
			throw new IllegalArgumentException("trailing text at " + pos[0]); //$NON-NLS-1$
		}
		return v;
	}

	private static Object value(String s, int[] pos) {
		skip(s, pos);
		char c = s.charAt(pos[0]);
		switch (c) {
		case '{': {
			Map<String, Object> m = new LinkedHashMap<>();
			pos[0]++;
			skip(s, pos);
			if (s.charAt(pos[0]) == '}') {
				pos[0]++;
				return m;
			}
			while (true) {
				skip(s, pos);
				String key = string(s, pos);
				skip(s, pos);
				expect(s, pos, ':');
				m.put(key, value(s, pos));
				skip(s, pos);
				if (s.charAt(pos[0]) == ',') {
					pos[0]++;
					continue;
				}
				expect(s, pos, '}');
				return m;
			}
		}
		case '[': {
			List<Object> l = new ArrayList<>();
			pos[0]++;
			skip(s, pos);
			if (s.charAt(pos[0]) == ']') {
				pos[0]++;
				return l;
			}
			while (true) {
				l.add(value(s, pos));
				skip(s, pos);
				if (s.charAt(pos[0]) == ',') {
					pos[0]++;
					continue;
				}
				expect(s, pos, ']');
				return l;
			}
		}
		case '"':
			return string(s, pos);
		default:
			if (s.startsWith("true", pos[0])) { //$NON-NLS-1$
				pos[0] += 4;
				return Boolean.TRUE;
			}
			if (s.startsWith("false", pos[0])) { //$NON-NLS-1$
				pos[0] += 5;
				return Boolean.FALSE;
			}
			if (s.startsWith("null", pos[0])) { //$NON-NLS-1$
				pos[0] += 4;
				return null;
			}
			int start = pos[0];
			while (pos[0] < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos[0])) >= 0) { //$NON-NLS-1$
				pos[0]++;
			}
			if (start == pos[0]) {
				throw new IllegalArgumentException("unexpected " + c + " at " + start); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return Double.valueOf(s.substring(start, pos[0]));
		}
	}

	private static String string(String s, int[] pos) {
		expect(s, pos, '"');
		StringBuilder sb = new StringBuilder();
		while (true) {
			char c = s.charAt(pos[0]++);
			if (c == '"') {
				return sb.toString();
			}
			if (c < 0x20) {
				throw new IllegalArgumentException("control character in string at " + pos[0]); //$NON-NLS-1$
			}
			if (c == '\\') {
				char e = s.charAt(pos[0]++);
				switch (e) {
				case 'n' -> sb.append('\n');
				case 'r' -> sb.append('\r');
				case 't' -> sb.append('\t');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					sb.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
					pos[0] += 4;
				}
				default -> sb.append(e);
				}
			} else {
				sb.append(c);
			}
		}
	}

	private static void expect(String s, int[] pos, char c) {
		if (s.charAt(pos[0]) != c) {
			throw new IllegalArgumentException("expected " + c + " at " + pos[0]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		pos[0]++;
	}

	private static void skip(String s, int[] pos) {
		while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
			pos[0]++;
		}
	}
}
