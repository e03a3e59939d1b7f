package org.cupola.ipp.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One connection ({@link Link}: TCP, TLS or a domain socket) and its read buffer; used by one exchange at a time. */
final class HttpConnection {
	/** Requests up to this size are written in one piece (one TCP segment or TLS record when small). */
	private static final int COALESCE_BYTES = 64 << 10;
	private static final int BUFFER_BYTES = 16 << 10;

	private final Link link;
	private final InputStream in;
	private final OutputStream out;
	final byte[] buffer = new byte[BUFFER_BYTES];
	int pos;
	int limit;
	private int soTimeout = -1;
	long idleSince;
	boolean reused;
	/** Bytes received since the request was written: none means a reused connection may just be stale. */
	long received;
	/** Changes at each lease and release, so a late cancel action cannot close the next exchange's socket. */
	private int lease;
	private volatile boolean aborted;

	HttpConnection(Link link) throws IOException {
		this.link = link;
		this.in = link.input();
		this.out = link.output();
	}

	/** {@return how the connection is made} */
	Link link() {
		return link;
	}

	synchronized int lease() {
		return ++lease;
	}

	/** {@return whether the connection may go back to the pool (it was not aborted)} */
	synchronized boolean release() {
		lease++;
		return !aborted;
	}

	/** Closes the socket if the exchange {@code id} still holds it. Any thread. */
	void abort(int id) {
		synchronized (this) {
			if (id != lease || aborted) {
				return;
			}
			aborted = true;
		}
		link.abort(); // the TCP socket: wakes a blocked read or write at once, also under TLS
	}

	void close() {
		link.close();
	}

	/** {@return false if the server closed the idle connection (or sent something unasked)} */
	boolean isOpen() {
		if (pos < limit) {
			return false;
		}
		try {
			link.setReadTimeout(1);
			soTimeout = 1;
			return in.read(buffer, 0, buffer.length) == 0; // -1: closed; more: out of step
		} catch (SocketTimeoutException e) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	void write(byte[] head, List<byte[]> body, long length) throws IOException {
		received = 0;
		if (head.length + length <= COALESCE_BYTES) {
			byte[] all = new byte[(int) (head.length + length)];
			System.arraycopy(head, 0, all, 0, head.length);
			int at = head.length;
			for (byte[] part : body) {
				System.arraycopy(part, 0, all, at, part.length);
				at += part.length;
			}
			out.write(all);
		} else {
			out.write(head);
			for (byte[] part : body) {
				out.write(part);
			}
		}
		out.flush();
	}

	/**
	 * Reads more bytes into the (consumed) buffer. A read that gets no byte within {@code timeoutNanos} fails
	 * with {@link ReadTimeoutException}; when the waiter polls a progress monitor, the wait wakes every 100 ms to
	 * check it.
	 *
	 * @return false at the end of the stream
	 */
	boolean fill(long timeoutNanos, Waiter waiter) throws IOException {
		long deadline = System.nanoTime() + timeoutNanos;
		boolean polls = waiter.polls();
		long slice = polls ? Math.min(timeoutNanos, Waiter.POLL_NANOS) : timeoutNanos;
		while (true) {
			int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(slice)));
			if (millis != soTimeout) {
				link.setReadTimeout(millis);
				soTimeout = millis;
			}
			int n;
			try {
				n = in.read(buffer, 0, buffer.length);
			} catch (SocketTimeoutException e) {
				if (aborted || waiter.isCanceled()) {
					throw new CanceledIOException();
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new ReadTimeoutException();
				}
				slice = polls ? Math.min(left, Waiter.POLL_NANOS) : left;
				continue;
			} catch (IOException e) {
				if (aborted || waiter.isCanceled()) {
					CanceledIOException canceled = new CanceledIOException();
					canceled.initCause(e);
					throw canceled;
				}
				throw e;
			}
			if (n < 0 && aborted) {
				throw new CanceledIOException();
			}
			pos = 0;
			limit = Math.max(n, 0);
			received += limit;
			return n > 0;
		}
	}

	/**
	 * Reads a line ended by LF (an optional CR before it is dropped).
	 *
	 * @param max
	 *            the most characters allowed before the line end
	 */
	String readLine(int max, long timeoutNanos, Waiter waiter) throws IOException {
		StringBuilder line = null;
		while (true) {
			if (pos == limit && !fill(timeoutNanos, waiter)) {
				throw new EOFException("connection closed by the server"); //$NON-NLS-1$
			}
			int start = pos;
			int end = start;
			while (end < limit && buffer[end] != '\n') {
				end++;
			}
			int length = (line == null ? 0 : line.length()) + end - start; // before the LF, with a CR
			if (length > max + 1) {
				throw new IOException("HTTP line too long"); //$NON-NLS-1$
			}
			if (end == limit) {
				if (line == null) {
					line = new StringBuilder();
				}
				line.append(new String(buffer, start, end - start, StandardCharsets.ISO_8859_1));
				pos = limit;
				continue;
			}
			pos = end + 1;
			String text = line == null ? new String(buffer, start, end - start, StandardCharsets.ISO_8859_1)
					: line.append(new String(buffer, start, end - start, StandardCharsets.ISO_8859_1)).toString();
			if (text.endsWith("\r")) { //$NON-NLS-1$
				return text.substring(0, text.length() - 1);
			}
			if (text.length() > max) {
				throw new IOException("HTTP line too long"); //$NON-NLS-1$
			}
			return text;
		}
	}
}

