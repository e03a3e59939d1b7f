package org.cupola.ipp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The decoder must hand each value to the listener before it reads any byte of the following attribute or value,
 * and each group before it reads any byte of the following group.
 */
class IppDecoderStreamingTest {

	/** Serves {@code data} but fails any read past {@code gate} until the gate is opened. */
	private static final class GatedInputStream extends InputStream {
		private final byte[] data;
		private int gate;
		private int position;

		GatedInputStream(final byte[] data, final int gate) {
			this.data = data;
			this.gate = gate;
		}

		void moveGate(final int newGate) {
			gate = newGate;
		}

		int position() {
			return position;
		}

		@Override
		public int read() throws IOException {
			if (position >= data.length) {
				return -1;
			}
			if (position >= gate) {
				throw new IOException("read past the gate at " + gate);
			}
			return data[position++] & 0xFF;
		}

		@Override
		public int read(final byte[] b, final int off, final int len) throws IOException {
			if (len == 0) {
				return 0;
			}
			if (position >= data.length) {
				return -1;
			}
			if (position >= gate) {
				throw new IOException("read past the gate at " + gate);
			}
			final int n = Math.min(len, Math.min(gate, data.length) - position);
			System.arraycopy(data, position, b, off, n);
			position += n;
			return n;
		}
	}

	private static byte[] threeDevices(final List<Integer> groupStarts) {
		final WireBuilder w = WireBuilder.standardResponse();
		for (final String uri : new String[] { "socket", "ipp", "usb://HP/LaserJet" }) {
			groupStarts.add(Integer.valueOf(w.size()));
			w.u8(IppTag.PRINTER_ATTRIBUTES).value(IppTag.KEYWORD, "device-class", "network")
					.value(IppTag.URI, "device-uri", uri);
		}
		groupStarts.add(Integer.valueOf(w.size()));
		return w.end().build();
	}

	@Test
	void listenerSeesEachGroupBeforeTheNextGroupIsRead() throws IOException {
		final List<Integer> starts = new ArrayList<>();
		final byte[] data = threeDevices(starts);
		// each gate sits right after the delimiter that completes the previous group
		final GatedInputStream in = new GatedInputStream(data, starts.get(0).intValue() + 1);
		final List<String> seen = new ArrayList<>();
		final IppMessage message = IppDecoder.decode(in, DecoderLimits.DEFAULTS, group -> {
			seen.add(group.tag() == IppTag.OPERATION_ATTRIBUTES ? "op" : group.getString("device-uri"));
			final int next = seen.size();
			in.moveGate(next < starts.size() ? starts.get(next).intValue() + 1 : data.length);
		});
		assertEquals(List.of("op", "socket", "ipp", "usb://HP/LaserJet"), seen);
		assertEquals(4, message.groups().size());
	}

	@Test
	void decodesATrickledResponseFromAPipe() throws Exception {
		final List<Integer> starts = new ArrayList<>();
		final byte[] data = threeDevices(starts);
		final byte[] document = "document data".getBytes();
		final PipedOutputStream out = new PipedOutputStream();
		final PipedInputStream in = new PipedInputStream(out, 64 * 1024);
		final CountDownLatch firstDevice = new CountDownLatch(2); // operation group + first device
		final Thread writer = new Thread(() -> {
			try (out) {
				out.write(data, 0, starts.get(2).intValue() + 1); // up to the delimiter after the first device
				out.flush();
				if (!firstDevice.await(10, TimeUnit.SECONDS)) {
					return; // listener never called: the decoder will fail on the closed pipe
				}
				final int cut = starts.get(2).intValue() + 1;
				final byte[] rest = new byte[data.length - cut + document.length];
				System.arraycopy(data, cut, rest, 0, data.length - cut);
				System.arraycopy(document, 0, rest, data.length - cut, document.length);
				out.write(rest);
			} catch (IOException | InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "trickle-writer");
		writer.start();
		final List<IppAttributeGroup> groups = new ArrayList<>();
		// no timeout wrapper needed: if the listener is not called, the writer gives up and closes the pipe
		final IppMessage message = IppDecoder.decode(in, DecoderLimits.DEFAULTS, group -> {
			groups.add(group);
			firstDevice.countDown();
		});
		assertEquals(message.groups(), groups);
		assertEquals("usb://HP/LaserJet", message.groups(IppTag.PRINTER_ATTRIBUTES).get(2).getString("device-uri"));
		assertArrayEquals(document, in.readAllBytes());
		writer.join(10_000);
		assertFalse(writer.isAlive());
	}

	@Test
	void listenerExceptionAbortsDecoding() {
		final List<Integer> starts = new ArrayList<>();
		final GatedInputStream in = new GatedInputStream(threeDevices(starts), Integer.MAX_VALUE);
		final IOException e = assertThrows(IOException.class,
				() -> IppDecoder.decode(in, DecoderLimits.DEFAULTS, group -> {
					throw new IOException("cancelled by user");
				}));
		assertEquals("cancelled by user", e.getMessage());
	}

	/** Records every event as a string; each value event also checks it came at the expected byte. */
	private static class Recorder implements IppGroupListener {
		final List<String> events = new ArrayList<>();

		@Override
		public void groupDecoded(final IppAttributeGroup group) throws IOException {
			events.add("group " + IppTag.name(group.tag()) + " " + group.size());
		}

		@Override
		public void valueDecoded(final int groupTag, final String name, final int valueTag, final Object value,
				final int index) throws IOException {
			final Object shown = value instanceof final IppCollection c ? "collection " + c.members().size() : value;
			events.add(name + "[" + index + "] " + IppTag.name(valueTag) + " " + shown);
		}
	}

	/**
	 * A device group as cupsd writes it, plus a 1setOf with additional values (empty names, mixed tags) and a
	 * collection attribute whose members must not be reported one by one. {@code valueEnds} gets the offset just
	 * past each top-level value.
	 */
	private static byte[] deviceWithSetAndCollection(final List<Integer> valueEnds) {
		final WireBuilder w = WireBuilder.response().u8(IppTag.OPERATION_ATTRIBUTES)
				.value(IppTag.CHARSET, "attributes-charset", "utf-8");
		valueEnds.add(Integer.valueOf(w.size()));
		w.value(IppTag.NATURAL_LANGUAGE, "attributes-natural-language", "en");
		valueEnds.add(Integer.valueOf(w.size()));
		w.u8(IppTag.PRINTER_ATTRIBUTES).value(IppTag.KEYWORD, "device-class", "direct");
		valueEnds.add(Integer.valueOf(w.size()));
		w.value(IppTag.URI, "device-uri", "sandbox:/fake");
		valueEnds.add(Integer.valueOf(w.size()));
		w.value(IppTag.KEYWORD, "printer-state-reasons", "none");
		valueEnds.add(Integer.valueOf(w.size()));
		w.value(IppTag.KEYWORD, "", "paused");
		valueEnds.add(Integer.valueOf(w.size()));
		w.value(IppTag.NAME, "", "custom-reason");
		valueEnds.add(Integer.valueOf(w.size()));
		w.u8(IppTag.BEGIN_COLLECTION).str("media-col").u16(0) //
				.u8(IppTag.MEMBER_ATTR_NAME).u16(0).str("media-size-name") //
				.value(IppTag.KEYWORD, "", "iso_a4_210x297mm") //
				.u8(IppTag.MEMBER_ATTR_NAME).u16(0).str("media-type") //
				.value(IppTag.KEYWORD, "", "stationery") //
				.u8(IppTag.END_COLLECTION).u16(0).u16(0);
		valueEnds.add(Integer.valueOf(w.size()));
		w.value(IppTag.TEXT, "device-location", "");
		valueEnds.add(Integer.valueOf(w.size()));
		// a second device: its delimiter is what completes the first group
		w.u8(IppTag.PRINTER_ATTRIBUTES).value(IppTag.URI, "device-uri", "sandboxslow://slow.invalid/");
		valueEnds.add(Integer.valueOf(w.size()));
		return w.end().build();
	}

	private static final List<String> DEVICE_EVENTS = List.of( //
			"attributes-charset[0] charset utf-8", //
			"attributes-natural-language[0] naturalLanguage en", //
			"group operation-attributes-tag 2", //
			"device-class[0] keyword direct", //
			"device-uri[0] uri sandbox:/fake", //
			"printer-state-reasons[0] keyword none", //
			"printer-state-reasons[1] keyword paused", //
			"printer-state-reasons[2] nameWithoutLanguage custom-reason", //
			"media-col[0] begCollection collection 2", //
			"device-location[0] textWithoutLanguage ", //
			"group printer-attributes-tag 5", //
			"device-uri[0] uri sandboxslow://slow.invalid/", //
			"group printer-attributes-tag 1");

	@Test
	void valueHookFiresAfterEachValueBeforeAnyByteOfTheNextAttributeOrValueIsRead() throws IOException {
		final List<Integer> valueEnds = new ArrayList<>();
		final byte[] data = deviceWithSetAndCollection(valueEnds);
		// the gate sits exactly after the first value; each value event moves it past the next value only, so a
		// decoder that read ahead (even one tag byte) before reporting a value would fail on the gate
		final GatedInputStream in = new GatedInputStream(data, valueEnds.get(0).intValue());
		final AtomicInteger values = new AtomicInteger();
		final Recorder recorder = new Recorder() {
			@Override
			public void valueDecoded(final int groupTag, final String name, final int valueTag, final Object value,
					final int index) throws IOException {
				super.valueDecoded(groupTag, name, valueTag, value, index);
				final int n = values.getAndIncrement();
				assertEquals(valueEnds.get(n).intValue(), in.position(), name + " reported at the wrong byte");
				in.moveGate(n + 1 < valueEnds.size() ? valueEnds.get(n + 1).intValue() : data.length);
			}
		};
		final IppMessage message = IppDecoder.decode(in, DecoderLimits.DEFAULTS, recorder);
		assertEquals(DEVICE_EVENTS, recorder.events);
		assertEquals(valueEnds.size(), values.get());
		final IppAttributeGroup first = message.groups(IppTag.PRINTER_ATTRIBUTES).get(0);
		assertEquals(List.of("none", "paused", "custom-reason"), first.getStrings("printer-state-reasons"));
		assertEquals(IppTag.KEYWORD, first.get("printer-state-reasons").tag());
		assertEquals("stationery", ((IppCollection) first.get("media-col").value()).get("media-type").stringValue());
	}

	@Test
	void groupEventsStillComeOnlyWithTheNextDelimiterAndValueEventsDoNotChangeThat() throws IOException {
		// with the gate just after device-location, the value is reported but the group is not (yet)
		final List<Integer> valueEnds = new ArrayList<>();
		final byte[] data = deviceWithSetAndCollection(valueEnds);
		final int locationEnd = valueEnds.get(valueEnds.size() - 2).intValue();
		final GatedInputStream in = new GatedInputStream(data, locationEnd);
		final Recorder recorder = new Recorder();
		final IOException e = assertThrows(IOException.class,
				() -> IppDecoder.decode(in, DecoderLimits.DEFAULTS, recorder));
		assertTrue(e.getMessage().startsWith("read past the gate"), e.getMessage());
		assertEquals(DEVICE_EVENTS.subList(0, DEVICE_EVENTS.indexOf("group printer-attributes-tag 5")),
				recorder.events);
		assertEquals(locationEnd, in.position());
	}

	@Test
	void aSenderStallingAfterAGroupsLastValueDoesNotHoldThatValueBack() throws Exception {
		// what cupsd does in CUPS-Get-Devices: the fast backend's device, then silence until the slow backend answers
		final List<Integer> valueEnds = new ArrayList<>();
		final byte[] data = deviceWithSetAndCollection(valueEnds);
		final int stall = valueEnds.get(valueEnds.size() - 2).intValue(); // right after device-location
		final PipedOutputStream out = new PipedOutputStream();
		final PipedInputStream in = new PipedInputStream(out, 64 * 1024);
		final CountDownLatch location = new CountDownLatch(1);
		final AtomicBoolean released = new AtomicBoolean();
		final Thread writer = new Thread(() -> {
			try (out) {
				out.write(data, 0, stall);
				out.flush();
				released.set(location.await(10, TimeUnit.SECONDS));
				out.write(data, stall, data.length - stall); // late if the value was held back: then fail below
			} catch (IOException | InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "stalling-writer");
		writer.start();
		final List<String> events = new ArrayList<>();
		final IppMessage message = IppDecoder.decode(in, DecoderLimits.DEFAULTS, new IppGroupListener() {
			@Override
			public void groupDecoded(final IppAttributeGroup group) {
				events.add("group");
			}

			@Override
			public void valueDecoded(final int groupTag, final String name, final int valueTag,
					final Object value, final int index) {
				events.add(name);
				if ("device-location".equals(name)) {
					location.countDown(); // only now may the rest of the message arrive
				}
			}
		});
		assertEquals(List.of("attributes-charset", "attributes-natural-language", "group", "device-class",
				"device-uri", "printer-state-reasons", "printer-state-reasons", "printer-state-reasons", "media-col",
				"device-location", "group", "device-uri", "group"), events);
		assertEquals(2, message.groups(IppTag.PRINTER_ATTRIBUTES).size());
		writer.join(10_000);
		assertFalse(writer.isAlive());
		assertTrue(released.get(), "device-location was not reported while the sender stalled after it");
	}

	@Test
	void valueHookExceptionAbortsDecodingAtThatValue() {
		final List<Integer> valueEnds = new ArrayList<>();
		final byte[] data = deviceWithSetAndCollection(valueEnds);
		final GatedInputStream in = new GatedInputStream(data, Integer.MAX_VALUE);
		final IOException e = assertThrows(IOException.class,
				() -> IppDecoder.decode(in, DecoderLimits.DEFAULTS, new IppGroupListener() {
					@Override
					public void groupDecoded(final IppAttributeGroup group) {
						// not reached for the printer group
					}

					@Override
					public void valueDecoded(final int groupTag, final String name, final int valueTag,
							final Object value, final int index) throws IOException {
						if (index == 1) {
							throw new IOException("cancelled at " + name);
						}
					}
				}));
		assertEquals("cancelled at printer-state-reasons", e.getMessage());
		assertEquals(valueEnds.get(5).intValue(), in.position()); // nothing read after the rejected value
	}

	@Test
	void aValueOverTheLimitIsNeverReported() {
		final List<Integer> valueEnds = new ArrayList<>();
		final byte[] data = deviceWithSetAndCollection(valueEnds);
		final Recorder recorder = new Recorder();
		final MalformedIppException e = assertInstanceOf(MalformedIppException.class,
				assertThrows(IOException.class, () -> IppDecoder.decode(new GatedInputStream(data, data.length),
						new DecoderLimits(100, 100, 2, 4, 1 << 20), recorder)));
		assertTrue(e.getMessage().contains("more than 2 values"), e.getMessage());
		assertEquals(DEVICE_EVENTS.subList(0, DEVICE_EVENTS.indexOf("printer-state-reasons[2] nameWithoutLanguage custom-reason")),
				recorder.events);
	}

	@Test
	void aPlainGroupLambdaStillWorksAndHearsNoValues() throws IOException {
		final List<Integer> valueEnds = new ArrayList<>();
		final byte[] data = deviceWithSetAndCollection(valueEnds);
		final List<IppAttributeGroup> groups = new ArrayList<>();
		final IppMessage message = IppDecoder.decode(new GatedInputStream(data, data.length), DecoderLimits.DEFAULTS,
				groups::add);
		assertEquals(message.groups(), groups);
	}
}
