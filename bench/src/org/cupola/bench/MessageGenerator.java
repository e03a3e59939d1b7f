package org.cupola.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cupola.ipp.codec.IntRange;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppCollection;
import org.cupola.ipp.codec.IppDateTime;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.codec.OutOfBand;
import org.cupola.ipp.codec.Resolution;
import org.cupola.ipp.codec.TextWithLanguage;

/**
 * Generates random, valid IPP messages covering every value type, 1setOf and nested collections.
 */
final class MessageGenerator {

	private static final int[] GROUP_TAGS = { IppTag.JOB_ATTRIBUTES, IppTag.PRINTER_ATTRIBUTES,
			IppTag.UNSUPPORTED_ATTRIBUTES, IppTag.SUBSCRIPTION_ATTRIBUTES, IppTag.EVENT_NOTIFICATION_ATTRIBUTES,
			IppTag.DOCUMENT_ATTRIBUTES, IppTag.SYSTEM_ATTRIBUTES };
	private static final int[] STRING_TAGS = { IppTag.TEXT, IppTag.NAME, IppTag.KEYWORD, IppTag.URI,
			IppTag.URI_SCHEME, IppTag.CHARSET, IppTag.NATURAL_LANGUAGE, IppTag.MIME_MEDIA_TYPE };
	private static final String[] WORDS = { "printer-name", "media", "socket", "en-US", "ipp://127.0.0.1/printers/x",
			"application/pdf", "utf-8", "none", "media-col", "x", "\u00e9t\u00e9", "Foo Bar/1" };

	private final Random random;

	MessageGenerator(final Random random) {
		this.random = random;
	}

	IppMessage message() {
		final boolean ipp11 = random.nextInt(4) == 0;
		final IppMessage.Builder builder = IppMessage.response(random.nextInt(0x10000), random.nextInt())
				.version(ipp11 ? 1 : 2, ipp11 ? 1 : random.nextInt(3));
		final int groups = random.nextInt(5);
		for (int g = 0; g < groups; g++) {
			builder.group(GROUP_TAGS[random.nextInt(GROUP_TAGS.length)]);
			final int attributes = random.nextInt(8);
			for (int a = 0; a < attributes; a++) {
				builder.attribute(attribute(0));
			}
		}
		return builder.build();
	}

	/** Builds one printer group like those of a CUPS-Get-Printers response. */
	IppAttributeGroup printer(final int index) {
		final String name = "printer-" + index;
		return IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-name", IppTag.NAME, name)
				.add("printer-uri-supported", IppTag.URI, "ipp://localhost:631/printers/" + name)
				.add("uri-security-supported", IppTag.KEYWORD, "none")
				.add("printer-state", IppTag.ENUM, 3 + index % 3)
				.add("printer-state-reasons", IppTag.KEYWORD, "none")
				.add("printer-state-message", IppTag.TEXT, "")
				.add("printer-is-accepting-jobs", IppTag.BOOLEAN, Boolean.TRUE)
				.add("printer-is-shared", IppTag.BOOLEAN, Boolean.FALSE)
				.add("printer-info", IppTag.TEXT, "Printer number " + index)
				.add("printer-location", IppTag.TEXT, "Building " + index / 50 + ", floor " + index % 7)
				.add("printer-make-and-model", IppTag.TEXT, "Generic PDF Printer")
				.add("device-uri", IppTag.URI, "socket://10.0." + index / 250 + "." + index % 250 + ":9100")
				.add("printer-type", IppTag.ENUM, 0x0100_9000)
				.add("printer-up-time", IppTag.INTEGER, 1_700_000_000 + index)
				.add("printer-state-change-time", IppTag.INTEGER, 1_700_000_000)
				.add("queued-job-count", IppTag.INTEGER, index % 4)
				.add("job-sheets-default", IppTag.NAME, "none", "none")
				.add("media-supported", IppTag.KEYWORD, "iso_a4_210x297mm", "na_letter_8.5x11in", "na_legal_8.5x14in",
						"iso_a5_148x210mm", "om_small-photo_100x150mm")
				.add("printer-resolution-supported", IppTag.RESOLUTION, new Resolution(300, 300, 3),
						new Resolution(600, 600, 3))
				.add("copies-supported", IppTag.RANGE_OF_INTEGER, new IntRange(1, 9999))
				.add("printer-current-time", IppTag.DATE_TIME,
						IppDateTime.of(OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC)))
				.add("media-col-default", IppTag.BEGIN_COLLECTION,
						IppCollection.of(IppAttribute.of("media-size", IppTag.BEGIN_COLLECTION,
								IppCollection.of(IppAttribute.of("x-dimension", IppTag.INTEGER, 21000),
										IppAttribute.of("y-dimension", IppTag.INTEGER, 29700))),
								IppAttribute.of("media-source", IppTag.KEYWORD, "auto")))
				.build();
	}

	private IppAttribute attribute(final int depth) {
		final String name = WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "" : "-" + random.nextInt(9));
		final int kind = random.nextInt(depth < 4 ? 13 : 12);
		final int count = random.nextInt(6) == 0 ? 1 + random.nextInt(5) : 1;
		final List<Object> values = new ArrayList<>();
		int tag = IppTag.INTEGER;
		for (int i = 0; i < count; i++) {
			switch (kind) {
				case 0 -> {
					tag = random.nextBoolean() ? IppTag.INTEGER : IppTag.ENUM;
					values.add(Integer.valueOf(random.nextInt()));
				}
				case 1 -> {
					tag = IppTag.BOOLEAN;
					values.add(Boolean.valueOf(random.nextBoolean()));
				}
				case 2, 3 -> {
					tag = STRING_TAGS[random.nextInt(STRING_TAGS.length)];
					values.add(WORDS[random.nextInt(WORDS.length)]);
				}
				case 4 -> {
					tag = IppTag.OCTET_STRING;
					final byte[] bytes = new byte[random.nextInt(20)];
					random.nextBytes(bytes);
					values.add(bytes);
				}
				case 5 -> {
					tag = IppTag.DATE_TIME;
					values.add(IppDateTime.of(OffsetDateTime.of(1970 + random.nextInt(100), 1 + random.nextInt(12),
							1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), 0,
							ZoneOffset.ofHours(random.nextInt(27) - 12))));
				}
				case 6 -> {
					tag = IppTag.RESOLUTION;
					values.add(new Resolution(random.nextInt(2400), random.nextInt(2400), 3 + random.nextInt(2)));
				}
				case 7 -> {
					tag = IppTag.RANGE_OF_INTEGER;
					values.add(new IntRange(random.nextInt(100), random.nextInt(10000)));
				}
				case 8 -> {
					tag = random.nextBoolean() ? IppTag.TEXT_WITH_LANGUAGE : IppTag.NAME_WITH_LANGUAGE;
					values.add(new TextWithLanguage("en-US", WORDS[random.nextInt(WORDS.length)]));
				}
				case 9 -> {
					tag = IppTag.NO_VALUE + random.nextInt(5);
					values.add(OutOfBand.of(tag));
				}
				case 10 -> {
					tag = 0x5F;
					values.add(new byte[] { (byte) random.nextInt(), 1, 2 });
				}
				case 11 -> {
					tag = IppTag.KEYWORD;
					values.add("k" + random.nextInt(1000));
				}
				default -> {
					tag = IppTag.BEGIN_COLLECTION;
					final int members = random.nextInt(4);
					final List<IppAttribute> list = new ArrayList<>();
					for (int m = 0; m < members; m++) {
						list.add(attribute(depth + 1));
					}
					values.add(new IppCollection(list));
				}
			}
		}
		return new IppAttribute(name, tag, values);
	}
}
