package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.cupola.ipp.Job;
import org.cupola.ipp.Printer;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.events.EventTracker;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.QueueEvent.Kind;
import org.cupola.ipp.events.StopExplainer;
import org.junit.jupiter.api.Test;

/**
 * The snapshot comparison behind queue events, for states a private cupsd does not reach on its own (a job held for
 * authentication, a printer's own reasons with their severity suffixes), and the rule that a stop is blamed only on
 * the job that was printing then.
 */
class EventTrackerTest {

	private static Printer printer(String name, int state, String message, String... reasons) {
		IppAttributeGroup.Builder b = IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-name", IppTag.NAME, name) //$NON-NLS-1$
				.add("printer-state", IppTag.ENUM, Integer.valueOf(state)) //$NON-NLS-1$
				.add("printer-state-reasons", IppTag.KEYWORD, (Object[]) (reasons.length == 0 ? new String[] { "none" } : reasons)); //$NON-NLS-1$ //$NON-NLS-2$
		if (message != null) {
			b.add("printer-state-message", IppTag.TEXT, message); //$NON-NLS-1$
		}
		return new Printer(b.build());
	}

	private static Job job(int id, String queue, int state, String... reasons) {
		return new Job(IppAttributeGroup.builder(IppTag.JOB_ATTRIBUTES).add("job-id", IppTag.INTEGER, Integer.valueOf(id)) //$NON-NLS-1$
				.add("job-printer-uri", IppTag.URI, "ipp://h/printers/" + queue) //$NON-NLS-1$ //$NON-NLS-2$
				.add("job-state", IppTag.ENUM, Integer.valueOf(state)) //$NON-NLS-1$
				.add("job-originating-user-name", IppTag.NAME, "me") //$NON-NLS-1$ //$NON-NLS-2$
				.add("job-state-reasons", IppTag.KEYWORD, (Object[]) (reasons.length == 0 ? new String[] { "none" } : reasons)) //$NON-NLS-1$ //$NON-NLS-2$
				.build());
	}

	private static List<Kind> kinds(List<QueueEvent> events) {
		return events.stream().map(QueueEvent::kind).toList();
	}

	@Test
	void theFirstSnapshotIsTheBaseline() {
		EventTracker t = new EventTracker("h:1"); //$NON-NLS-1$
		assertEquals(List.of(), t.update(List.of(printer("q", 5, "stopped long ago", "paused")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(job(1, "q", 4, EventTracker.HELD_FOR_AUTH)), List.of(), Instant.now())); //$NON-NLS-1$
	}

	@Test
	void aJobHeldForAuthenticationIsAnEventOnce() {
		EventTracker t = new EventTracker("h:1"); //$NON-NLS-1$
		List<Printer> queues = List.of(printer("q", 3, null)); //$NON-NLS-1$
		t.update(queues, List.of(job(1, "q", 3)), List.of(), Instant.now()); //$NON-NLS-1$
		List<QueueEvent> held = t.update(queues, List.of(job(1, "q", 4, EventTracker.HELD_FOR_AUTH)), List.of(), //$NON-NLS-1$
				Instant.now());
		assertEquals(List.of(Kind.JOB_HELD_AUTH), kinds(held));
		assertEquals("me", held.get(0).jobUser()); //$NON-NLS-1$
		assertEquals(List.of(), t.update(queues, List.of(job(1, "q", 4, EventTracker.HELD_FOR_AUTH)), List.of(), //$NON-NLS-1$
				Instant.now()));
	}

	@Test
	void attentionIsAboutWarningsAndErrorsNotReports() {
		EventTracker t = new EventTracker("h:1"); //$NON-NLS-1$
		t.update(List.of(printer("q", 3, null)), List.of(), List.of(), Instant.now()); //$NON-NLS-1$
		assertEquals(List.of(), t.update(List.of(printer("q", 3, null, "toner-low-report")), List.of(), List.of(), //$NON-NLS-1$ //$NON-NLS-2$
				Instant.now()));
		List<QueueEvent> e = t.update(List.of(printer("q", 3, "Tray 1 empty", "toner-low-report", "media-empty-error")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List.of(), List.of(), Instant.now());
		assertEquals(List.of(Kind.PRINTER_ATTENTION), kinds(e));
		assertEquals(List.of("media-empty-error"), e.get(0).reasons()); //$NON-NLS-1$
		assertEquals(List.of(Kind.ATTENTION_CLEARED),
				kinds(t.update(List.of(printer("q", 3, null)), List.of(), List.of(), Instant.now()))); //$NON-NLS-1$
	}

	@Test
	void aStopIsBlamedOnTheJobThatWasPrintingAndNotOnAnEarlierOne() {
		EventTracker t = new EventTracker("h:1"); //$NON-NLS-1$
		t.update(List.of(printer("q", 3, null)), List.of(), List.of(), Instant.now()); //$NON-NLS-1$
		t.update(List.of(printer("q", 4, null)), List.of(job(5, "q", 5)), List.of(), Instant.now()); //$NON-NLS-1$ //$NON-NLS-2$
		List<QueueEvent> done = t.update(List.of(printer("q", 3, null)), List.of(), List.of(job(5, "q", 9)), //$NON-NLS-1$ //$NON-NLS-2$
				Instant.now());
		assertEquals(List.of(Kind.JOB_COMPLETED), kinds(done));
		// later a person pauses the idle queue: no job is to blame
		List<QueueEvent> paused = t.update(List.of(printer("q", 5, "maintenance", "paused")), List.of(), List.of(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Instant.now());
		assertEquals(List.of(Kind.QUEUE_STOPPED), kinds(paused));
		assertEquals(0, paused.get(0).jobId());
		assertEquals("maintenance", paused.get(0).message()); //$NON-NLS-1$

		t.update(List.of(printer("q", 3, null)), List.of(), List.of(), Instant.now()); //$NON-NLS-1$
		t.update(List.of(printer("q", 4, null)), List.of(job(6, "q", 5)), List.of(), Instant.now()); //$NON-NLS-1$ //$NON-NLS-2$
		// stop-printer: the failed job goes back to pending and the queue stops
		List<QueueEvent> failed = t.update(List.of(printer("q", 5, "The printer is not responding.", "paused")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(job(6, "q", 3)), List.of(), Instant.now()); //$NON-NLS-1$
		assertEquals(List.of(Kind.QUEUE_STOPPED), kinds(failed));
		assertEquals(6, failed.get(0).jobId());
	}

	@Test
	void theJobsLogLinesKeepNoPasswordOfADeviceUri() {
		List<String> lines = StopExplainer.jobLines(List.of(
				"E [03/Dec/2026:12:38:33 +0000] [Job 7] Unable to connect to smb://alice:s3cret@files/laser", //$NON-NLS-1$
				"E [03/Dec/2026:12:38:33 +0000] [Job 8] another job", //$NON-NLS-1$
				"D [03/Dec/2026:12:38:33 +0000] [Job 7] debug is left out"), 7); //$NON-NLS-1$
		assertEquals(List.of("E [03/Dec/2026:12:38:33 +0000] [Job 7] Unable to connect to smb://***@files/laser"), //$NON-NLS-1$
				lines);
	}

	@Test
	void aServerThatNeverAnsweredIsNoNewsWhenItDoes() {
		EventTracker t = new EventTracker("h:1"); //$NON-NLS-1$
		assertTrue(t.serverDown(Instant.now(), "refused").isEmpty()); //$NON-NLS-1$
		assertEquals(List.of(), t.update(List.of(), List.of(), List.of(), Instant.now()));
	}

	@Test
	void aServerThatGoesAwayIsOneEventAndItsReturnAnother() {
		EventTracker t = new EventTracker("h:1"); //$NON-NLS-1$
		t.update(List.of(), List.of(), List.of(), Instant.now());
		assertEquals(List.of(Kind.SERVER_GONE), kinds(t.serverDown(Instant.now(), "refused"))); //$NON-NLS-1$
		assertTrue(t.serverDown(Instant.now(), "refused").isEmpty()); //$NON-NLS-1$
		assertEquals(List.of(Kind.SERVER_BACK), kinds(t.update(List.of(), List.of(), List.of(), Instant.now())));
	}
}
