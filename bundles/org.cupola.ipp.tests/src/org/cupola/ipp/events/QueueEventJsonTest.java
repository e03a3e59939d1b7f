package org.cupola.ipp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link QueueEvent}'s JSON line, now written and read by the core's one JSON reader and writer: every member survives,
 * absent members are left out, and lines that are not events are refused.
 */
class QueueEventJsonTest {

	@Test
	void everyMemberRoundTrips() {
		QueueEvent e = new QueueEvent(Instant.parse("2026-12-03T14:00:00Z"), "localhost:631", "q\"1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				QueueEvent.Kind.QUEUE_STOPPED, List.of("paused", "other\nline"), "msg\u2028\t\\", 42, "ann", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"doc \ud83d\udda8", "backend exited", List.of("E [x] one", "E [x] two")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String line = e.toJson();
		assertFalse(line.contains("\n"), line); //$NON-NLS-1$
		assertEquals(e, QueueEvent.fromJson(line));
	}

	@Test
	void absentMembersAreLeftOut() {
		QueueEvent e = new QueueEvent(Instant.parse("2026-12-03T14:00:00Z"), "localhost:631", null, //$NON-NLS-1$ //$NON-NLS-2$
				QueueEvent.Kind.SERVER_GONE, null, null, 0, null, null, null, null);
		String line = e.toJson();
		assertEquals("{\"time\":\"2026-12-03T14:00:00Z\",\"server\":\"localhost:631\",\"kind\":\"SERVER_GONE\",\"reasons\":[]}", //$NON-NLS-1$
				line);
		assertEquals(e, QueueEvent.fromJson(line));
	}

	@Test
	void notAnEventIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> QueueEvent.fromJson("{\"time\":\"x\"")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> QueueEvent.fromJson("[1]")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> QueueEvent
				.fromJson("{\"time\":\"2026-12-03T14:00:00Z\",\"server\":\"s\",\"kind\":\"SERVER_GONE\",\"reasons\":[1]}")); //$NON-NLS-1$
	}
}
