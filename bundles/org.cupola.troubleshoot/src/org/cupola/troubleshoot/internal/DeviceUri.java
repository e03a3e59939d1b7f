package org.cupola.troubleshoot.internal;

import java.util.Locale;

/**
 * A CUPS device URI taken apart the way CheckPrinterSanity needs it: scheme, host, port, path. User info (which may
 * hold a password) is dropped and never kept.
 *
 * @param scheme
 *            the scheme, lower case
 * @param host
 *            the host (IPv6 without brackets), or null
 * @param port
 *            the port, or -1 when the URI has none
 * @param path
 *            the path (without query), or an empty string
 */
public record DeviceUri(String scheme, String host, int port, String path) {

	/** The schemes whose host is a network server that speaks IPP (s-c-p: ipp, http, https; plus ipps). */
	public static boolean isIppScheme(String scheme) {
		return switch (scheme == null ? "" : scheme) { //$NON-NLS-1$
		case "ipp", "ipps", "http", "https" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> false;
		};
	}

	/** {@return whether the scheme is one of a locally attached device} */
	public static boolean isDirectScheme(String scheme) {
		return switch (scheme == null ? "" : scheme) { //$NON-NLS-1$
		case "usb", "parallel", "serial", "hp", "hpfax", "hal", "scsi" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		default -> false;
		};
	}

	/** {@return whether the scheme uses TLS} */
	public boolean secure() {
		return "ipps".equals(scheme) || "https".equals(scheme); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the port, or the scheme's default (631 for IPP, 443 for https, 9100 for socket, 515 for lpd)} */
	public int portOrDefault() {
		if (port > 0) {
			return port;
		}
		return switch (scheme) {
		case "https" -> 443; //$NON-NLS-1$
		case "http" -> 80; //$NON-NLS-1$
		case "socket" -> 9100; //$NON-NLS-1$
		case "lpd" -> 515; //$NON-NLS-1$
		default -> 631;
		};
	}

	/**
	 * Parses a device URI leniently (CUPS URIs are not always valid {@link java.net.URI}s).
	 *
	 * @param uri
	 *            the URI, may be null
	 * @return the parts, or null if there is no scheme
	 */
	public static DeviceUri parse(String uri) {
		if (uri == null) {
			return null;
		}
		int colon = uri.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String scheme = uri.substring(0, colon).toLowerCase(Locale.ROOT);
		String rest = uri.substring(colon + 1);
		if (!rest.startsWith("//")) { //$NON-NLS-1$
			return new DeviceUri(scheme, null, -1, stripQuery(rest));
		}
		rest = rest.substring(2);
		int slash = rest.indexOf('/');
		int query = rest.indexOf('?');
		int end = slash < 0 ? query : query < 0 ? slash : Math.min(slash, query);
		String authority = end < 0 ? rest : rest.substring(0, end);
		String path = end < 0 ? "" : stripQuery(rest.substring(end)); //$NON-NLS-1$
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			authority = authority.substring(at + 1); // user info is never kept
		}
		String host;
		int port = -1;
		if (authority.startsWith("[")) { //$NON-NLS-1$
			int close = authority.indexOf(']');
			host = close < 0 ? authority.substring(1) : authority.substring(1, close);
			if (close >= 0 && authority.length() > close + 2 && authority.charAt(close + 1) == ':') {
				port = parsePort(authority.substring(close + 2));
			}
		} else {
			int c = authority.lastIndexOf(':');
			host = c < 0 ? authority : authority.substring(0, c);
			if (c >= 0) {
				port = parsePort(authority.substring(c + 1));
			}
		}
		return new DeviceUri(scheme, host.isEmpty() ? null : decode(host), port, path);
	}

	private static String stripQuery(String s) {
		int q = s.indexOf('?');
		return q < 0 ? s : s.substring(0, q);
	}

	private static int parsePort(String s) {
		try {
			int p = Integer.parseInt(s);
			return p > 0 && p < 65536 ? p : -1;
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private static String decode(String s) {
		try {
			return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			return s;
		}
	}

	/**
	 * {@return the queue name if the path is a CUPS queue path ({@code /printers/NAME} or {@code /classes/NAME}),
	 * else null}
	 */
	public String cupsQueueName() {
		for (String prefix : new String[] { "/printers/", "/classes/" }) { //$NON-NLS-1$ //$NON-NLS-2$
			if (path.startsWith(prefix) && path.length() > prefix.length()) {
				String name = path.substring(prefix.length());
				int slash = name.indexOf('/');
				return decode(slash < 0 ? name : name.substring(0, slash));
			}
		}
		return null;
	}
}
