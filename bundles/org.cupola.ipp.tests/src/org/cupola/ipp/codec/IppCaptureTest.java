package org.cupola.ipp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Responses captured from a real cupsd 2.4 (releng/cups-sandbox) and from ippeveprinter, requested with this
 * encoder.
 */
class IppCaptureTest {

	private static final String[] CAPTURES = { "get-printer-attributes-ipp-everywhere.bin", "cups-get-printers.bin",
			"cups-get-devices.bin", "get-printer-attributes-not-found.bin",
			"ippeveprinter-get-printer-attributes.bin" };

	private byte[] capture(final String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/captures/" + name)) {
			assertNotNull(in, "missing test resource /captures/" + name);
			return in.readAllBytes();
		}
	}

	@Test
	void everyCaptureRoundTripsByteIdentically() throws IOException {
		for (final String name : CAPTURES) {
			final byte[] data = capture(name);
			final IppMessage message = IppDecoder.decode(data);
			assertArrayEquals(data, IppEncoder.encode(message), name);
			final List<IppAttributeGroup> streamed = new ArrayList<>();
			assertEquals(message,
					IppDecoder.decode(new ByteArrayInputStream(data), DecoderLimits.DEFAULTS, streamed::add), name);
			assertEquals(message.groups(), streamed, name);
		}
	}

	@Test
	void everyTruncatedCaptureIsMalformed() throws IOException {
		final byte[] data = capture("get-printer-attributes-ipp-everywhere.bin");
		for (int length = 0; length < data.length; length++) {
			final byte[] truncated = Arrays.copyOf(data, length);
			assertThrows(MalformedIppException.class, () -> IppDecoder.decode(truncated));
		}
	}

	@Test
	void getPrinterAttributesAll() throws IOException {
		final IppMessage message = IppDecoder.decode(capture("get-printer-attributes-ipp-everywhere.bin"));
		assertTrue(IppStatus.isSuccess(message.status()));
		assertEquals(1, message.requestId());
		final IppAttributeGroup printer = message.group(IppTag.PRINTER_ATTRIBUTES);
		assertEquals("ipp-everywhere", printer.getString("printer-name"));
		assertEquals(3, printer.getInt("printer-state", -1));
		assertTrue(printer.getBoolean("printer-is-accepting-jobs", false));
		assertTrue(printer.getStrings("operations-supported").isEmpty());
		assertTrue(printer.get("operations-supported").intValues().contains(IppOperation.GET_PRINTER_ATTRIBUTES));
		final IppCollection mediaCol = (IppCollection) printer.get("media-col-default").value();
		final IppCollection size = (IppCollection) mediaCol.get("media-size").value();
		assertTrue(size.get("x-dimension").intValue() > 0);
		assertTrue(printer.getStrings("document-format-supported").contains("application/pdf"));
	}

	@Test
	void cupsGetPrinters() throws IOException {
		final IppMessage message = IppDecoder.decode(capture("cups-get-printers.bin"));
		final List<IppAttributeGroup> printers = message.groups(IppTag.PRINTER_ATTRIBUTES);
		assertEquals(Set.of("ipp-everywhere", "null", "paused", "rejecting", "broken"),
				printers.stream().map(p -> p.getString("printer-name")).collect(Collectors.toSet()));
		final IppAttributeGroup paused = printers.stream().filter(p -> "paused".equals(p.getString("printer-name")))
				.findFirst().orElseThrow();
		assertEquals(5, paused.getInt("printer-state", -1));
		assertEquals("Paused for maintenance by the test suite", paused.getString("printer-state-message"));
		final IppAttributeGroup rejecting = printers.stream()
				.filter(p -> "rejecting".equals(p.getString("printer-name"))).findFirst().orElseThrow();
		assertEquals(Boolean.FALSE, rejecting.get("printer-is-accepting-jobs").value());
	}

	@Test
	void cupsGetDevicesIsIpp11WithSchemeOnlyDeviceUris() throws IOException {
		final IppMessage message = IppDecoder.decode(capture("cups-get-devices.bin"));
		assertEquals(1, message.versionMajor());
		assertEquals(1, message.versionMinor());
		assertEquals("en-US", message.group(IppTag.OPERATION_ATTRIBUTES).getString("attributes-natural-language"));
		final List<String> uris = message.groups(IppTag.PRINTER_ATTRIBUTES).stream()
				.map(g -> g.getString("device-uri")).toList();
		assertTrue(uris.contains("socket"), uris.toString());
		assertTrue(uris.contains("ipp"), uris.toString());
	}

	/** Rebuilds each group from the value events alone and checks it against the group event that follows. */
	private static final class Rebuilder implements IppGroupListener {
		final List<IppAttributeGroup> groups = new ArrayList<>();
		private final List<IppAttribute> attributes = new ArrayList<>();
		private String name;
		private int tag;
		private List<Object> values = new ArrayList<>();
		private int groupTag = -1;

		@Override
		public void valueDecoded(final int valueGroupTag, final String attributeName, final int valueTag,
				final Object value, final int index) {
			if (groupTag < 0) {
				groupTag = valueGroupTag;
			}
			assertEquals(groupTag, valueGroupTag, attributeName);
			if (index == 0) {
				flush();
				name = attributeName;
				tag = valueTag;
			} else {
				assertEquals(name, attributeName);
			}
			assertEquals(values.size(), index, attributeName);
			values.add(value);
		}

		private void flush() {
			if (name != null) {
				attributes.add(new IppAttribute(name, tag, values));
			}
			name = null;
			values = new ArrayList<>();
		}

		@Override
		public void groupDecoded(final IppAttributeGroup group) {
			flush();
			if (groupTag >= 0) {
				assertEquals(groupTag, group.tag());
			}
			assertEquals(group, new IppAttributeGroup(group.tag(), attributes));
			groups.add(group);
			attributes.clear();
			groupTag = -1;
		}
	}

	@Test
	void valueEventsCarryEveryValueOfEveryCaptureInOrder() throws IOException {
		for (final String name : CAPTURES) {
			final byte[] data = capture(name);
			final Rebuilder rebuilder = new Rebuilder();
			final IppMessage message = IppDecoder.decode(new ByteArrayInputStream(data), DecoderLimits.DEFAULTS,
					rebuilder);
			assertEquals(message.groups(), rebuilder.groups, name);
		}
	}

	@Test
	void cupsdEndsEachDeviceGroupWithDeviceLocation() throws IOException {
		// cups-deviced writes device-class, -info, -make-and-model, -uri, -id, -location, then flushes: what
		// CupsConnection.getDevices relies on to report a device before the next one arrives
		final IppMessage message = IppDecoder.decode(capture("cups-get-devices.bin"));
		final List<IppAttributeGroup> devices = message.groups(IppTag.PRINTER_ATTRIBUTES);
		assertTrue(devices.size() > 1, devices::toString);
		for (final IppAttributeGroup device : devices) {
			assertEquals(List.of("device-class", "device-info", "device-make-and-model", "device-uri", "device-id",
					"device-location"), device.attributes().stream().map(IppAttribute::name).toList());
			assertTrue(device.attributes().stream().allMatch(a -> a.values().size() == 1), device::toString);
		}
	}

	@Test
	void notFoundResponse() throws IOException {
		final IppMessage message = IppDecoder.decode(capture("get-printer-attributes-not-found.bin"));
		assertEquals(IppStatus.CLIENT_ERROR_NOT_FOUND, message.status());
		assertEquals("client-error-not-found", IppStatus.name(message.status()));
		assertEquals("The printer or class does not exist.", message.statusMessage());
	}

	@Test
	void ippEverywherePrinterCollections() throws IOException {
		final IppMessage message = IppDecoder.decode(capture("ippeveprinter-get-printer-attributes.bin"));
		final IppAttribute database = message.group(IppTag.PRINTER_ATTRIBUTES).get("media-col-database");
		assertNotNull(database);
		assertTrue(database.values().size() > 1);
		for (final Object value : database.values()) {
			assertNotNull(((IppCollection) value).get("media-size"));
		}
	}
}
