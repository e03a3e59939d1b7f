package org.cupola.fleet.internal;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords in device URIs ({@code smb://user:password@host/queue}): an export never writes one in clear. It puts a
 * reference {@code ${secret:NAME}} in its place; {@code cupola apply} resolves it from the environment variable
 * {@code CUPOLA_SECRET_NAME} (NAME upper-cased, other characters than letters and digits as {@code _}) or asks on the
 * terminal without echo. (CUPS itself never reports a device URI's password over IPP; it answers {@code user@host}.)
 */
public final class DeviceUris {

	private static final Pattern USERINFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@?#:]*):([^/@?#]*)@"); //$NON-NLS-1$
	private static final Pattern SECRET = Pattern.compile("\\$\\{secret:([A-Za-z0-9_.-]+)\\}"); //$NON-NLS-1$

	private DeviceUris() {
	}

	/** {@return the URI with its password replaced by {@code ${secret:NAME}}} */
	public static String redact(String uri, String secretName) {
		if (uri == null) {
			return null;
		}
		Matcher m = USERINFO.matcher(uri);
		if (!m.find() || SECRET.matcher(m.group(3)).matches()) {
			return uri;
		}
		return m.group(1) + m.group(2) + ":${secret:" + secretName + "}@" + uri.substring(m.end()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the URI without any password (what is compared: CUPS never reports one)} */
	public static String withoutPassword(String uri) {
		if (uri == null) {
			return null;
		}
		Matcher m = USERINFO.matcher(uri);
		return m.find() ? m.group(1) + m.group(2) + '@' + uri.substring(m.end()) : uri;
	}

	/**
	 * {@return whether two device URIs are the same as far as CUPS tells: CUPS reports a URI that had a password
	 * without its user information at all, so when one side has a password (or a reference) the user information is
	 * left out of the comparison}
	 */
	public static boolean same(String a, String b) {
		if (a == null || b == null) {
			return a == b;
		}
		Matcher ma = USERINFO.matcher(a);
		Matcher mb = USERINFO.matcher(b);
		if (ma.find() | mb.find()) {
			return withoutUserinfo(a).equals(withoutUserinfo(b));
		}
		return a.equals(b);
	}

	private static String withoutUserinfo(String uri) {
		return uri.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@?#]*@", "$1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the secret name a queue's device URI uses} */
	public static String secretName(String queue) {
		return queue.replaceAll("[^A-Za-z0-9_.-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the environment variable that holds a secret} */
	public static String variable(String secretName) {
		return "CUPOLA_SECRET_" + secretName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Replaces every {@code ${secret:NAME}} reference.
	 *
	 * @param uri
	 *            the URI from the file
	 * @param env
	 *            the environment
	 * @param ask
	 *            asks for a secret by name (no echo); may return null
	 * @return the URI with the secrets, or null if one could not be resolved
	 */
	public static String resolve(String uri, Map<String, String> env, Function<String, String> ask) {
		Matcher m = SECRET.matcher(uri);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String value = env.get(variable(m.group(1)));
			if (value == null) {
				value = ask.apply(m.group(1));
			}
			if (value == null) {
				return null;
			}
			m.appendReplacement(sb, Matcher.quoteReplacement(encode(value)));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	/** {@return whether the URI holds a reference} */
	public static boolean hasSecret(String uri) {
		return uri != null && SECRET.matcher(uri).find();
	}

	private static String encode(String password) {
		StringBuilder sb = new StringBuilder();
		for (byte b : password.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) { //$NON-NLS-1$
				sb.append((char) c);
			} else {
				sb.append('%').append(String.format("%02X", Integer.valueOf(c))); //$NON-NLS-1$
			}
		}
		return sb.toString();
	}
}
