package org.cupola.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.cupola.ipp.codec.DecoderLimits;
import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;

/**
 * EXPERIMENT, not product code: Cupola's codec over one blocking, kept-alive HTTP/1.1 {@link Socket} (the libcups
 * model: the calling thread writes the request and reads the response itself, no selector or executor threads).
 * Used by {@link IppBench} to show what the transport of {@code CupsConnection} (java.net.http) costs. No
 * authentication, no cancellation, no TLS, no retry. One thread at a time.
 */
final class BlockingIppClient implements AutoCloseable {

	private final String host;
	private final int port;
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	BlockingIppClient(final String host, final int port) {
		this.host = host;
		this.port = port;
	}

	/** POSTs an IPP request and decodes the response (streamed from the socket). */
	IppMessage post(final String path, final IppMessage request) throws IOException {
		final byte[] body = IppEncoder.encode(request);
		if (socket == null) {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(host, port), 5_000);
			socket.setSoTimeout(30_000);
			in = new BufferedInputStream(socket.getInputStream(), 16 << 10);
			out = socket.getOutputStream();
		}
		final byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ':' + port
				+ "\r\nContent-Type: application/ipp\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
		final byte[] all = new byte[head.length + body.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(body, 0, all, head.length, body.length);
		out.write(all);
		out.flush();
		final String status = line();
		if (!status.startsWith("HTTP/1.1 200")) {
			throw new IOException("HTTP " + status);
		}
		long length = -1;
		boolean chunked = false;
		for (String h = line(); !h.isEmpty(); h = line()) {
			final String lower = h.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(h.substring(15).trim());
			} else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		final InputStream bodyIn = chunked ? new Chunked() : new Bounded(length);
		final IppMessage response = IppDecoder.decode(bodyIn, DecoderLimits.DEFAULTS, null);
		bodyIn.transferTo(OutputStream.nullOutputStream()); // keep the connection reusable
		return response;
	}

	private String line() throws IOException {
		final ByteArrayOutputStream b = new ByteArrayOutputStream(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new EOFException();
			}
			if (c != '\r') {
				b.write(c);
			}
		}
		return b.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		if (socket != null) {
			socket.close();
		}
	}

	/** A Content-Length body. */
	private final class Bounded extends InputStream {
		private long left;

		Bounded(final long length) {
			this.left = length;
		}

		@Override
		public int read() throws IOException {
			if (left == 0) {
				return -1;
			}
			final int c = in.read();
			if (c >= 0) {
				left--;
			}
			return c;
		}

		@Override
		public int read(final byte[] b, final int off, final int len) throws IOException {
			if (left == 0) {
				return -1;
			}
			final int n = in.read(b, off, (int) Math.min(len, left));
			if (n > 0) {
				left -= n;
			}
			return n;
		}
	}

	/** A chunked body. */
	private final class Chunked extends InputStream {
		private long left;
		private boolean done;

		private boolean next() throws IOException {
			if (done) {
				return false;
			}
			if (left == 0) {
				String size = line();
				final int semi = size.indexOf(';');
				if (semi >= 0) {
					size = size.substring(0, semi);
				}
				left = Long.parseLong(size.trim(), 16);
				if (left == 0) {
					while (!line().isEmpty()) {
						// trailers
					}
					done = true;
					return false;
				}
			}
			return true;
		}

		@Override
		public int read() throws IOException {
			if (!next()) {
				return -1;
			}
			final int c = in.read();
			if (--left == 0) {
				line();
			}
			return c;
		}

		@Override
		public int read(final byte[] b, final int off, final int len) throws IOException {
			if (!next()) {
				return -1;
			}
			final int n = in.read(b, off, (int) Math.min(len, left));
			if (n > 0 && (left -= n) == 0) {
				line(); // CRLF after the chunk
			}
			return n;
		}
	}
}
