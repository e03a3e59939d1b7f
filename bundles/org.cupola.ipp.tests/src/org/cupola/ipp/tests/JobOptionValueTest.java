package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.JobOptionValue;
import org.cupola.ipp.Printer;
import org.cupola.ipp.QueueAttributes;
import org.cupola.ipp.QueueSetting;
import org.cupola.ipp.codec.IntRange;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.codec.Resolution;
import org.junit.jupiter.api.Test;

/** The typed view of job-option values and queue settings that the UI uses instead of the codec: no server needed. */
class JobOptionValueTest {

	private static final Printer PRINTER = new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
			.add("printer-name", IppTag.NAME, "p") //$NON-NLS-1$ //$NON-NLS-2$
			.add("copies-supported", IppTag.RANGE_OF_INTEGER, new IntRange(1, 999)) //$NON-NLS-1$
			.add("number-up-supported", IppTag.INTEGER, Integer.valueOf(1), Integer.valueOf(2)) //$NON-NLS-1$
			.add("printer-resolution-supported", IppTag.RESOLUTION, new Resolution(600, 600, Resolution.DOTS_PER_INCH), //$NON-NLS-1$
					new Resolution(300, 150, Resolution.DOTS_PER_CM))
			.add("media-default", IppTag.NO_VALUE) //$NON-NLS-1$
			.add("sides-supported", IppTag.KEYWORD, "one-sided", "two-sided-long-edge") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			.build());

	@Test
	void readsRangesIntegersResolutionsAndKeywordsWithoutOutOfBandValues() {
		JobOptionValue copies = JobOptionValue.of(PRINTER, "copies-supported").get(0); //$NON-NLS-1$
		assertTrue(copies.isRange());
		assertEquals(1, copies.lower());
		assertEquals(999, copies.upper());
		assertNull(copies.integer());

		List<JobOptionValue> up = JobOptionValue.of(PRINTER, "number-up-supported"); //$NON-NLS-1$
		assertEquals(List.of(JobOptionValue.of(1), JobOptionValue.of(2)), up, "a spinner's value equals the server's"); //$NON-NLS-1$
		assertEquals(Integer.valueOf(2), up.get(1).integer());
		assertThrows(IllegalStateException.class, () -> up.get(0).lower());

		List<JobOptionValue> res = JobOptionValue.of(PRINTER, "printer-resolution-supported"); //$NON-NLS-1$
		assertTrue(res.get(0).isResolution());
		assertEquals(600, res.get(0).crossFeed());
		assertFalse(res.get(0).perCentimetre());
		assertEquals(150, res.get(1).feed());
		assertTrue(res.get(1).perCentimetre());

		assertEquals(List.of(), JobOptionValue.of(PRINTER, "media-default"), "no-value is left out"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), JobOptionValue.of(PRINTER, "absent")); //$NON-NLS-1$
		assertEquals(List.of("one-sided", "two-sided-long-edge"), PRINTER.strings("sides-supported")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(), PRINTER.strings("media-default")); //$NON-NLS-1$
		assertEquals("p", Printer.named("p").name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void settingsCarryTheNameAndRefuseAWrongResolution() {
		JobOptionValue res = JobOptionValue.of(PRINTER, "printer-resolution-supported").get(0); //$NON-NLS-1$
		assertEquals("printer-resolution-default", //$NON-NLS-1$
				QueueSetting.resolution("printer-resolution-default", res).name()); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class,
				() -> QueueSetting.resolution("printer-resolution-default", JobOptionValue.of(3))); //$NON-NLS-1$
		assertEquals(QueueSetting.integer("copies-default", 2), QueueSetting.integer("copies-default", 2)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("sides-default", QueueAttributes.reset("sides-default").name()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
