package org.cupola.ipp;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import org.cupola.ipp.internal.Messages;

/**
 * The address of a CUPS server: plain or TLS (ipps), host and TCP port. Immutable; equal servers share credentials
 * in the credential store under {@link #key()}.
 *
 * @param secure
 *            true for TLS (ipps/https)
 * @param host
 *            the host name or IP address; an IPv6 literal without brackets
 * @param port
 *            the TCP port, 631 by default
 */
public record CupsServer(boolean secure, String host, int port) {

	/** The IANA port of IPP, CUPS' default. */
	public static final int DEFAULT_PORT = 631;

	/**
	 * Validates the components.
	 */
	public CupsServer {
		Objects.requireNonNull(host, "host"); //$NON-NLS-1$
		if (host.startsWith("[") && host.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
			host = host.substring(1, host.length() - 1);
		}
		if (host.isBlank()) {
			throw new IllegalArgumentException(Messages.CupsServer_emptyHost);
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(Messages.bind(Messages.CupsServer_badPort, Integer.toString(port)));
		}
	}

	/** {@return whether this is a local domain socket ({@link #host()} is its absolute path, e.g. /run/cups/cups.sock)} */
	public boolean domainSocket() {
		return host.startsWith("/"); //$NON-NLS-1$
	}

	/**
	 * The server libcups would use: {@code $CUPS_SERVER}, else {@code /run/cups/cups.sock} when it exists, else
	 * {@code localhost:631}.
	 *
	 * @return the default server
	 */
	public static CupsServer defaultServer() {
		return defaultServer(System.getenv("CUPS_SERVER")); //$NON-NLS-1$
	}

	/**
	 * The server libcups would use given the value of {@code CUPS_SERVER}.
	 *
	 * @param env
	 *            the value of {@code $CUPS_SERVER}, or null
	 * @return the default server
	 */
	public static CupsServer defaultServer(String env) {
		if (env != null && !env.isBlank()) {
			try {
				return parse(env);
			} catch (IllegalArgumentException e) {
				// fall through to the defaults, as libcups does with a bad value
			}
		}
		if (java.nio.file.Files.exists(java.nio.file.Path.of(SYSTEM_SOCKET))) {
			return new CupsServer(false, SYSTEM_SOCKET, DEFAULT_PORT);
		}
		return new CupsServer(false, "localhost", DEFAULT_PORT); //$NON-NLS-1$
	}

	/** The domain socket of the system's cupsd. */
	public static final String SYSTEM_SOCKET = "/run/cups/cups.sock"; //$NON-NLS-1$

	/**
	 * Parses what a user types to name a server: {@code host}, {@code host:port}, {@code [v6]}, {@code [v6]:port},
	 * a bare IPv6 address, the absolute path of a domain socket ({@code /run/cups/cups.sock}), or a URI with scheme
	 * {@code ipp}, {@code ipps}, {@code http} or {@code https} (a path is ignored). The port defaults to 631.
	 *
	 * @param text
	 *            the text to parse
	 * @return the server
	 * @throws IllegalArgumentException
	 *             with a message a user understands if the text names no server
	 */
	public static CupsServer parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(Messages.CupsServer_emptyHost);
		}
		String s = text.strip();
		if (s.startsWith("/")) { //$NON-NLS-1$
			return new CupsServer(false, s, DEFAULT_PORT);
		}
		boolean secure = false;
		int schemeEnd = s.indexOf("://"); //$NON-NLS-1$
		if (schemeEnd >= 0) {
			String scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
			switch (scheme) {
			case "ipp", "http" -> secure = false; //$NON-NLS-1$ //$NON-NLS-2$
			case "ipps", "https" -> secure = true; //$NON-NLS-1$ //$NON-NLS-2$
			default -> throw new IllegalArgumentException(Messages.bind(Messages.CupsServer_badScheme, scheme));
			}
			s = s.substring(schemeEnd + 3);
			if (s.startsWith("/")) { //$NON-NLS-1$
				return new CupsServer(false, s, DEFAULT_PORT); // ipp:///run/cups/cups.sock: a domain socket
			}
			int slash = s.indexOf('/');
			if (slash >= 0) {
				s = s.substring(0, slash);
			}
			int at = s.lastIndexOf('@');
			if (at >= 0) {
				s = s.substring(at + 1); // never keep user info
			}
		}
		String host;
		int port = DEFAULT_PORT;
		if (s.startsWith("[")) { //$NON-NLS-1$
			int close = s.indexOf(']');
			if (close < 0) {
				throw new IllegalArgumentException(Messages.bind(Messages.CupsServer_badAddress, text));
			}
			host = s.substring(1, close);
			String rest = s.substring(close + 1);
			if (rest.startsWith(":")) { //$NON-NLS-1$
				port = parsePort(rest.substring(1), text);
			} else if (!rest.isEmpty()) {
				throw new IllegalArgumentException(Messages.bind(Messages.CupsServer_badAddress, text));
			}
		} else if (s.indexOf(':') != s.lastIndexOf(':')) {
			host = s; // bare IPv6 literal
		} else {
			int colon = s.indexOf(':');
			if (colon >= 0) {
				host = s.substring(0, colon);
				port = parsePort(s.substring(colon + 1), text);
			} else {
				host = s;
			}
		}
		return new CupsServer(secure, host, port);
	}

	private static int parsePort(String port, String text) {
		try {
			return Integer.parseInt(port);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(Messages.bind(Messages.CupsServer_badPort, port), e);
		}
	}

	private String authority() {
		if (domainSocket()) {
			return host;
		}
		return (host.indexOf(':') >= 0 ? '[' + host + ']' : host) + ':' + port;
	}

	/**
	 * The HTTP(S) URI of a resource on this server.
	 *
	 * @param path
	 *            an absolute path such as {@code /admin/conf/cupsd.conf}; may contain a query
	 * @return the URI
	 */
	public URI httpUri(String path) {
		if (domainSocket()) {
			return URI.create("http://localhost" + normalize(path)); //$NON-NLS-1$
		}
		return URI.create((secure ? "https://" : "http://") + authority() + normalize(path)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The IPP URI of a resource on this server, as used in {@code printer-uri} and {@code job-uri} attributes, e.g.
	 * {@code ipp://host:631/printers/NAME}.
	 *
	 * @param path
	 *            an absolute path such as {@code /printers/NAME}
	 * @return the URI text
	 */
	public String ippUri(String path) {
		if (domainSocket()) {
			return "ipp://localhost" + normalize(path); //$NON-NLS-1$ (libcups's form over a domain socket)
		}
		return (secure ? "ipps://" : "ipp://") + authority() + normalize(path); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String normalize(String path) {
		if (path == null || path.isEmpty()) {
			return "/"; //$NON-NLS-1$
		}
		return path.startsWith("/") ? path : '/' + path; //$NON-NLS-1$
	}

	/**
	 * The key under which credentials for this server are stored: {@code ipp://host:port} (ipps for TLS).
	 *
	 * @return the key
	 */
	public String key() {
		return (secure ? "ipps://" : "ipp://") + authority(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return {@code ipp://host:port}} */
	@Override
	public String toString() {
		return key();
	}

	/** {@return {@code host:port}, the way CUPS' own tools name a server} */
	public String hostAndPort() {
		return authority();
	}
}
