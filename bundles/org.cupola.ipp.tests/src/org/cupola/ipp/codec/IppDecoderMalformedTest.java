package org.cupola.ipp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Hand-built malformed messages must fail with {@link MalformedIppException} (never another exception), and the CUPS
 * quirks must be accepted.
 */
class IppDecoderMalformedTest {

	private static final DecoderLimits SMALL = new DecoderLimits(3, 10, 3, 2, 4096);

	/** Decodes both from the array and from a stream; both must fail the same way. */
	private static MalformedIppException malformed(final byte[] data) {
		return malformed(data, DecoderLimits.DEFAULTS);
	}

	private static MalformedIppException malformed(final byte[] data, final DecoderLimits limits) {
		final MalformedIppException fromStream = assertThrows(MalformedIppException.class,
				() -> IppDecoder.decode(new ByteArrayInputStream(data), limits, null));
		if (limits == DecoderLimits.DEFAULTS) {
			final MalformedIppException fromArray = assertThrows(MalformedIppException.class,
					() -> IppDecoder.decode(data));
			assertEquals(fromArray.offset(), fromStream.offset(), fromArray.getMessage());
		}
		assertTrue(fromStream.getMessage().startsWith("Malformed IPP message at byte " + fromStream.offset() + ": "));
		return fromStream;
	}

	private static IppMessage decodeBoth(final byte[] data) throws IOException {
		final IppMessage fromArray = IppDecoder.decode(data);
		assertEquals(fromArray, IppDecoder.decode(new ByteArrayInputStream(data)));
		return fromArray;
	}

	@Test
	void rejectsEmptyAndShortHeaders() {
		malformed(new byte[0]);
		malformed(new byte[] { 2, 0, 0, 0, 0, 0, 0 });
	}

	@Test
	void rejectsNonIppData() {
		final MalformedIppException e = malformed("<HTML><BODY>Unauthorized</BODY></HTML>".getBytes());
		assertEquals(0, e.offset());
		assertTrue(e.getMessage().contains("version"), e.getMessage());
		malformed(WireBuilder.response().build()); // version ok, but no end-of-attributes
		malformed(new WireBuilder().u8(0).u8(0).u16(0).s32(1).end().build());
	}

	@Test
	void rejectsEveryTruncationOfAValidMessage() throws IOException {
		final byte[] full = IppEncoder.encode(IppMessage.response(0, 1).group(IppTag.PRINTER_ATTRIBUTES)
				.attribute("printer-name", IppTag.NAME, "p")
				.attribute("media-col", IppTag.BEGIN_COLLECTION,
						IppCollection.of(IppAttribute.of("media-size", IppTag.BEGIN_COLLECTION,
								IppCollection.of(IppAttribute.of("x-dimension", IppTag.INTEGER, 1)))))
				.attribute("t", IppTag.TEXT_WITH_LANGUAGE, new TextWithLanguage("en", "x"))
				.attribute("r", IppTag.RESOLUTION, new Resolution(1, 2, 3)).build());
		decodeBoth(full);
		for (int length = 0; length < full.length; length++) {
			malformed(Arrays.copyOf(full, length));
		}
	}

	@Test
	void rejectsValueLengthBeyondData() {
		final byte[] data = WireBuilder.standardResponse().u8(IppTag.TEXT).str("status-message").u16(40)
				.bytes(new byte[5]).build();
		final MalformedIppException e = malformed(data);
		assertTrue(e.getMessage().contains("length 40"), e.getMessage());
	}

	@Test
	void rejectsLengthsAbove32767() {
		malformed(WireBuilder.standardResponse().u8(IppTag.TEXT).str("m").u16(40000).bytes(new byte[100]).end()
				.build());
		malformed(WireBuilder.standardResponse().u8(IppTag.TEXT).u16(0xFFFF).build());
	}

	@Test
	void lyingLengthOnAStreamOnlyReadsWhatArrived() {
		final byte[] data = WireBuilder.standardResponse().u8(IppTag.OCTET_STRING).str("blob").u16(32767)
				.bytes(new byte[10]).build();
		final MalformedIppException e = malformed(data);
		assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("exceeds remaining"),
				e.getMessage());
	}

	@Test
	void rejectsValuesOutOfPlace() {
		// value before any group tag
		malformed(WireBuilder.response().value(IppTag.KEYWORD, "k", "v").end().build());
		// memberAttrName outside a collection
		malformed(WireBuilder.standardResponse().u8(IppTag.MEMBER_ATTR_NAME).u16(0).str("m").end().build());
		// endCollection without begCollection
		malformed(WireBuilder.standardResponse().u8(IppTag.END_COLLECTION).u16(0).u16(0).end().build());
		// 1setOf value (empty name) as the first attribute of a group
		malformed(WireBuilder.standardResponse().u8(IppTag.PRINTER_ATTRIBUTES).value(IppTag.KEYWORD, "", "v").end()
				.build());
		// reserved delimiter 0x00
		malformed(WireBuilder.standardResponse().u8(0x00).end().build());
	}

	@Test
	void rejectsWrongFixedLengths() {
		final int[][] cases = { { IppTag.INTEGER, 3 }, { IppTag.ENUM, 5 }, { IppTag.BOOLEAN, 0 },
				{ IppTag.BOOLEAN, 2 }, { IppTag.DATE_TIME, 10 }, { IppTag.RESOLUTION, 8 },
				{ IppTag.RANGE_OF_INTEGER, 9 }, { IppTag.TEXT_WITH_LANGUAGE, 3 } };
		for (final int[] c : cases) {
			malformed(WireBuilder.standardResponse().u8(c[0]).str("a").u16(c[1]).bytes(new byte[c[1]]).end().build());
		}
	}

	@Test
	void rejectsBadTextWithLanguageLengths() {
		// language length overruns the value
		malformed(WireBuilder.standardResponse().u8(IppTag.TEXT_WITH_LANGUAGE).str("a").u16(6).u16(10).u16(0)
				.bytes(new byte[2]).end().build());
		// text length overruns the value
		malformed(WireBuilder.standardResponse().u8(IppTag.NAME_WITH_LANGUAGE).str("a").u16(8).str("en").u16(9)
				.bytes(new byte[2]).end().build());
	}

	@Test
	void rejectsBrokenCollections() {
		// unterminated: delimiter inside the collection
		malformed(WireBuilder.standardResponse().u8(IppTag.BEGIN_COLLECTION).str("c").u16(0)
				.u8(IppTag.MEMBER_ATTR_NAME).u16(0).str("m").intValue(IppTag.INTEGER, "", 1).end().build());
		// value without memberAttrName
		malformed(WireBuilder.standardResponse().u8(IppTag.BEGIN_COLLECTION).str("c").u16(0)
				.intValue(IppTag.INTEGER, "", 1).u8(IppTag.END_COLLECTION).u16(0).u16(0).end().build());
		// member without a value
		malformed(WireBuilder.standardResponse().u8(IppTag.BEGIN_COLLECTION).str("c").u16(0)
				.u8(IppTag.MEMBER_ATTR_NAME).u16(0).str("m").u8(IppTag.END_COLLECTION).u16(0).u16(0).end().build());
		// empty member name, and a memberAttrName with a name
		malformed(WireBuilder.standardResponse().u8(IppTag.BEGIN_COLLECTION).str("c").u16(0)
				.u8(IppTag.MEMBER_ATTR_NAME).u16(0).u16(0).intValue(IppTag.INTEGER, "", 1).u8(IppTag.END_COLLECTION)
				.u16(0).u16(0).end().build());
		malformed(WireBuilder.standardResponse().u8(IppTag.BEGIN_COLLECTION).str("c").u16(0)
				.u8(IppTag.MEMBER_ATTR_NAME).str("x").str("m").intValue(IppTag.INTEGER, "", 1)
				.u8(IppTag.END_COLLECTION).u16(0).u16(0).end().build());
	}

	@Test
	void boundsCollectionDepth() throws IOException {
		final WireBuilder deep = WireBuilder.standardResponse().u8(IppTag.BEGIN_COLLECTION).str("c").u16(0);
		final int depth = 10_000;
		for (int i = 1; i < depth; i++) {
			deep.u8(IppTag.MEMBER_ATTR_NAME).u16(0).str("c").u8(IppTag.BEGIN_COLLECTION).u16(0).u16(0);
		}
		final MalformedIppException e = malformed(deep.build());
		assertTrue(e.getMessage().contains("nested deeper than 16"), e.getMessage());

		IppCollection c = IppCollection.of(IppAttribute.of("leaf", IppTag.INTEGER, 1));
		for (int i = 1; i < DecoderLimits.DEFAULTS.maxCollectionDepth(); i++) {
			c = IppCollection.of(IppAttribute.of("c", IppTag.BEGIN_COLLECTION, c));
		}
		final byte[] ok = IppEncoder.encode(
				IppMessage.response(0, 1).attribute("c", IppTag.BEGIN_COLLECTION, c).build());
		decodeBoth(ok); // exactly at the limit
		final IppCollection oneMore = IppCollection.of(IppAttribute.of("c", IppTag.BEGIN_COLLECTION, c));
		final byte[] tooDeep = IppEncoder
				.encode(IppMessage.response(0, 1).attribute("c", IppTag.BEGIN_COLLECTION, oneMore).build());
		malformed(tooDeep);
	}

	@Test
	void enforcesLimits() {
		final WireBuilder groups = WireBuilder.standardResponse();
		for (int i = 0; i < 3; i++) {
			groups.u8(IppTag.PRINTER_ATTRIBUTES);
		}
		assertTrue(malformed(groups.end().build(), SMALL).getMessage().contains("groups"));
		final WireBuilder attributes = WireBuilder.standardResponse();
		for (int i = 0; i < 9; i++) {
			attributes.intValue(IppTag.INTEGER, "a" + i, i);
		}
		assertTrue(malformed(attributes.end().build(), SMALL).getMessage().contains("attributes"));
		final WireBuilder values = WireBuilder.standardResponse().intValue(IppTag.INTEGER, "a", 0);
		for (int i = 0; i < 3; i++) {
			values.intValue(IppTag.INTEGER, "", i);
		}
		assertTrue(malformed(values.end().build(), SMALL).getMessage().contains("values"));
		final byte[] big = WireBuilder.standardResponse().value(IppTag.TEXT, "t", "x".repeat(5000)).end().build();
		assertTrue(malformed(big, SMALL).getMessage().contains("limit"));
	}

	@Test
	void neverShowsAttributeValues() {
		final String secret = "hunter2-secret";
		final byte[] data = WireBuilder.standardResponse().value(IppTag.TEXT, "auth-info", secret)
				.u8(IppTag.INTEGER).u16(0).u16(3).bytes(secret.substring(0, 3).getBytes()).end().build();
		final MalformedIppException e = malformed(data);
		assertFalse(e.getMessage().contains(secret), e.getMessage());
		assertTrue(e.getMessage().contains("'auth-info'"), e.getMessage());
	}

	@Test
	void reportsTheOffset() {
		final WireBuilder w = WireBuilder.standardResponse();
		final int offset = w.size();
		final MalformedIppException e = malformed(w.u8(IppTag.END_COLLECTION).u16(0).u16(0).end().build());
		assertEquals(offset, e.offset());
	}

	@Test
	void acceptsCupsQuirks() throws IOException {
		final byte[] data = new WireBuilder().u8(1).u8(1).u16(0).s32(99) // IPP/1.1
				.u8(IppTag.OPERATION_ATTRIBUTES).value(IppTag.CHARSET, "attributes-charset", "utf-8")
				.value(IppTag.NATURAL_LANGUAGE, "attributes-natural-language", "en-US")
				.u8(IppTag.PRINTER_ATTRIBUTES).value(IppTag.URI, "device-uri", "socket")
				.value(IppTag.KEYWORD, "odd-keyword", "Foo Bar/\u00fc:1")
				.u8(IppTag.NO_VALUE).str("oob-with-bytes").str("junk") // Brother-style out-of-band with a value
				.u8(0x5E).str("unknown-tag").str("opaque")
				// legacy CUPS 1.1 collection: members as named attributes
				.u8(IppTag.BEGIN_COLLECTION).str("legacy-col").u16(0).intValue(IppTag.INTEGER, "x", 1)
				.u8(IppTag.END_COLLECTION).u16(0).u16(0)
				.u8(IppTag.TEXT_WITH_LANGUAGE).str("trailing").u16(9).str("en").str("ab").u8(0)
				.u8(IppTag.BOOLEAN).str("bool-2").u16(1).u8(2)
				.u8(IppTag.DATE_TIME).str("bad-date").u16(11).bytes(new byte[11])
				.end().bytes("%PDF-1.7 document data".getBytes()).build();
		final IppMessage message = decodeBoth(data);
		assertEquals(1, message.versionMajor());
		assertEquals(1, message.versionMinor());
		assertEquals("en-US", message.group(IppTag.OPERATION_ATTRIBUTES).getString("attributes-natural-language"));
		final IppAttributeGroup printer = message.group(IppTag.PRINTER_ATTRIBUTES);
		assertEquals("socket", printer.getString("device-uri"));
		assertEquals("Foo Bar/\u00fc:1", printer.getString("odd-keyword"));
		assertEquals(OutOfBand.NO_VALUE, printer.get("oob-with-bytes").value());
		assertArrayEquals("opaque".getBytes(), (byte[]) printer.get("unknown-tag").value());
		assertEquals(1, ((IppCollection) printer.get("legacy-col").value()).get("x").intValue());
		assertEquals("ab", printer.getString("trailing"));
		assertTrue(printer.getBoolean("bool-2", false));
		assertThrows(java.time.DateTimeException.class,
				() -> ((IppDateTime) printer.get("bad-date").value()).toOffsetDateTime());
	}

	@Test
	void stopsAtEndOfAttributesLeavingDocumentData() throws IOException {
		final byte[] doc = "%PDF-1.7".getBytes();
		final ByteArrayInputStream in = new ByteArrayInputStream(
				WireBuilder.standardResponse().end().bytes(doc).build());
		IppDecoder.decode(in);
		assertArrayEquals(doc, in.readAllBytes());
	}
}
