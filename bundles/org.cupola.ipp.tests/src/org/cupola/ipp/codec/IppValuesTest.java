package org.cupola.ipp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Names, value types, accessors and bounded {@code toString}.
 */
class IppValuesTest {

	@Test
	void names() {
		assertEquals("CUPS-Get-Devices", IppOperation.name(IppOperation.CUPS_GET_DEVICES));
		assertEquals("Get-Printer-Attributes", IppOperation.name(0x0B));
		assertEquals("0x7abc", IppOperation.name(0x7ABC));
		assertEquals("client-error-not-found", IppStatus.name(IppStatus.CLIENT_ERROR_NOT_FOUND));
		assertEquals("server-error-service-unavailable", IppStatus.name(0x0502));
		assertEquals("cups-see-other", IppStatus.name(IppStatus.CUPS_SEE_OTHER));
		assertEquals("0x0abc", IppStatus.name(0x0ABC));
		assertTrue(IppStatus.isSuccess(IppStatus.SUCCESSFUL_OK_CONFLICTING));
		assertFalse(IppStatus.isSuccess(IppStatus.CLIENT_ERROR_BAD_REQUEST));
		assertEquals("keyword", IppTag.name(IppTag.KEYWORD));
		assertEquals("printer-attributes-tag", IppTag.name(IppTag.PRINTER_ATTRIBUTES));
		assertEquals("0x5f", IppTag.name(0x5F));
		assertTrue(IppTag.isDelimiter(IppTag.END_OF_ATTRIBUTES));
		assertFalse(IppTag.isDelimiter(IppTag.UNSUPPORTED));
		assertTrue(IppTag.isOutOfBand(IppTag.NO_VALUE));
		assertFalse(IppTag.isOutOfBand(IppTag.INTEGER));
	}

	@Test
	void outOfBandSingletons() {
		assertSame(OutOfBand.NO_VALUE, OutOfBand.of(IppTag.NO_VALUE));
		assertEquals(OutOfBand.UNKNOWN, new OutOfBand(IppTag.UNKNOWN));
		assertThrows(IllegalArgumentException.class, () -> OutOfBand.of(IppTag.INTEGER));
	}

	@Test
	void dateTimeConversions() {
		final OffsetDateTime time = OffsetDateTime.parse("2025-11-23T08:15:30.4+01:00");
		final IppDateTime value = IppDateTime.of(time);
		assertEquals(time, value.toOffsetDateTime());
		assertEquals("2025-11-23T08:15:30.4+01:00", value.toString());
		assertEquals(value, IppDateTime.decode(value.encode(), 0));
		assertThrows(DateTimeException.class,
				() -> new IppDateTime(2025, 13, 1, 0, 0, 0, 0, '+', 0, 0).toOffsetDateTime());
		assertThrows(DateTimeException.class,
				() -> new IppDateTime(2025, 1, 1, 0, 0, 0, 0, 'x', 0, 0).toOffsetDateTime());
		assertEquals(59, new IppDateTime(2016, 12, 31, 23, 59, 60, 0, '+', 0, 0).toOffsetDateTime().getSecond());
	}

	@Test
	void attributeAccessors() {
		final IppAttribute attribute = IppAttribute.of("printer-state-reasons", IppTag.KEYWORD, "none", "paused");
		assertEquals("none", attribute.stringValue());
		assertEquals(List.of("none", "paused"), attribute.stringValues());
		assertEquals(List.of(), attribute.intValues());
		assertThrows(IllegalStateException.class, attribute::intValue);
		assertThrows(IllegalStateException.class, attribute::booleanValue);
		final IppAttribute numbers = IppAttribute.of("n", IppTag.INTEGER, 1, 2, 3);
		assertEquals(1, numbers.intValue());
		assertNull(numbers.stringValue());
		assertEquals(IppAttribute.of("o", IppTag.OCTET_STRING, new byte[] { 1 }),
				IppAttribute.of("o", IppTag.OCTET_STRING, new byte[] { 1 }));
	}

	@Test
	void groupAccessorsWithDefaults() {
		final IppAttributeGroup group = IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-state", IppTag.ENUM, 4).add("printer-state", IppTag.ENUM, 5)
				.add("printer-is-shared", IppTag.BOOLEAN, Boolean.TRUE).add("printer-info", IppTag.NO_VALUE).build();
		assertEquals(4, group.getInt("printer-state", -1), "first occurrence wins");
		assertEquals(-1, group.getInt("missing", -1));
		assertEquals(-1, group.getInt("printer-is-shared", -1));
		assertTrue(group.getBoolean("printer-is-shared", false));
		assertTrue(group.getBoolean("printer-state", true));
		assertNull(group.getString("printer-info"));
		assertEquals(List.of(), group.getStrings("missing"));
		assertEquals(4, group.attributes().size());
		assertThrows(UnsupportedOperationException.class, () -> group.attributes().clear());
	}

	@Test
	void messageAccessors() {
		final IppMessage message = IppMessage.response(IppStatus.CLIENT_ERROR_NOT_AUTHORIZED, 4)
				.operation("status-message", IppTag.TEXT, "Forbidden").group(IppTag.PRINTER_ATTRIBUTES)
				.group(IppTag.PRINTER_ATTRIBUTES).build();
		assertEquals("Forbidden", message.statusMessage());
		assertEquals(IppStatus.CLIENT_ERROR_NOT_AUTHORIZED, message.status());
		assertEquals(2, message.groups(IppTag.PRINTER_ATTRIBUTES).size());
		assertNull(message.group(IppTag.JOB_ATTRIBUTES));
	}

	@Test
	void toStringIsBounded() {
		final List<Object> many = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			many.add("value-" + i);
		}
		final IppAttribute big = new IppAttribute("big", IppTag.KEYWORD, many);
		assertTrue(big.toString().length() < 1100, big.toString());
		assertTrue(big.toString().contains("10000 values"));
		IppCollection c = IppCollection.of(IppAttribute.of("leaf", IppTag.TEXT, "x".repeat(30_000)));
		for (int i = 0; i < 200; i++) {
			final List<IppAttribute> members = new ArrayList<>();
			for (int j = 0; j < 8; j++) {
				members.add(IppAttribute.of("m" + j, IppTag.BEGIN_COLLECTION, c, c, c));
			}
			c = new IppCollection(members);
		}
		final String text = IppAttribute.of("deep", IppTag.BEGIN_COLLECTION, c).toString();
		assertTrue(text.length() < 1100, "length " + text.length());
		final IppAttribute octets = IppAttribute.of("o", IppTag.OCTET_STRING, new byte[5000]);
		assertEquals("o (octetString) = <5000 bytes>", octets.toString());
	}
}
