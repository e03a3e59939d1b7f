package org.cupola.ipp.codec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Byte source for {@link IppDecoder} that never allocates from an unchecked length: {@link #take(int, String)}
 * makes {@code n} bytes available in {@link #buffer()} after checking them against the message-size limit and the
 * bytes actually present (array) or actually arrived (stream).
 */
abstract sealed class IppInput permits IppInput.ArrayInput, IppInput.StreamInput {

	private final long maxBytes;
	/** Bytes consumed so far = offset of the next byte in the message. */
	long position;

	IppInput(final long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * @return the next byte (0-255), or -1 at end of data
	 */
	abstract int read8() throws IOException;

	/**
	 * Makes the next {@code n} bytes available at the returned offset in {@link #buffer()}, valid until the next
	 * call.
	 *
	 * @param n byte count, 0-65535
	 * @param what what is being read, for the error message
	 * @return offset of the bytes in {@link #buffer()}
	 * @throws MalformedIppException if the data ends early or the message limit would be exceeded
	 */
	abstract int take(int n, String what) throws IOException;

	abstract byte[] buffer();

	final int u16(final String what) throws IOException {
		final int off = take(2, what);
		final byte[] b = buffer();
		return (b[off] & 0xFF) << 8 | b[off + 1] & 0xFF;
	}

	final void checkLimit(final int n) throws MalformedIppException {
		if (position + n > maxBytes) {
			throw new MalformedIppException(position, "message exceeds the limit of " + maxBytes + " bytes");
		}
	}

	/** Input from a complete message in memory. */
	static final class ArrayInput extends IppInput {

		private final byte[] data;
		private final int end;

		ArrayInput(final byte[] data, final long maxBytes) {
			super(maxBytes);
			this.data = data;
			this.end = data.length;
		}

		@Override
		int read8() throws IOException {
			if (position >= end) {
				return -1;
			}
			checkLimit(1);
			return data[(int) position++] & 0xFF;
		}

		@Override
		int take(final int n, final String what) throws IOException {
			final int pos = (int) position;
			if (n > end - pos) {
				throw new MalformedIppException(position,
						what + " length " + n + " exceeds remaining data (" + (end - pos) + " bytes)");
			}
			checkLimit(n);
			position += n;
			return pos;
		}

		@Override
		byte[] buffer() {
			return data;
		}
	}

	/**
	 * Input from a stream, read exactly as far as needed (never past the end-of-attributes tag). The scratch buffer
	 * grows only as bytes actually arrive, so a lying length cannot make it allocate more than was received.
	 */
	static final class StreamInput extends IppInput {

		private final InputStream in;
		private byte[] scratch = new byte[256];

		StreamInput(final InputStream in, final long maxBytes) {
			super(maxBytes);
			this.in = in;
		}

		@Override
		int read8() throws IOException {
			checkLimit(1);
			final int c = in.read();
			if (c >= 0) {
				position++;
			}
			return c;
		}

		@Override
		int take(final int n, final String what) throws IOException {
			checkLimit(n);
			int got = 0;
			while (got < n) {
				if (got == scratch.length) {
					scratch = Arrays.copyOf(scratch, Math.min(n, scratch.length * 2));
				}
				int r = in.read(scratch, got, Math.min(n, scratch.length) - got);
				if (r == 0) {
					// A non-conforming stream returned 0 for a non-empty read: use the blocking single-byte read.
					final int c = in.read();
					if (c >= 0) {
						scratch[got] = (byte) c;
						r = 1;
					} else {
						r = -1;
					}
				}
				if (r < 0) {
					throw new MalformedIppException(position,
							what + " length " + n + " exceeds remaining data (stream ended after " + got + " bytes)");
				}
				got += r;
			}
			position += n;
			return 0;
		}

		@Override
		byte[] buffer() {
			return scratch;
		}
	}
}
