package org.cupola.ipp;

/**
 * How a {@link CupsConnection} reaches its server, as of its latest connection: what the GUI shows on a server row.
 *
 * @param kind
 *            the kind of connection
 * @param tlsProtocol
 *            the TLS protocol (e.g. {@code TLSv1.3}) under {@link Kind#TLS}, else null
 * @param certificate
 *            the server's certificate under {@link Kind#TLS}, else null
 * @param clearTextAllowed
 *            whether the user allowed passwords in clear text for this server
 */
public record ConnectionSecurity(Kind kind, String tlsProtocol, CertificateInfo certificate,
		boolean clearTextAllowed) {

	/** The kind of connection. */
	public enum Kind {
		/** No connection was made yet. */
		UNKNOWN,
		/** TLS over TCP. */
		TLS,
		/** A local domain socket (e.g. /run/cups/cups.sock): not on the network. */
		LOCAL_SOCKET,
		/** Plain HTTP over TCP: not encrypted. */
		PLAIN
	}
}
