package org.cupola.ipp.codec;

import java.io.IOException;
import java.util.Locale;

/**
 * The bytes read are not a well-formed IPP message, or exceed the {@link DecoderLimits}. The message names the byte
 * offset and the structural problem (tags, lengths, limits, attribute names) but never attribute values, which may
 * be secrets.
 */
public class MalformedIppException extends IOException {

	private static final long serialVersionUID = 1L;

	private final long offset;
	private final String detail;

	/**
	 * @param offset byte offset in the message where the problem was detected
	 * @param detail description of the problem, without attribute values
	 */
	public MalformedIppException(final long offset, final String detail) {
		super(String.format(Locale.ROOT, "Malformed IPP message at byte %d: %s", Long.valueOf(offset), detail));
		this.offset = offset;
		this.detail = detail;
	}

	/**
	 * @return the byte offset in the message where the problem was detected
	 */
	public long offset() {
		return offset;
	}

	/**
	 * @return the problem description, without the offset prefix
	 */
	public String detail() {
		return detail;
	}
}
