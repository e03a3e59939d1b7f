package org.cupola.ipp.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Test helper that writes raw IPP wire bytes, including malformed ones.
 */
final class WireBuilder {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/** Starts with an IPP/2.0 successful-ok header, request-id 1. */
	static WireBuilder response() {
		return new WireBuilder().u8(2).u8(0).u16(0).s32(1);
	}

	/** Starts with a response header, an operation group holding the charset and natural language. */
	static WireBuilder standardResponse() {
		return response().u8(IppTag.OPERATION_ATTRIBUTES).value(IppTag.CHARSET, "attributes-charset", "utf-8")
				.value(IppTag.NATURAL_LANGUAGE, "attributes-natural-language", "en");
	}

	WireBuilder u8(final int value) {
		out.write(value);
		return this;
	}

	WireBuilder u16(final int value) {
		out.write(value >>> 8);
		out.write(value);
		return this;
	}

	WireBuilder s32(final int value) {
		u16(value >>> 16);
		return u16(value & 0xFFFF);
	}

	WireBuilder bytes(final byte[] value) {
		out.writeBytes(value);
		return this;
	}

	/** Writes a 16-bit length and the UTF-8 bytes of {@code s}. */
	WireBuilder str(final String s) {
		final byte[] b = s.getBytes(StandardCharsets.UTF_8);
		return u16(b.length).bytes(b);
	}

	/** Writes tag, name and a string value. */
	WireBuilder value(final int tag, final String name, final String value) {
		return u8(tag).str(name).str(value);
	}

	/** Writes tag, name and a 4-byte integer value. */
	WireBuilder intValue(final int tag, final String name, final int value) {
		return u8(tag).str(name).u16(4).s32(value);
	}

	WireBuilder end() {
		return u8(IppTag.END_OF_ATTRIBUTES);
	}

	int size() {
		return out.size();
	}

	byte[] build() {
		return out.toByteArray();
	}
}
