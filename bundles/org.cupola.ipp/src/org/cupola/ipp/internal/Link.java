package org.cupola.ipp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.cupola.ipp.CertificateInfo;

/** How one HTTP connection reaches the server: a TCP socket (maybe under TLS) or a domain socket. */
interface Link {

	/** {@return the stream of bytes from the server} */
	InputStream input() throws IOException;

	/** {@return the stream of bytes to the server} */
	OutputStream output() throws IOException;

	/** Sets how long a read may wait, in milliseconds. */
	void setReadTimeout(int millis) throws IOException;

	/** Closes the underlying socket from any thread: a blocked read or write ends at once. */
	void abort();

	/** Closes the connection. */
	void close();

	/** {@return the TLS protocol (e.g. TLSv1.3), or null when not encrypted} */
	default String tlsProtocol() {
		return null;
	}

	/** {@return the server's certificate under TLS, else null} */
	default CertificateInfo certificate() {
		return null;
	}

	/** {@return whether this is a domain socket} */
	default boolean local() {
		return false;
	}

	/** A TCP connection, plain or with TLS on top. */
	final class Tcp implements Link {
		private final Socket raw;
		private final Socket socket;
		private final CertificateInfo certificate;

		Tcp(Socket raw, Socket socket, CertificateInfo certificate) {
			this.raw = raw;
			this.socket = socket;
			this.certificate = certificate;
		}

		@Override
		public InputStream input() throws IOException {
			return socket.getInputStream();
		}

		@Override
		public OutputStream output() throws IOException {
			return socket.getOutputStream();
		}

		@Override
		public void setReadTimeout(int millis) throws IOException {
			socket.setSoTimeout(millis);
		}

		@Override
		public void abort() {
			closeQuietly(raw);
		}

		@Override
		public void close() {
			closeQuietly(socket);
			closeQuietly(raw);
		}

		@Override
		public String tlsProtocol() {
			return socket instanceof SSLSocket ssl ? ssl.getSession().getProtocol() : null;
		}

		@Override
		public CertificateInfo certificate() {
			return certificate;
		}

		static void closeQuietly(Socket socket) {
			try {
				socket.close();
			} catch (IOException e) {
				// nothing to do
			}
		}
	}
}
