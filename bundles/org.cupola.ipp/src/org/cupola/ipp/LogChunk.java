package org.cupola.ipp;

/**
 * A piece of a server log file.
 *
 * @param offset
 *            the byte offset of {@code data} in the log (0 when the log was rotated or truncated since the requested
 *            offset)
 * @param nextOffset
 *            the offset to ask for next time: {@code offset + data.length}
 * @param data
 *            the bytes
 */
public record LogChunk(long offset, long nextOffset, byte[] data) {

	/** {@return whether the log was rotated or truncated: the chunk starts earlier than asked} */
	public boolean restarted(long requestedOffset) {
		return offset < requestedOffset;
	}
}
