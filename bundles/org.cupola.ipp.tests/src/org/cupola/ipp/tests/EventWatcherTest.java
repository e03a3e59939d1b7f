package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.UserPreferences;
import org.cupola.ipp.events.AutoResume;
import org.cupola.ipp.events.EventWatcher;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.QueueEvent.Kind;
import org.cupola.ipp.events.QueueHistory;
import org.cupola.ipp.events.StopExplainer;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queue events and histories from real state changes of a private cupsd: a paused queue, a completed job, a backend
 * that fails (the history says which job and what the backend said, and still does after a restart), a server that
 * goes away and comes back, and a queue that resumes by itself once its device answers again.
 */
class EventWatcherTest {

	/** A failsafe only (the test fails instead of hanging), not a timing expectation. */
	private static final long DEADLINE_SECONDS = 90;

	@TempDir
	Path dir;

	private CupsSandbox sandbox;
	private CupsConnection admin;
	private EventWatcher watcher;
	private final BlockingQueue<QueueEvent> events = new LinkedBlockingQueue<>();
	private final List<QueueEvent> unclaimed = new java.util.ArrayList<>(); // received, not yet awaited

	@BeforeEach
	void start() {
		sandbox = CupsSandbox.start(true);
		admin = new CupsConnection(sandbox.server(), null, null);
		admin.setCredentials(sandbox.adminCredentials());
	}

	@AfterEach
	void stop() {
		if (watcher != null) {
			watcher.stop();
		}
		admin.close();
		sandbox.close();
	}

	private QueueHistory watch(boolean asAdmin) throws InterruptedException {
		QueueHistory history = new QueueHistory(dir.resolve("history"), 50); //$NON-NLS-1$
		watcher = new EventWatcher(sandbox.server(), Duration.ofSeconds(2), history);
		if (asAdmin) {
			watcher.setCredentials(sandbox.adminCredentials());
		}
		watcher.addListener(events::add);
		watcher.start();
		// the first snapshot is the baseline; wait until the watcher took it
		for (int i = 0; i < DEADLINE_SECONDS * 10 && !watcher.isBaselined(); i++) {
			Thread.sleep(100);
		}
		assertTrue(watcher.isBaselined(), "no first snapshot"); //$NON-NLS-1$
		assertTrue(watcher.isSubscribed(), "the sandbox lets this client subscribe"); //$NON-NLS-1$
		return history;
	}

	/**
	 * The first event, in the order the watcher reported them, that matches and was not returned before; events
	 * that did not match stay for later waits (one snapshot may report a stop before the attention that caused it).
	 */
	private QueueEvent await(Predicate<QueueEvent> what, String description) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
		for (java.util.Iterator<QueueEvent> it = unclaimed.iterator(); it.hasNext();) {
			QueueEvent e = it.next();
			if (what.test(e)) {
				it.remove();
				return e;
			}
		}
		while (System.nanoTime() < end) {
			QueueEvent e = events.poll(1, TimeUnit.SECONDS);
			if (e != null) {
				if (what.test(e)) {
					return e;
				}
				unclaimed.add(e);
			}
		}
		StringBuilder seen = new StringBuilder();
		unclaimed.forEach(e -> seen.append(e.toJson()).append('\n'));
		throw new AssertionError("no event " + description + "; seen:\n" + seen); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private int print(String queue) throws Exception {
		return admin.printJob(queue, "events test", "text/plain", //$NON-NLS-1$ //$NON-NLS-2$
				new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
	}

	@Test
	void pausingAndResumingAQueueAreEvents() throws Exception {
		QueueHistory history = watch(false);
		admin.pausePrinter("null", "paused by EventWatcherTest", null); //$NON-NLS-1$ //$NON-NLS-2$
		QueueEvent stop = await(e -> e.kind() == Kind.QUEUE_STOPPED && "null".equals(e.queue()), "stopped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("paused by EventWatcherTest", stop.message()); //$NON-NLS-1$
		assertTrue(stop.reasons().contains("paused"), stop.reasons()::toString); //$NON-NLS-1$
		assertEquals(0, stop.jobId());
		String sentence = StopExplainer.explain(history.read(sandbox.server().hostAndPort(), "null"), //$NON-NLS-1$
				ZoneId.systemDefault()).orElseThrow();
		assertTrue(sentence.startsWith("Stopped at ") && sentence.endsWith(": paused by EventWatcherTest"), sentence); //$NON-NLS-1$ //$NON-NLS-2$
		admin.resumePrinter("null", null); //$NON-NLS-1$
		await(e -> e.kind() == Kind.QUEUE_RESUMED && "null".equals(e.queue()), "resumed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(StopExplainer.explain(history.read(sandbox.server().hostAndPort(), "null"), ZoneId.systemDefault()) //$NON-NLS-1$
				.isEmpty(), "a resumed queue is not explained as stopped"); //$NON-NLS-1$
	}

	@Test
	void aCompletedJobIsAnEvent() throws Exception {
		watch(true); // as the job's owner: CUPS hides other users' job names (JobPrivateValues)
		int id = print("null"); //$NON-NLS-1$
		QueueEvent done = await(e -> e.kind() == Kind.JOB_COMPLETED && e.jobId() == id, "job completed"); //$NON-NLS-1$
		assertEquals("null", done.queue()); //$NON-NLS-1$
		assertEquals("events test", done.jobName()); //$NON-NLS-1$
	}

	@Test
	void theHistoryExplainsAStopByAFailingBackendAndSurvivesARestart() throws Exception {
		QueueHistory history = watch(true);
		int id = print("broken"); // socket://127.0.0.1:1, nothing listens; error policy stop-printer //$NON-NLS-1$
		QueueEvent stop = await(e -> e.kind() == Kind.QUEUE_STOPPED && "broken".equals(e.queue()), "stopped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(id, stop.jobId(), stop::toJson);
		assertNotNull(stop.cause(), stop::toJson);
		assertTrue(stop.cause().startsWith("backend socket exited with status 1 ("), stop::toJson); //$NON-NLS-1$
		assertTrue(stop.cause().contains("not responding"), stop::toJson); //$NON-NLS-1$
		assertTrue(stop.log().stream().anyMatch(l -> l.contains("[Job " + id + "] Backend returned status 1")), //$NON-NLS-1$ //$NON-NLS-2$
				stop::toJson);
		watcher.stop();
		watcher = null;

		// another process, later: a new history object reads the same files
		QueueHistory again = new QueueHistory(history.directory(), 50);
		List<QueueEvent> read = again.read(sandbox.server().hostAndPort(), "broken"); //$NON-NLS-1$
		String sentence = StopExplainer.explain(read, ZoneId.systemDefault()).orElseThrow();
		assertTrue(sentence.matches("Stopped at \\d\\d:\\d\\d after job " + id //$NON-NLS-1$
				+ " failed: backend socket exited with status 1 \\(.*not responding.*\\)"), sentence); //$NON-NLS-1$
	}

	@Test
	void withoutTheLogTheStateMessageExplainsTheStop() throws Exception {
		QueueHistory history = watch(false);
		int id = print("broken"); //$NON-NLS-1$
		QueueEvent stop = await(e -> e.kind() == Kind.QUEUE_STOPPED && "broken".equals(e.queue()), "stopped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(id, stop.jobId(), stop::toJson);
		assertTrue(stop.log().isEmpty(), "no log without an administrator"); //$NON-NLS-1$
		String sentence = StopExplainer.explain(history.read(sandbox.server().hostAndPort(), "broken"), //$NON-NLS-1$
				ZoneId.systemDefault()).orElseThrow();
		assertTrue(sentence.contains("after job " + id + " failed: ") && sentence.contains("not responding"), sentence); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aServerThatGoesAwayAndComesBackIsTwoEvents() throws Exception {
		QueueHistory history = watch(false);
		sandbox.kill();
		QueueEvent gone = await(e -> e.kind() == Kind.SERVER_GONE, "server gone"); //$NON-NLS-1$
		assertEquals(null, gone.queue());
		sandbox.restart();
		await(e -> e.kind() == Kind.SERVER_BACK, "server back"); //$NON-NLS-1$
		List<QueueEvent> server = history.read(sandbox.server().hostAndPort(), null);
		assertEquals(List.of(Kind.SERVER_GONE, Kind.SERVER_BACK), server.stream().map(QueueEvent::kind).toList());
	}

	@Test
	void aQueueChosenForAutoResumeResumesOnceItsDeviceAnswers() throws Exception {
		int port = CupsSandbox.freePort();
		admin.addModifyPrinter("flaky", PrinterSettings.builder() //$NON-NLS-1$
				.deviceUri("socket://127.0.0.1:" + port + "/?contimeout=1") //$NON-NLS-1$ //$NON-NLS-2$
				.ppdName("lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd").errorPolicy("stop-printer") //$NON-NLS-1$ //$NON-NLS-2$
				.enabled(Boolean.TRUE).acceptingJobs(Boolean.TRUE).build(), null);
		UserPreferences prefs = new UserPreferences(dir.resolve("preferences.properties")); //$NON-NLS-1$
		AutoResume policy = new AutoResume(prefs, sandbox.server().hostAndPort(), AutoResume.TCP_PROBE);
		policy.setEnabled("flaky", true); //$NON-NLS-1$
		assertTrue(new AutoResume(prefs, sandbox.server().hostAndPort(), AutoResume.TCP_PROBE).isEnabled("flaky")); //$NON-NLS-1$
		watch(true);
		watcher.setAutoResume(policy);
		print("flaky"); //$NON-NLS-1$
		await(e -> e.kind() == Kind.QUEUE_STOPPED && "flaky".equals(e.queue()), "stopped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(events.stream().anyMatch(e -> e.kind() == Kind.QUEUE_RESUMED), "nothing answers yet"); //$NON-NLS-1$
		try (ServerSocket device = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
			QueueEvent resumed = await(e -> e.kind() == Kind.QUEUE_RESUMED && "flaky".equals(e.queue()), "resumed"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(resumed.cause() != null && resumed.cause().contains("automatically"), resumed::toJson); //$NON-NLS-1$
		}
	}

	@Test
	void aPrinterOutOfPaperNeedsAttentionAndItsBackendsWordsExplainTheStop() throws Exception {
		// sandboxjam (releng/cups-sandbox/backends): STATE: +media-empty-error, "ERROR: sandboxjam: connection
		// refused", exit 1
		admin.addModifyPrinter("jam", PrinterSettings.builder().deviceUri("sandboxjam:/tray1") //$NON-NLS-1$ //$NON-NLS-2$
				.ppdName("lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd").errorPolicy("stop-printer") //$NON-NLS-1$ //$NON-NLS-2$
				.enabled(Boolean.TRUE).acceptingJobs(Boolean.TRUE).build(), null);
		QueueHistory history = watch(true);
		int id = print("jam"); //$NON-NLS-1$
		QueueEvent attention = await(e -> e.kind() == Kind.PRINTER_ATTENTION && "jam".equals(e.queue()), //$NON-NLS-1$
				"needs attention"); //$NON-NLS-1$
		assertEquals(List.of("media-empty-error"), attention.reasons()); //$NON-NLS-1$
		QueueEvent stop = await(e -> e.kind() == Kind.QUEUE_STOPPED && "jam".equals(e.queue()), "stopped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(id, stop.jobId(), stop::toJson);
		assertEquals("backend sandboxjam exited with status 1 (sandboxjam: connection refused)", stop.cause(), //$NON-NLS-1$
				stop::toJson);
		List<Kind> kinds = history.read(sandbox.server().hostAndPort(), "jam").stream().map(QueueEvent::kind) //$NON-NLS-1$
				.toList();
		assertTrue(kinds.indexOf(Kind.PRINTER_ATTENTION) >= 0 && kinds.indexOf(Kind.QUEUE_STOPPED) >= 0, kinds::toString);
	}

	@Test
	void theHistoryIsBoundedAndKeepsTheNewest() throws Exception {
		QueueHistory history = new QueueHistory(dir.resolve("bounded"), 5); //$NON-NLS-1$
		for (int i = 1; i <= 23; i++) {
			history.append(new QueueEvent(java.time.Instant.ofEpochSecond(i), "h:1", "q", Kind.JOB_COMPLETED, null, //$NON-NLS-1$ //$NON-NLS-2$
					"m\"" + i + "\n", i, "u", "n", null, List.of("E [x] [Job " + i + "] ü"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		}
		long lines = java.nio.file.Files.readAllLines(history.file("h:1", "q")).size(); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(lines <= 6, "file lines: " + lines); //$NON-NLS-1$
		List<QueueEvent> read = new QueueHistory(history.directory(), 5).read("h:1", "q"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(19, 20, 21, 22, 23), read.stream().map(QueueEvent::jobId).toList());
		assertEquals("m\"23\n", read.get(4).message()); //$NON-NLS-1$
		assertEquals(List.of("E [x] [Job 23] ü"), read.get(4).log()); //$NON-NLS-1$
	}
}
