package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.QueueHistory;
import org.cupola.ipp.events.StopExplainer;
import org.cupola.testing.CupsSandbox;
import org.cupola.troubleshoot.DiagnoseCommand;
import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.troubleshoot.Troubleshooter.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The QueueNotEnabled step tells why the queue stopped when the user's queue history (kept by the GUI) recorded it,
 * in the wizard's finding and in the headless report of {@code cupola diagnose}; without a history it says what it
 * said before.
 */
class QueueHistoryStepTest {

	private final CupsSandbox sandbox = CupsSandbox.shared();

	@AfterEach
	void forget() throws Exception {
		Files.deleteIfExists(QueueHistory.getDefault().file(sandbox.server().hostAndPort(), "paused")); //$NON-NLS-1$
	}

	private QueueEvent recordStop() throws Exception {
		QueueEvent stop = new QueueEvent(Instant.now(), sandbox.server().hostAndPort(), "paused", //$NON-NLS-1$
				QueueEvent.Kind.QUEUE_STOPPED, List.of("paused"), "The printer is not responding.", 812, "me", "doc", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"backend socket exited with status 1 (The printer is not responding.)", List.of()); //$NON-NLS-1$
		QueueHistory.getDefault().append(stop);
		return stop;
	}

	@Test
	void theFindingSaysWhyTheQueueStopped() throws Exception {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, "paused"); //$NON-NLS-1$
			assertEquals(Status.DEAD_END, t.next(null));
			assertFalse(t.deadEnd().explanation().contains("queue history"), "no history yet"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		QueueEvent stop = recordStop();
		String sentence = StopExplainer.sentence(stop, ZoneId.systemDefault());
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, "paused"); //$NON-NLS-1$
			assertEquals(Status.DEAD_END, t.next(null));
			Finding f = t.deadEnd();
			assertEquals("QueueNotEnabled", f.id()); //$NON-NLS-1$
			assertTrue(f.explanation().contains("Cupola's queue history: " + sentence), f.explanation()); //$NON-NLS-1$
			assertTrue(sentence.endsWith(
					" after job 812 failed: backend socket exited with status 1 (The printer is not responding.)"), //$NON-NLS-1$
					sentence);
		}
	}

	@Test
	void theHeadlessReportSaysWhyTheQueueStopped() throws Exception {
		QueueEvent stop = recordStop();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		new DiagnoseCommand().withConsole(null).withOptions(TestSupport.OPTIONS)
				.withTestPageTimeout(Duration.ofSeconds(30))
				.run(new String[] { "--server", sandbox.server().hostAndPort(), "--printer", "paused" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
		String report = out.toString(StandardCharsets.UTF_8);
		assertTrue(report.contains(StopExplainer.sentence(stop, ZoneId.systemDefault())), report + err);
	}
}
