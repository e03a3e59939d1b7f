package org.cupola.ipp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Encoder/decoder round trips of every value type.
 */
class IppRoundTripTest {

	private static IppMessage roundTrip(final IppMessage message) throws IOException {
		final byte[] encoded = IppEncoder.encode(message);
		final IppMessage decoded = IppDecoder.decode(encoded);
		assertEquals(message, decoded);
		assertArrayEquals(encoded, IppEncoder.encode(decoded), "re-encoding must be byte-identical");
		return decoded;
	}

	@Test
	void requestBuilderStartsWithStandardOperationAttributes() {
		final IppMessage request = IppMessage.request(IppOperation.GET_JOBS, 42)
				.operation("printer-uri", IppTag.URI, "ipp://localhost/printers/x").build();
		assertEquals(2, request.versionMajor());
		assertEquals(0, request.versionMinor());
		assertEquals(IppOperation.GET_JOBS, request.code());
		assertEquals(42, request.requestId());
		final List<IppAttribute> ops = request.group(IppTag.OPERATION_ATTRIBUTES).attributes();
		assertEquals(IppAttribute.of("attributes-charset", IppTag.CHARSET, "utf-8"), ops.get(0));
		assertEquals(IppAttribute.of("attributes-natural-language", IppTag.NATURAL_LANGUAGE, "en"), ops.get(1));
		assertEquals("printer-uri", ops.get(2).name());
	}

	@Test
	void encodesExactWireBytes() {
		final byte[] expected = WireBuilder.response().u8(IppTag.OPERATION_ATTRIBUTES)
				.value(IppTag.CHARSET, "attributes-charset", "utf-8")
				.value(IppTag.NATURAL_LANGUAGE, "attributes-natural-language", "en")
				.intValue(IppTag.ENUM, "printer-state", 3).intValue(IppTag.ENUM, "", 4).end().build();
		final IppMessage message = IppMessage.response(IppStatus.SUCCESSFUL_OK, 1)
				.attribute("printer-state", IppTag.ENUM, 3, 4).build();
		assertArrayEquals(expected, IppEncoder.encode(message));
	}

	@Test
	void roundTripsEveryValueType() throws IOException {
		final IppMessage message = IppMessage.request(IppOperation.PRINT_JOB, 7)
				.operation("printer-uri", IppTag.URI, "ipp://127.0.0.1:631/printers/p")
				.operation("requesting-user-name", IppTag.NAME, "j\u00fcrgen")
				.operation("job-name", IppTag.NAME_WITH_LANGUAGE, new TextWithLanguage("de-DE", "Pr\u00fcfung"))
				.operation("document-format", IppTag.MIME_MEDIA_TYPE, "application/pdf")
				.group(IppTag.JOB_ATTRIBUTES)
				.attribute("copies", IppTag.INTEGER, -1)
				.attribute("copies-max", IppTag.INTEGER, Integer.MAX_VALUE)
				.attribute("orientation-requested", IppTag.ENUM, 4)
				.attribute("fit-to-page", IppTag.BOOLEAN, Boolean.TRUE)
				.attribute("page-ranges", IppTag.RANGE_OF_INTEGER, new IntRange(1, 5),
						new IntRange(Integer.MIN_VALUE, 0))
				.attribute("printer-resolution", IppTag.RESOLUTION, new Resolution(600, 1200, Resolution.DOTS_PER_INCH))
				.attribute("job-hold-until-time", IppTag.DATE_TIME, IppDateTime.of(OffsetDateTime.of(2024, 2, 29, 23,
						59, 58, 700_000_000, ZoneOffset.ofHoursMinutes(-5, -30))))
				.attribute("job-message", IppTag.TEXT, "")
				.attribute("job-description", IppTag.TEXT_WITH_LANGUAGE, new TextWithLanguage("en", "multi\nline"))
				.attribute("job-password", IppTag.OCTET_STRING, (Object) new byte[] { 0, 1, (byte) 0xFF })
				.attribute("media", IppTag.KEYWORD, "iso_a4_210x297mm", "na_letter_8.5x11in")
				.attribute("uri-scheme", IppTag.URI_SCHEME, "ipps")
				.attribute("charset", IppTag.CHARSET, "utf-8")
				.attribute("lang", IppTag.NATURAL_LANGUAGE, "en-US")
				.attribute("x-vendor", 0x5F, (Object) new byte[] { 1, 2, 3 })
				.attribute("x-extension", IppTag.EXTENSION, (Object) new byte[] { 0, 0, 0x12, 0x34, 9 })
				.group(IppTag.PRINTER_ATTRIBUTES)
				.attribute("printer-alert", IppTag.NO_VALUE)
				.attribute("printer-info", IppTag.UNKNOWN)
				.attribute("printer-geo-location", IppTag.UNSUPPORTED)
				.group(IppTag.SUBSCRIPTION_ATTRIBUTES) // empty group
				.build();
		final IppMessage decoded = roundTrip(message);
		final IppAttributeGroup job = decoded.group(IppTag.JOB_ATTRIBUTES);
		assertEquals(-1, job.getInt("copies", 0));
		assertEquals(List.of("iso_a4_210x297mm", "na_letter_8.5x11in"), job.getStrings("media"));
		assertTrue(job.getBoolean("fit-to-page", false));
		assertArrayEquals(new byte[] { 0, 1, (byte) 0xFF }, (byte[]) job.get("job-password").value());
		assertEquals(OffsetDateTime.parse("2024-02-29T23:59:58.7-05:30"),
				((IppDateTime) job.get("job-hold-until-time").value()).toOffsetDateTime());
		assertEquals(OutOfBand.NO_VALUE, decoded.group(IppTag.PRINTER_ATTRIBUTES).get("printer-alert").value());
		assertEquals(0, decoded.groups(IppTag.SUBSCRIPTION_ATTRIBUTES).get(0).size());
		assertEquals("Pr\u00fcfung", decoded.group(IppTag.OPERATION_ATTRIBUTES).getString("job-name"));
	}

	@Test
	void roundTripsNestedCollectionsAndSetsOfCollections() throws IOException {
		final IppCollection size = IppCollection.of(IppAttribute.of("x-dimension", IppTag.INTEGER, 21000),
				IppAttribute.of("y-dimension", IppTag.INTEGER, 29700));
		final IppCollection mediaCol = IppCollection.of(IppAttribute.of("media-size", IppTag.BEGIN_COLLECTION, size),
				IppAttribute.of("media-source", IppTag.KEYWORD, "tray-1", "tray-2"),
				IppAttribute.of("media-type", IppTag.NO_VALUE),
				IppAttribute.of("media-size-name", IppTag.NAME_WITH_LANGUAGE, new TextWithLanguage("en", "A4")));
		final IppCollection deeper = IppCollection.of(IppAttribute.of("level", IppTag.BEGIN_COLLECTION,
				IppCollection.of(IppAttribute.of("level", IppTag.BEGIN_COLLECTION,
						IppCollection.of(IppAttribute.of("leaf", IppTag.BOOLEAN, Boolean.FALSE))))));
		final IppMessage message = IppMessage.response(IppStatus.SUCCESSFUL_OK, 3).group(IppTag.PRINTER_ATTRIBUTES)
				.attribute("media-col-default", IppTag.BEGIN_COLLECTION, mediaCol)
				.attribute("media-col-database", IppTag.BEGIN_COLLECTION, mediaCol, IppCollection.of(), deeper)
				.attribute("after", IppTag.KEYWORD, "still-in-group").build();
		final IppMessage decoded = roundTrip(message);
		final IppAttributeGroup printer = decoded.group(IppTag.PRINTER_ATTRIBUTES);
		final IppCollection col = (IppCollection) printer.get("media-col-default").value();
		final IppCollection decodedSize = (IppCollection) col.get("media-size").value();
		assertEquals(29700, decodedSize.get("y-dimension").intValue());
		assertEquals(List.of("tray-1", "tray-2"), col.get("media-source").stringValues());
		assertEquals(3, printer.get("media-col-database").values().size());
		assertEquals("still-in-group", printer.getString("after"));
	}

	@Test
	void roundTripsMixedValueTypesInOneSet() throws IOException {
		final IppMessage message = IppMessage.response(IppStatus.SUCCESSFUL_OK, 9).group(IppTag.PRINTER_ATTRIBUTES)
				.attribute("number-up-supported", IppTag.INTEGER, 1, new IntRange(2, 16))
				.attribute("job-name", IppTag.NAME_WITH_LANGUAGE, new TextWithLanguage("fr", "t\u00e2che"), "plain")
				.attribute("media-default", IppTag.KEYWORD, "iso_a4_210x297mm", OutOfBand.NO_VALUE).build();
		final IppAttributeGroup printer = roundTrip(message).group(IppTag.PRINTER_ATTRIBUTES);
		assertInstanceOf(IntRange.class, printer.get("number-up-supported").values().get(1));
		assertEquals(List.of(1), printer.get("number-up-supported").intValues());
		assertEquals(List.of("t\u00e2che", "plain"), printer.getStrings("job-name"));
	}

	@Test
	void roundTripsVersionAndLargeValues() throws IOException {
		final String big = "x".repeat(IppEncoder.MAX_LENGTH);
		final IppMessage message = IppMessage.request(IppOperation.CUPS_GET_PPDS, Integer.MAX_VALUE).version(1, 1)
				.operation("ppd-make", IppTag.TEXT, big).build();
		final IppMessage decoded = roundTrip(message);
		assertEquals(1, decoded.versionMajor());
		assertEquals(1, decoded.versionMinor());
		assertEquals(big, decoded.group(IppTag.OPERATION_ATTRIBUTES).getString("ppd-make"));
	}

	@Test
	void writeProducesTheSameBytesAsEncode() throws IOException {
		final IppMessage message = IppMessage.request(IppOperation.CUPS_GET_DEFAULT, 5).build();
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		IppEncoder.write(message, out);
		assertArrayEquals(IppEncoder.encode(message), out.toByteArray());
	}

	@Test
	void rejectsOverlongValuesAndNames() {
		final String tooLong = "x".repeat(IppEncoder.MAX_LENGTH + 1);
		assertThrows(IllegalArgumentException.class, () -> IppEncoder
				.encode(IppMessage.request(IppOperation.GET_JOBS, 1).operation("n", IppTag.TEXT, tooLong).build()));
		assertThrows(IllegalArgumentException.class, () -> IppEncoder
				.encode(IppMessage.request(IppOperation.GET_JOBS, 1).operation(tooLong, IppTag.TEXT, "v").build()));
		// multi-byte characters count in bytes, not chars
		final String wide = "\u00fc".repeat(IppEncoder.MAX_LENGTH / 2 + 1);
		assertThrows(IllegalArgumentException.class, () -> IppEncoder
				.encode(IppMessage.request(IppOperation.GET_JOBS, 1).operation("n", IppTag.TEXT, wide).build()));
		assertThrows(IllegalArgumentException.class,
				() -> IppEncoder.encode(IppMessage.request(IppOperation.GET_JOBS, 1)
						.operation("n", IppTag.TEXT_WITH_LANGUAGE, new TextWithLanguage("en", "y".repeat(32764)))
						.build()));
	}

	@Test
	void mismatchedValuesUseTheTagOfTheirType() throws IOException {
		final IppMessage message = IppMessage.response(0, 1).group(IppTag.PRINTER_ATTRIBUTES)
				.attribute("mixed", IppTag.RESOLUTION, new Resolution(1, 2, 3), "a-keyword", new byte[] { 7 }).build();
		final byte[] expected = WireBuilder.standardResponse().u8(IppTag.PRINTER_ATTRIBUTES).u8(IppTag.RESOLUTION)
				.str("mixed").u16(9).s32(1).s32(2).u8(3).value(IppTag.KEYWORD, "", "a-keyword")
				.u8(IppTag.OCTET_STRING).u16(0).u16(1).u8(7).end().build();
		assertArrayEquals(expected, IppEncoder.encode(message));
		roundTrip(message);
	}

	@Test
	void rejectsValuesThatFitNoTag() {
		assertThrows(IllegalArgumentException.class, () -> IppEncoder.encode(
				IppMessage.request(IppOperation.GET_JOBS, 1).operation("n", IppTag.INTEGER, Long.valueOf(1)).build()));
		assertThrows(IllegalArgumentException.class, () -> IppEncoder
				.encode(IppMessage.request(IppOperation.GET_JOBS, 1).operation("n", IppTag.INTEGER, "text").build()));
		assertThrows(IllegalArgumentException.class, () -> IppEncoder.encode(
				IppMessage.request(IppOperation.GET_JOBS, 1).operation("n", IppTag.OCTET_STRING, "text").build()));
		assertThrows(IllegalArgumentException.class, () -> IppAttribute.of("n", IppTag.KEYWORD));
		assertThrows(IllegalArgumentException.class, () -> IppAttribute.of("", IppTag.KEYWORD, "v"));
		assertThrows(IllegalArgumentException.class, () -> IppAttribute.of("n", IppTag.MEMBER_ATTR_NAME, "v"));
		assertThrows(IllegalArgumentException.class, () -> IppAttribute.of("n", IppTag.PRINTER_ATTRIBUTES, "v"));
		assertThrows(IllegalArgumentException.class, () -> IppMessage.request(IppOperation.GET_JOBS, 1)
				.group(IppTag.END_OF_ATTRIBUTES));
	}
}
