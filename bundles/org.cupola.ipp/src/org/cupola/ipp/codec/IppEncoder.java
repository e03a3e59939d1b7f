package org.cupola.ipp.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes {@link IppMessage}s to the RFC 8010 wire format: collections as begCollection / memberAttrName /
 * endCollection, 1setOf values as additional values with an empty name.
 * <p>
 * The first value must fit the attribute tag (or be an {@link OutOfBand}). An additional value whose Java type does
 * not fit is written with the tag of its type, so every decoded message (including mixed-syntax 1setOf values) can
 * be re-encoded: an {@link OutOfBand} with its own tag, an
 * {@link IntRange} in an integer 1setOf as rangeOfInteger, a {@link String} as text/name next to
 * textWithLanguage/nameWithLanguage values and as keyword otherwise, a {@code byte[]} as octetString. Values of
 * other Java types, names or values longer than {@value #MAX_LENGTH} bytes and collections nested deeper than
 * {@link DecoderLimits#MAX_COLLECTION_DEPTH} are rejected with {@link IllegalArgumentException}.
 */
public final class IppEncoder {

	/** Maximum length in bytes of a name or a single value (RFC 8010: signed 16-bit length). */
	public static final int MAX_LENGTH = 32767;

	private IppEncoder() {
	}

	/**
	 * @param message a message
	 * @return the encoded message, ending with the end-of-attributes tag
	 * @throws IllegalArgumentException if the message cannot be encoded
	 */
	public static byte[] encode(final IppMessage message) {
		final Sink out = new Sink();
		out.write(message.versionMajor());
		out.write(message.versionMinor());
		out.u16(message.code());
		out.s32(message.requestId());
		for (final IppAttributeGroup group : message.groups()) {
			out.write(group.tag());
			for (final IppAttribute attribute : group.attributes()) {
				writeAttribute(out, attribute.name(), attribute, 0);
			}
		}
		out.write(IppTag.END_OF_ATTRIBUTES);
		return out.toByteArray();
	}

	/**
	 * Encodes the whole message first, then writes it: nothing is written if the message cannot be encoded.
	 *
	 * @param message a message
	 * @param out destination; not closed or flushed
	 * @throws IOException from {@code out}
	 * @throws IllegalArgumentException if the message cannot be encoded
	 */
	public static void write(final IppMessage message, final OutputStream out) throws IOException {
		out.write(encode(message));
	}

	private static void writeAttribute(final Sink out, final String name, final IppAttribute attribute,
			final int depth) {
		boolean first = true;
		for (final Object value : attribute.values()) {
			writeValue(out, first ? name : "", attribute, value, depth, first);
			first = false;
		}
	}

	private static void writeValue(final Sink out, final String name, final IppAttribute attribute,
			final Object value, final int depth, final boolean first) {
		final int tag = wireTag(attribute, value, first);
		out.write(tag);
		out.string16(name, attribute, "name");
		if (value instanceof OutOfBand) {
			out.u16(0);
		} else if (value instanceof final Integer i) {
			out.u16(4);
			out.s32(i.intValue());
		} else if (value instanceof final Boolean b) {
			out.u16(1);
			out.write(b.booleanValue() ? 1 : 0);
		} else if (value instanceof final String s) {
			out.string16(s, attribute, "value");
		} else if (value instanceof final byte[] bytes) {
			out.bytes16(bytes, attribute, "value");
		} else if (value instanceof final TextWithLanguage t) {
			writeTextWithLanguage(out, attribute, t);
		} else if (value instanceof final IppDateTime d) {
			out.u16(IppDateTime.LENGTH);
			out.writeBytes(d.encode());
		} else if (value instanceof final Resolution r) {
			out.u16(9);
			out.s32(r.crossFeed());
			out.s32(r.feed());
			out.write(r.units());
		} else if (value instanceof final IntRange r) {
			out.u16(8);
			out.s32(r.lower());
			out.s32(r.upper());
		} else if (value instanceof final IppCollection c) {
			writeCollection(out, attribute, c, depth + 1);
		}
	}

	private static void writeTextWithLanguage(final Sink out, final IppAttribute attribute,
			final TextWithLanguage value) {
		final byte[] language = value.language().getBytes(StandardCharsets.UTF_8);
		final byte[] text = value.text().getBytes(StandardCharsets.UTF_8);
		final int length = 4 + language.length + text.length;
		if (length > MAX_LENGTH) {
			throw tooLong(attribute, "value", length);
		}
		out.u16(length);
		out.u16(language.length);
		out.writeBytes(language);
		out.u16(text.length);
		out.writeBytes(text);
	}

	private static void writeCollection(final Sink out, final IppAttribute attribute, final IppCollection collection,
			final int depth) {
		if (depth > DecoderLimits.MAX_COLLECTION_DEPTH) {
			throw new IllegalArgumentException("collection " + attribute.name() + " nested deeper than "
					+ DecoderLimits.MAX_COLLECTION_DEPTH);
		}
		out.u16(0);
		final List<IppAttribute> members = collection.members();
		for (final IppAttribute member : members) {
			out.write(IppTag.MEMBER_ATTR_NAME);
			out.u16(0);
			out.string16(member.name(), member, "member name");
			writeAttribute(out, "", member, depth);
		}
		out.write(IppTag.END_COLLECTION);
		out.u16(0);
		out.u16(0);
	}

	/**
	 * The tag to write for {@code value}: the attribute tag if the value fits it, else (additional values only) the
	 * natural tag of the value's type.
	 */
	private static int wireTag(final IppAttribute attribute, final Object value, final boolean first) {
		final int tag = attribute.tag();
		if (value instanceof final OutOfBand oob) {
			return oob.tag();
		}
		if (fits(tag, value)) {
			return tag;
		}
		if (first) {
			throw new IllegalArgumentException("attribute " + attribute.name() + ": first value, a "
					+ value.getClass().getSimpleName() + ", does not fit the attribute tag " + IppTag.name(tag));
		}
		if (value instanceof Integer) {
			return IppTag.INTEGER;
		} else if (value instanceof Boolean) {
			return IppTag.BOOLEAN;
		} else if (value instanceof IppDateTime) {
			return IppTag.DATE_TIME;
		} else if (value instanceof Resolution) {
			return IppTag.RESOLUTION;
		} else if (value instanceof IntRange) {
			return IppTag.RANGE_OF_INTEGER;
		} else if (value instanceof IppCollection) {
			return IppTag.BEGIN_COLLECTION;
		} else if (value instanceof TextWithLanguage) {
			return tag == IppTag.NAME ? IppTag.NAME_WITH_LANGUAGE : IppTag.TEXT_WITH_LANGUAGE;
		} else if (value instanceof String) {
			return tag == IppTag.TEXT_WITH_LANGUAGE ? IppTag.TEXT
					: tag == IppTag.NAME_WITH_LANGUAGE ? IppTag.NAME : IppTag.KEYWORD;
		} else if (value instanceof byte[]) {
			return IppTag.OCTET_STRING;
		}
		throw new IllegalArgumentException("attribute " + attribute.name() + ": a " + value.getClass().getSimpleName()
				+ " value cannot be encoded as " + IppTag.name(tag));
	}

	private static boolean fits(final int tag, final Object value) {
		return switch (tag) {
			case IppTag.INTEGER, IppTag.ENUM -> value instanceof Integer;
			case IppTag.BOOLEAN -> value instanceof Boolean;
			case IppTag.DATE_TIME -> value instanceof IppDateTime;
			case IppTag.RESOLUTION -> value instanceof Resolution;
			case IppTag.RANGE_OF_INTEGER -> value instanceof IntRange;
			case IppTag.BEGIN_COLLECTION -> value instanceof IppCollection;
			case IppTag.TEXT_WITH_LANGUAGE, IppTag.NAME_WITH_LANGUAGE -> value instanceof TextWithLanguage;
			default -> IppTag.isString(tag) ? value instanceof String
					: !IppTag.isOutOfBand(tag) && value instanceof byte[]; // octetString, unknown tags
		};
	}

	private static IllegalArgumentException tooLong(final IppAttribute attribute, final String what,
			final int length) {
		return new IllegalArgumentException("attribute " + attribute.name() + ": " + what + " length " + length
				+ " exceeds " + MAX_LENGTH + " bytes");
	}

	/** Unsynchronized-use byte sink with the IPP primitive writers. */
	private static final class Sink extends ByteArrayOutputStream {

		Sink() {
			super(512);
		}

		void u16(final int value) {
			write(value >>> 8);
			write(value);
		}

		void s32(final int value) {
			write(value >>> 24);
			write(value >>> 16);
			write(value >>> 8);
			write(value);
		}

		void string16(final String value, final IppAttribute attribute, final String what) {
			bytes16(value.getBytes(StandardCharsets.UTF_8), attribute, what);
		}

		void bytes16(final byte[] value, final IppAttribute attribute, final String what) {
			if (value.length > MAX_LENGTH) {
				throw tooLong(attribute, what, value.length);
			}
			u16(value.length);
			writeBytes(value);
		}
	}
}
