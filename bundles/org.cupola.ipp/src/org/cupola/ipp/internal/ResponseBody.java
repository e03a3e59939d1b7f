package org.cupola.ipp.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A response body read straight from the connection: by Content-Length, chunked, or until the server closes. A
 * read that gets no byte within the read timeout fails with {@link ReadTimeoutException}; a cancelled operation
 * makes reads fail with {@link CanceledIOException}. Only one thread reads.
 */
final class ResponseBody extends InputStream {
	static final int FIXED = 0;
	static final int CHUNKED = 1;
	static final int UNTIL_CLOSE = 2;
	/** The longest trailer line accepted. */
	private static final int MAX_LINE = 8 << 10;
	/** The most trailer lines accepted. */
	private static final int MAX_HEADERS = 100;
	/** The longest chunk-size line accepted (hex size plus extensions). */
	private static final int MAX_CHUNK_LINE = 1024;
	/** The most significant hex digits of a chunk size: 15 digits stay below 2^60. */
	private static final int MAX_CHUNK_DIGITS = 15;

	private final HttpConnection c;
	private final Waiter waiter;
	private final long timeoutNanos;
	private final int framing;
	/** FIXED: the bytes left; CHUNKED: the bytes left in the current chunk. */
	private long left;
	/** CHUNKED: a chunk's data was read, its CRLF is due. */
	private boolean inChunk;
	private boolean complete;
	private boolean closed;

	ResponseBody(HttpConnection c, Waiter waiter, long timeoutNanos, int framing, long length) {
		this.c = c;
		this.waiter = waiter;
		this.timeoutNanos = timeoutNanos;
		this.framing = framing;
		this.left = length;
	}

	/** {@return whether the body was read to its end (the connection is at the next response)} */
	boolean isComplete() {
		return complete || framing == FIXED && left == 0;
	}

	/** {@return the bytes that can be taken from the buffer now (at least 1), or -1 at the end} */
	private int ready() throws IOException {
		if (complete) {
			return -1;
		}
		if (closed) {
			throw new IOException("stream closed"); //$NON-NLS-1$
		}
		if (framing == FIXED && left == 0 || framing == CHUNKED && left == 0 && !nextChunk()) {
			complete = true;
			return -1;
		}
		if (c.pos == c.limit && !c.fill(timeoutNanos, waiter)) {
			if (framing == UNTIL_CLOSE) {
				complete = true;
				return -1;
			}
			throw new EOFException("connection closed before the end of the response"); //$NON-NLS-1$
		}
		int available = c.limit - c.pos;
		return framing == UNTIL_CLOSE ? available : (int) Math.min(available, left);
	}

	/** Reads the next chunk-size line; {@return false after the last chunk and the trailers} */
	private boolean nextChunk() throws IOException {
		if (inChunk && !c.readLine(MAX_CHUNK_LINE, timeoutNanos, waiter).isEmpty()) {
			throw new IOException("malformed chunked body: no CRLF after chunk data"); //$NON-NLS-1$
		}
		inChunk = false;
		String line = c.readLine(MAX_CHUNK_LINE, timeoutNanos, waiter);
		int end = line.indexOf(';');
		String hex = (end < 0 ? line : line.substring(0, end)).strip();
		int i = 0;
		while (i < hex.length() - 1 && hex.charAt(i) == '0') {
			i++;
		}
		if (hex.isEmpty() || hex.length() - i > MAX_CHUNK_DIGITS) {
			throw new IOException("malformed chunked body: bad chunk size"); //$NON-NLS-1$
		}
		long size = 0;
		for (; i < hex.length(); i++) {
			int digit = Character.digit(hex.charAt(i), 16);
			if (digit < 0) {
				throw new IOException("malformed chunked body: bad chunk size"); //$NON-NLS-1$
			}
			size = size << 4 | digit;
		}
		if (size == 0) {
			for (int count = 0; !c.readLine(MAX_LINE, timeoutNanos, waiter).isEmpty(); count++) {
				if (count == MAX_HEADERS) {
					throw new IOException("too many trailer lines"); //$NON-NLS-1$
				}
			}
			return false;
		}
		left = size;
		inChunk = true;
		return true;
	}

	@Override
	public int read() throws IOException {
		if (ready() < 0) {
			return -1;
		}
		left--;
		return c.buffer[c.pos++] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		Objects.checkFromIndexSize(off, len, b.length);
		if (len == 0) {
			return 0;
		}
		int n = ready();
		if (n < 0) {
			return -1;
		}
		n = Math.min(n, len);
		System.arraycopy(c.buffer, c.pos, b, off, n);
		c.pos += n;
		left -= n;
		return n;
	}

	@Override
	public int available() {
		if (complete || closed) {
			return 0;
		}
		int buffered = c.limit - c.pos;
		return framing == UNTIL_CLOSE ? buffered : (int) Math.min(buffered, left);
	}

	/** Later reads fail; the connection is kept only if the body was read to its end. */
	@Override
	public void close() {
		closed = true;
	}
}
