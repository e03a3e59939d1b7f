package org.cupola.ipp.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Decodes RFC 8010 IPP messages defensively and incrementally.
 * <p>
 * Every length is validated before use, resource use is bounded by {@link DecoderLimits}, and any malformed input
 * (truncation, structural errors, exceeded limits) is reported as {@link MalformedIppException}; no other exception
 * escapes for bad input. Unknown value tags are kept as {@code byte[]} values. Accepted CUPS quirks: IPP/1.x
 * versions, arbitrary characters in keywords, URIs that are only a scheme, naturalLanguage tags like
 * {@code en-US}, out-of-band values that carry bytes (ignored), legacy collection members encoded with a name
 * instead of memberAttrName, textWithLanguage values with trailing bytes.
 * <p>
 * Stream decoding reads exactly up to and including the end-of-attributes tag, so document data that follows stays
 * in the stream, and it never reads ahead: an {@link IppGroupListener} hears of each value and each complete group
 * before the decoder asks the stream for the next byte, so a sender that stalls mid-message (cupsd between two
 * backends of CUPS-Get-Devices) cannot hold back what has already arrived. Pass a buffered stream for speed: the
 * decoder issues small reads.
 */
public final class IppDecoder {

	private static final int MAX_LENGTH = IppEncoder.MAX_LENGTH;
	private static final int HEADER_LENGTH = 8;
	private static final int MAX_SHOWN_NAME = 64;

	private final IppInput in;
	private final DecoderLimits limits;
	private final IppGroupListener listener;
	private int groupCount;
	private int attributeCount;

	private IppDecoder(final IppInput in, final DecoderLimits limits, final IppGroupListener listener) {
		this.in = in;
		this.limits = limits;
		this.listener = listener;
	}

	/**
	 * Decodes a complete message with {@link DecoderLimits#DEFAULTS}; bytes after the end-of-attributes tag are
	 * ignored.
	 *
	 * @param data the message
	 * @return the message
	 * @throws MalformedIppException if {@code data} is not a well-formed IPP message
	 */
	public static IppMessage decode(final byte[] data) throws MalformedIppException {
		try {
			return new IppDecoder(new IppInput.ArrayInput(data, DecoderLimits.DEFAULTS.maxMessageBytes()),
					DecoderLimits.DEFAULTS, null).decodeMessage();
		} catch (final MalformedIppException e) {
			throw e;
		} catch (final IOException e) {
			throw new IllegalStateException("in-memory decoding cannot fail with I/O", e);
		}
	}

	/**
	 * Decodes a message from a stream with {@link DecoderLimits#DEFAULTS}.
	 *
	 * @param in the stream, positioned at the message start; left positioned after the end-of-attributes tag
	 * @return the message
	 * @throws MalformedIppException if the bytes are not a well-formed IPP message
	 * @throws IOException from {@code in}
	 */
	public static IppMessage decode(final InputStream in) throws IOException {
		return decode(in, DecoderLimits.DEFAULTS, null);
	}

	/**
	 * Decodes a message from a stream, reading incrementally and reporting each value of a top-level attribute
	 * and each attribute group to {@code listener} as soon as it is decoded, before reading further (see
	 * {@link IppGroupListener} for the order and timing of the events).
	 *
	 * @param in the stream, positioned at the message start; left positioned after the end-of-attributes tag
	 * @param limits resource limits
	 * @param listener receives each value and each group, may be {@code null}
	 * @return the complete message (also holding every group passed to the listener)
	 * @throws MalformedIppException if the bytes are not a well-formed IPP message or exceed {@code limits}
	 * @throws IOException from {@code in} or {@code listener}
	 */
	public static IppMessage decode(final InputStream in, final DecoderLimits limits, final IppGroupListener listener)
			throws IOException {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(limits, "limits");
		return new IppDecoder(new IppInput.StreamInput(in, limits.maxMessageBytes()), limits, listener)
				.decodeMessage();
	}

	private IppMessage decodeMessage() throws IOException {
		final int off = in.take(HEADER_LENGTH, "message header");
		final byte[] b = in.buffer();
		final int major = b[off] & 0xFF;
		final int minor = b[off + 1] & 0xFF;
		final int code = (b[off + 2] & 0xFF) << 8 | b[off + 3] & 0xFF;
		final int requestId = (b[off + 4] & 0xFF) << 24 | (b[off + 5] & 0xFF) << 16 | (b[off + 6] & 0xFF) << 8
				| b[off + 7] & 0xFF;
		if (major < 1 || major > 2) {
			throw new MalformedIppException(0,
					"unsupported IPP version " + major + "." + minor + " (not an IPP message?)");
		}
		final List<IppAttributeGroup> groups = new ArrayList<>();
		int groupTag = -1;
		List<IppAttribute> attributes = null;
		final AttributeAssembler current = new AttributeAssembler();
		while (true) {
			final long tagOffset = in.position;
			final int tag = in.read8();
			if (tag < 0) {
				throw new MalformedIppException(tagOffset, "truncated: missing end-of-attributes tag");
			}
			if (IppTag.isDelimiter(tag)) {
				if (groupTag >= 0) {
					current.finishInto(attributes);
					final IppAttributeGroup group = new IppAttributeGroup(groupTag, attributes);
					groups.add(group);
					if (listener != null) {
						listener.groupDecoded(group);
					}
				}
				if (tag == IppTag.END_OF_ATTRIBUTES) {
					return new IppMessage(major, minor, code, requestId, groups);
				}
				if (tag == 0) {
					throw new MalformedIppException(tagOffset, "reserved delimiter tag 0x00");
				}
				if (++groupCount > limits.maxGroups()) {
					throw new MalformedIppException(tagOffset, "more than " + limits.maxGroups() + " groups");
				}
				groupTag = tag;
				attributes = new ArrayList<>();
				continue;
			}
			if (groupTag < 0) {
				throw new MalformedIppException(tagOffset, "value tag " + IppTag.name(tag) + " before the first group");
			}
			if (tag == IppTag.END_COLLECTION || tag == IppTag.MEMBER_ATTR_NAME) {
				throw new MalformedIppException(tagOffset, IppTag.name(tag) + " outside a collection");
			}
			final int nameLength = length("name");
			if (nameLength == 0) {
				if (!current.active()) {
					throw new MalformedIppException(tagOffset,
							"additional value (empty name) without a preceding attribute in the group");
				}
			} else {
				current.finishInto(attributes);
				countAttribute(tagOffset);
				current.start(string(nameLength, "name"), tag);
			}
			final Object value = readValue(tag, 0, current.name);
			current.add(value, tagOffset);
			if (listener != null) {
				// the value's last byte has just been read: report it before asking the stream for more
				listener.valueDecoded(groupTag, current.name, tag, value, current.count() - 1);
			}
		}
	}

	/** Reads a value length or name length and validates it against the 16-bit signed limit. */
	private int length(final String what) throws IOException {
		final long offset = in.position;
		final int length = in.u16(what + " length");
		if (length > MAX_LENGTH) {
			throw new MalformedIppException(offset, what + " length " + length + " exceeds " + MAX_LENGTH);
		}
		return length;
	}

	private String string(final int length, final String what) throws IOException {
		final int off = in.take(length, what);
		return new String(in.buffer(), off, length, StandardCharsets.UTF_8);
	}

	private void countAttribute(final long offset) throws MalformedIppException {
		if (++attributeCount > limits.maxAttributes()) {
			throw new MalformedIppException(offset, "more than " + limits.maxAttributes() + " attributes");
		}
	}

	/**
	 * Reads the value length and value of a value whose tag and name have been read.
	 *
	 * @param depth collection nesting depth of the attribute this value belongs to
	 */
	private Object readValue(final int tag, final int depth, final String name) throws IOException {
		final long lengthOffset = in.position;
		final int length = length("value");
		if (tag == IppTag.BEGIN_COLLECTION) {
			in.take(length, "begCollection value"); // should be empty; tolerated and ignored
			return readCollection(depth + 1, lengthOffset);
		}
		final int off = in.take(length, "value");
		final byte[] b = in.buffer();
		if (IppTag.isOutOfBand(tag)) {
			return OutOfBand.of(tag); // some printers send bytes with out-of-band values: ignored
		}
		if (IppTag.isString(tag)) {
			return new String(b, off, length, StandardCharsets.UTF_8);
		}
		return switch (tag) {
			case IppTag.INTEGER, IppTag.ENUM -> {
				expectLength(tag, length, 4, lengthOffset, name);
				yield Integer.valueOf(s32(b, off));
			}
			case IppTag.BOOLEAN -> {
				expectLength(tag, length, 1, lengthOffset, name);
				yield Boolean.valueOf(b[off] != 0);
			}
			case IppTag.DATE_TIME -> {
				expectLength(tag, length, IppDateTime.LENGTH, lengthOffset, name);
				yield IppDateTime.decode(b, off);
			}
			case IppTag.RESOLUTION -> {
				expectLength(tag, length, 9, lengthOffset, name);
				yield new Resolution(s32(b, off), s32(b, off + 4), b[off + 8] & 0xFF);
			}
			case IppTag.RANGE_OF_INTEGER -> {
				expectLength(tag, length, 8, lengthOffset, name);
				yield new IntRange(s32(b, off), s32(b, off + 4));
			}
			case IppTag.TEXT_WITH_LANGUAGE, IppTag.NAME_WITH_LANGUAGE -> textWithLanguage(b, off, length, lengthOffset,
					name);
			default -> Arrays.copyOfRange(b, off, off + length); // octetString and unknown tags
		};
	}

	private TextWithLanguage textWithLanguage(final byte[] b, final int off, final int length, final long offset,
			final String name) throws MalformedIppException {
		if (length < 4) {
			throw new MalformedIppException(offset,
					"textWithLanguage value of " + shown(name) + " shorter than 4 bytes");
		}
		final int languageLength = u16(b, off);
		if (4 + languageLength > length) {
			throw new MalformedIppException(offset + 2,
					"language length " + languageLength + " exceeds the value of " + shown(name));
		}
		final int textLength = u16(b, off + 2 + languageLength);
		if (4 + languageLength + textLength > length) {
			throw new MalformedIppException(offset + 4 + languageLength,
					"text length " + textLength + " exceeds the value of " + shown(name));
		}
		return new TextWithLanguage(new String(b, off + 2, languageLength, StandardCharsets.UTF_8),
				new String(b, off + 4 + languageLength, textLength, StandardCharsets.UTF_8));
	}

	/**
	 * Reads collection members up to and including the endCollection.
	 *
	 * @param depth nesting depth of this collection, 1 for a top-level attribute's collection
	 */
	private IppCollection readCollection(final int depth, final long startOffset) throws IOException {
		if (depth > limits.maxCollectionDepth()) {
			throw new MalformedIppException(startOffset,
					"collections nested deeper than " + limits.maxCollectionDepth());
		}
		final List<IppAttribute> members = new ArrayList<>();
		final AttributeAssembler member = new AttributeAssembler();
		while (true) {
			final long tagOffset = in.position;
			final int tag = in.read8();
			if (tag < 0) {
				throw new MalformedIppException(tagOffset, "truncated: collection without endCollection");
			}
			if (IppTag.isDelimiter(tag)) {
				throw new MalformedIppException(tagOffset,
						"delimiter tag " + IppTag.name(tag) + " inside a collection");
			}
			final int nameLength = length("name");
			if (tag == IppTag.END_COLLECTION) {
				in.take(length("value"), "endCollection value"); // should be empty; tolerated and ignored
				member.finishInto(members);
				return new IppCollection(members);
			}
			if (tag == IppTag.MEMBER_ATTR_NAME) {
				if (nameLength != 0) {
					throw new MalformedIppException(tagOffset, "memberAttrName with a non-empty name");
				}
				final int valueLength = length("value");
				if (valueLength == 0) {
					throw new MalformedIppException(tagOffset, "empty memberAttrName");
				}
				member.finishInto(members);
				countAttribute(tagOffset);
				member.startMember(string(valueLength, "member name"));
				continue;
			}
			if (nameLength != 0) {
				// Legacy (CUPS 1.1 era) encoding: a member written as a named attribute.
				member.finishInto(members);
				countAttribute(tagOffset);
				member.start(string(nameLength, "name"), tag);
			} else if (!member.active()) {
				throw new MalformedIppException(tagOffset, "collection value without a memberAttrName");
			}
			member.add(readValue(tag, depth, member.name), tagOffset);
			member.tagIfFirst(tag);
		}
	}

	private void expectLength(final int tag, final int length, final int expected, final long offset,
			final String name) throws MalformedIppException {
		if (length != expected) {
			throw new MalformedIppException(offset, IppTag.name(tag) + " value of " + shown(name) + " has length "
					+ length + ", expected " + expected);
		}
	}

	private static int s32(final byte[] b, final int off) {
		return (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | b[off + 3] & 0xFF;
	}

	private static int u16(final byte[] b, final int off) {
		return (b[off] & 0xFF) << 8 | b[off + 1] & 0xFF;
	}

	/** An attribute name fit for an error message: quoted, truncated, control characters replaced. */
	static String shown(final String name) {
		if (name == null) {
			return "?";
		}
		final StringBuilder sb = new StringBuilder(Math.min(name.length(), MAX_SHOWN_NAME) + 5).append('\'');
		for (int i = 0; i < name.length() && i < MAX_SHOWN_NAME; i++) {
			final char c = name.charAt(i);
			sb.append(c < 0x20 || c == 0x7F ? '?' : c);
		}
		return sb.append(name.length() > MAX_SHOWN_NAME ? "...'" : "'").toString();
	}

	/** Collects the values of the attribute (or collection member) being decoded. */
	private final class AttributeAssembler {

		String name;
		private int tag = -1;
		private List<Object> values;

		boolean active() {
			return name != null;
		}

		void start(final String attributeName, final int valueTag) {
			this.name = attributeName;
			this.tag = valueTag;
			this.values = new ArrayList<>(4);
		}

		/** Starts a member whose tag is taken from its first value. */
		void startMember(final String memberName) {
			start(memberName, -1);
		}

		void tagIfFirst(final int valueTag) {
			if (tag < 0) {
				tag = valueTag;
			}
		}

		/** @return the number of values added since {@link #start(String, int)} */
		int count() {
			return values.size();
		}

		void add(final Object value, final long offset) throws MalformedIppException {
			if (values.size() >= limits.maxValuesPerAttribute()) {
				throw new MalformedIppException(offset,
						"attribute " + shown(name) + " has more than " + limits.maxValuesPerAttribute() + " values");
			}
			values.add(value);
		}

		void finishInto(final List<IppAttribute> target) throws MalformedIppException {
			if (name == null) {
				return;
			}
			if (values.isEmpty()) {
				throw new MalformedIppException(in.position, "collection member " + shown(name) + " has no value");
			}
			target.add(new IppAttribute(name, tag, values));
			name = null;
			values = null;
			tag = -1;
		}
	}
}
