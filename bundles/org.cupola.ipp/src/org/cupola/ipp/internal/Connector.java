package org.cupola.ipp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CupsServer;

/**
 * Opens the connections of one {@link HttpTransport}: TCP (with TLS through {@link TlsTrust} when asked) or the
 * server's domain socket. Cancellation closes the socket being connected.
 */
final class Connector {

	private final CupsServer server;
	private final int connectMillis;
	final TlsTrust tls;
	private volatile Boolean loopback;

	Connector(CupsServer server, int connectMillis) {
		this.server = server;
		this.connectMillis = connectMillis;
		this.tls = new TlsTrust(server);
	}

	/** The outcome: the connection and whether the user was asked about its certificate meanwhile. */
	record Opened(HttpConnection connection, boolean asked) {
	}

	/**
	 * Opens a connection.
	 *
	 * @param secure
	 *            whether to run TLS on it (ignored for a domain socket)
	 */
	Opened open(boolean secure, Waiter waiter) throws IOException {
		if (server.domainSocket()) {
			return new Opened(new HttpConnection(UnixLink.connect(server.host())), false);
		}
		Socket raw = new Socket();
		CancelToken.Registration registration = waiter.onCancel(() -> Link.Tcp.closeQuietly(raw));
		boolean ok = false;
		try {
			raw.setTcpNoDelay(true);
			InetSocketAddress address = new InetSocketAddress(server.host(), server.port());
			if (address.isUnresolved()) {
				throw new UnknownHostException(server.host());
			}
			raw.connect(address, connectMillis);
			Opened opened;
			if (secure) {
				TlsTrust.Secured s = tls.handshake(raw, connectMillis, waiter);
				opened = new Opened(new HttpConnection(new Link.Tcp(raw, s.socket(), s.certificate())), s.asked());
			} else {
				opened = new Opened(new HttpConnection(new Link.Tcp(raw, raw, null)), false);
			}
			ok = true;
			return opened;
		} catch (SocketTimeoutException e) {
			waiter.checkCanceled();
			throw new ConnectTimeoutException(e);
		} catch (IOException e) {
			waiter.checkCanceled();
			throw e;
		} finally {
			registration.close();
			if (!ok) {
				Link.Tcp.closeQuietly(raw);
			}
		}
	}

	/**
	 * {@return whether a password may go to this server without TLS: a domain socket, or a host name that resolves
	 * to a loopback address only}
	 */
	boolean isLocal() {
		if (server.domainSocket()) {
			return true;
		}
		Boolean l = loopback;
		if (l == null) {
			try {
				InetAddress[] addresses = InetAddress.getAllByName(server.host());
				boolean all = addresses.length > 0;
				for (InetAddress a : addresses) {
					all &= a.isLoopbackAddress();
				}
				l = Boolean.valueOf(all);
			} catch (UnknownHostException e) {
				l = Boolean.FALSE;
			}
			loopback = l;
		}
		return l.booleanValue();
	}
}
