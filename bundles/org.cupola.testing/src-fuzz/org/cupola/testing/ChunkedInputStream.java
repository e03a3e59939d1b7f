package org.cupola.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Random;

/**
 * Serves bytes in random chunk sizes, including zero-length reads, as a misbehaving network stream would: feeds a
 * streaming decoder under fuzzing. Deterministic for a given {@link Random}.
 */
public final class ChunkedInputStream extends InputStream {
	private final ByteArrayInputStream in;
	private final Random random;

	/**
	 * @param data
	 *            what to serve
	 * @param random
	 *            decides the chunk sizes
	 */
	public ChunkedInputStream(final byte[] data, final Random random) {
		this.in = new ByteArrayInputStream(data);
		this.random = random;
	}

	@Override
	public int read() {
		return in.read();
	}

	@Override
	public int read(final byte[] b, final int off, final int len) {
		final int chunk = random.nextInt(32) == 0 ? 0 : 1 + random.nextInt(64);
		return in.read(b, off, Math.min(len, chunk));
	}
}
