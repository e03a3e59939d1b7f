package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.testing.CupsSandbox;
import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.FixResult;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.troubleshoot.Troubleshooter.Status;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests that change the server (fixes, test pages on the broken queue, cupsd.conf): a sandbox of their own. */
class OwnSandboxTest {

	private static final String SECRET_QUEUE = "secret"; //$NON-NLS-1$
	private static CupsSandbox sandbox;
	private static CupsConnection admin;

	@BeforeAll
	static void start() throws Exception {
		sandbox = CupsSandbox.start(true);
		admin = new CupsConnection(sandbox.server(), TestSupport.OPTIONS, null);
		admin.setCredentials(sandbox.adminCredentials());
		admin.addModifyPrinter(SECRET_QUEUE,
				PrinterSettings.builder().deviceUri("ipp://bob:s3cret@127.0.0.1:1/ipp/print") //$NON-NLS-1$
						.ppdName("lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd").info("Has a password") //$NON-NLS-1$ //$NON-NLS-2$
						.enabled(Boolean.TRUE).acceptingJobs(Boolean.TRUE).build(),
				null);
	}

	@AfterAll
	static void stop() {
		if (admin != null) {
			admin.close();
		}
		if (sandbox != null) {
			if (System.getProperty("dumpLog") != null) { //$NON-NLS-1$
				String log = sandbox.errorLogText();
				System.err.println("alive: " + ProcessHandle.of(sandbox.cupsdPid()).map(ProcessHandle::isAlive) //$NON-NLS-1$
						+ "\n" + log.substring(Math.max(0, log.length() - 6000))); //$NON-NLS-1$
			}
			sandbox.close();
		}
	}

	@Test
	void fixEnablesTheQueue() throws Exception {
		TestSupport.CountingPrompt prompt = TestSupport.admin();
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), prompt)) {
			t.preset(Keys.QUEUE, "paused"); //$NON-NLS-1$
			t.preset(Keys.TEST_PAGE_WANTED, Question.NO);
			assertEquals(Status.DEAD_END, t.next(null));
			Finding f = t.deadEnd();
			assertEquals("QueueNotEnabled", f.id()); //$NON-NLS-1$
			FixResult result = t.applyFix(f, null);
			assertEquals(FixResult.Status.FIXED, result.status(), result.message());
			assertTrue(t.isFixed(f));
			assertTrue(prompt.calls.get() > 0, "the fix asked for credentials"); //$NON-NLS-1$
			assertNotEquals(Printer.State.STOPPED, admin.getPrinterAttributes("paused", null, null).state()); //$NON-NLS-1$
			assertNotEquals(Status.DEAD_END, t.next(null), "the flow goes on after the fix"); //$NON-NLS-1$
			assertFalse(t.report().toJson().contains("\"fixed\": false"), t.report().toJson()); //$NON-NLS-1$
		} finally {
			admin.pausePrinter("paused", "Paused for maintenance by the test suite", null); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void fixWithoutAdminRightsNeedsAnAdministrator() throws Exception {
		for (TestSupport.CountingPrompt prompt : List.of(TestSupport.plainUser(), TestSupport.declining())) {
			try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), prompt)) {
				t.preset(Keys.QUEUE, "rejecting"); //$NON-NLS-1$
				assertEquals(Status.DEAD_END, t.next(null));
				FixResult result = t.applyFix(t.deadEnd(), null);
				assertEquals(FixResult.Status.NEEDS_ADMIN, result.status(), result.message());
				assertFalse(admin.getPrinterAttributes("rejecting", null, null).acceptingJobs()); //$NON-NLS-1$
				assertEquals(Status.DEAD_END, t.next(null));
			}
		}
	}

	@Test
	void brokenQueueAfterATestPageReportsStateReasonsAndErrorLogLines() throws Exception {
		admin.resumePrinter("broken", null); //$NON-NLS-1$
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin())) {
			t.preset(Keys.QUEUE, "broken"); //$NON-NLS-1$
			t.preset(Keys.TEST_PAGE_WANTED, Question.YES);
			t.preset(Keys.DEBUG_LOGGING_CONSENT, Question.NO); // another test may have left LogLevel below debug
			assertEquals(Status.QUESTION, t.next(null));
			assertEquals(Keys.TEST_PAGE_PRINTED, t.currentQuestion().key());
			t.answer(Question.NO);
			assertEquals(Status.FINISHED, t.next(null));

			List<Finding> reasons = TestSupport.byId(t, "PrinterStateReasons"); //$NON-NLS-1$
			assertEquals(1, reasons.size(), t.findings().toString());
			assertEquals(Severity.ERROR, reasons.get(0).severity());
			assertTrue(reasons.get(0).explanation().contains("paused"), reasons.get(0).explanation()); //$NON-NLS-1$

			List<Finding> log = TestSupport.byId(t, "ErrorLogParse"); //$NON-NLS-1$
			assertEquals(1, log.size(), t.findings().toString());
			assertTrue(log.get(0).explanation().contains("\nE ["), log.get(0).explanation()); //$NON-NLS-1$
			assertTrue(t.answers().get(Keys.ERROR_LOG_ERRORS).stream().allMatch(l -> l.startsWith("E "))); //$NON-NLS-1$

			assertEquals(1, TestSupport.byId(t, "PrintTestPage").stream() //$NON-NLS-1$
					.filter(f -> f.severity() == Severity.ERROR).count(), t.findings().toString());
			assertTrue(TestSupport.byId(t, "PrintTestPage").stream() //$NON-NLS-1$
					.anyMatch(f -> f.title().equals("Test Page Did Not Print Correctly"))); //$NON-NLS-1$
			// the test job was cancelled at the end
			int jobId = t.answers().get(Keys.TEST_PAGE_JOB_ID).intValue();
			assertTrue(admin.getJobAttributes(jobId, null).state().isTerminal());
			assertTrue(admin.getJobs("broken", WhichJobs.NOT_COMPLETED, false, 0, null, null).isEmpty()); //$NON-NLS-1$
		}
	}

	@Test
	void reportContainsNoPasswords() throws Exception {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin())) {
			t.preset(Keys.QUEUE, SECRET_QUEUE);
			t.preset(Keys.TEST_PAGE_WANTED, Question.NO);
			Status s = t.next(null);
			// the device URI names a server where nothing listens
			assertEquals(Status.DEAD_END, s);
			assertEquals("ServerFirewalled", t.deadEnd().id()); //$NON-NLS-1$
			t.skipDeadEnd();
			assertEquals(Status.FINISHED, t.next(null));
			assertTrue(t.answers().has(Keys.ERROR_LOG), "the admin read the log: its lines are in the report"); //$NON-NLS-1$
			String text = t.report().toText();
			String json = t.report().toJson();
			for (String report : List.of(text, json)) {
				assertFalse(report.contains("s3cret"), report); //$NON-NLS-1$
				assertFalse(report.contains("cupsadmin-pw"), report); //$NON-NLS-1$
				assertFalse(report.contains(java.util.Base64.getEncoder()
						.encodeToString("cupsadmin:cupsadmin-pw".getBytes(StandardCharsets.UTF_8))), report); //$NON-NLS-1$
			}
			// CUPS itself drops the password from device-uri; the redactor would mask it otherwise (UnitTest)
			assertTrue(json.contains("\"device-uri\": \"ipp://") && json.contains("127.0.0.1:1/ipp/print"), json); //$NON-NLS-1$ //$NON-NLS-2$
			TestSupport.parseJson(json);
		}
	}

	@Test
	void debugLoggingIsRestoredAfterTheRun() throws Exception {
		byte[] original = setLogLevel("warn"); //$NON-NLS-1$
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin())) {
			t.preset(Keys.QUEUE, "null"); //$NON-NLS-1$
			t.preset(Keys.TEST_PAGE_WANTED, Question.YES);
			assertEquals(Status.QUESTION, t.next(null));
			assertEquals(Keys.DEBUG_LOGGING_CONSENT, t.currentQuestion().key());
			assertEquals("warn", t.answers().get(Keys.DEBUG_LOGGING_WAS)); //$NON-NLS-1$
			t.answer(Question.YES);
			assertEquals(Status.QUESTION, t.next(null)); // did it print?
			assertEquals(Boolean.TRUE, t.answers().get(Keys.DEBUG_LOGGING_SET));
			assertArrayEquals(original, RestoreJournal.standard().pending(sandbox.server()).orElseThrow().original(),
					"the original bytes are journaled while debug logging is on"); //$NON-NLS-1$
			t.answer(Question.UNKNOWN);
			assertEquals(Status.FINISHED, t.next(null));
			assertEquals(Boolean.TRUE, t.answers().get(Keys.DEBUG_LOGGING_UNSET));
			assertTrue(t.answers().get(Keys.ERROR_LOG).stream().anyMatch(l -> l.startsWith("D ")), //$NON-NLS-1$
					"debug lines were logged while the test page printed"); //$NON-NLS-1$
			assertArrayEquals(original, admin.getServerConfig(null), "restored before close"); //$NON-NLS-1$
			assertTrue(RestoreJournal.standard().pending(sandbox.server()).isEmpty(), "journal deleted after the restore"); //$NON-NLS-1$
		}
		assertArrayEquals(original, admin.getServerConfig(null));
	}

	@Test
	void debugLoggingIsRestoredWhenCancelled() throws Exception {
		byte[] original = setLogLevel("info"); //$NON-NLS-1$
		Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin());
		try {
			t.preset(Keys.QUEUE, "null"); //$NON-NLS-1$
			t.preset(Keys.TEST_PAGE_WANTED, Question.YES);
			t.preset(Keys.DEBUG_LOGGING_CONSENT, Question.YES);
			// cancel as soon as debug logging is on (in the middle of the test page)
			NullProgressMonitor monitor = new NullProgressMonitor() {
				@Override
				public boolean isCanceled() {
					return t.answers().isTrue(Keys.DEBUG_LOGGING_SET) || super.isCanceled();
				}
			};
			assertThrows(OperationCanceledException.class, () -> t.next(monitor));
			assertNotEquals(new String(original, StandardCharsets.ISO_8859_1),
					new String(admin.getServerConfig(null), StandardCharsets.ISO_8859_1), "debug logging is on"); //$NON-NLS-1$
		} finally {
			t.close();
		}
		assertArrayEquals(original, admin.getServerConfig(null));
	}

	@Test
	void debugLoggingIsRestoredWhenCancelledDuringThePut() throws Exception {
		byte[] original = setLogLevel("warn"); //$NON-NLS-1$
		Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin());
		try {
			t.preset(Keys.QUEUE, "null"); //$NON-NLS-1$
			t.preset(Keys.TEST_PAGE_WANTED, Question.NO);
			t.preset(Keys.DEBUG_LOGGING_CONSENT, Question.YES);
			// cancel once the PUT is under way (the monitor says "Waiting for CUPS to restart" or similar)
			NullProgressMonitor monitor = new NullProgressMonitor() {
				private volatile boolean put;

				@Override
				public void subTask(String name) {
					if (name != null && name.toLowerCase().contains("restart")) { //$NON-NLS-1$
						put = true;
					}
				}

				@Override
				public boolean isCanceled() {
					return put;
				}
			};
			try {
				t.next(monitor);
			} catch (OperationCanceledException e) {
				// expected when the restart wait noticed the cancel
			}
		} finally {
			t.close();
		}
		assertArrayEquals(original, admin.getServerConfig(null));
	}

	@Test
	void theLaterLogLevelIsTheOneTheTroubleshooterReads() throws Exception {
		byte[] before = admin.getServerConfig(null);
		String text = new String(before, StandardCharsets.ISO_8859_1).replaceFirst("(?m)^LogLevel .*$", //$NON-NLS-1$
				"LogLevel warn"); //$NON-NLS-1$
		text += (text.endsWith("\n") ? "" : "\n") + "# added later\nLogLevel debug\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		byte[] changed = text.getBytes(StandardCharsets.ISO_8859_1);
		admin.putServerConfig(changed, null);
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin())) {
			t.preset(Keys.QUEUE, "null"); //$NON-NLS-1$
			t.preset(Keys.TEST_PAGE_WANTED, Question.NO);
			Status s = t.next(null);
			assertEquals(Status.FINISHED, s, s == Status.QUESTION ? t.currentQuestion().key().toString() : ""); //$NON-NLS-1$
			assertEquals("debug", t.answers().get(Keys.DEBUG_LOGGING_WAS), "cupsd uses the last LogLevel"); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(t.answers().has(Keys.DEBUG_LOGGING_CONSENT), "no consent asked: debug logging is on"); //$NON-NLS-1$
			assertTrue(t.answers().has(Keys.ERROR_LOG_CHECKPOINT));
		} finally {
			admin.putServerConfig(before, null);
		}
		assertArrayEquals(before, admin.getServerConfig(null));
	}

	private static byte[] setLogLevel(String level) throws Exception {
		byte[] conf = admin.getServerConfig(null);
		String text = new String(conf, StandardCharsets.ISO_8859_1).replaceFirst("(?m)^LogLevel .*$", //$NON-NLS-1$
				"LogLevel " + level); //$NON-NLS-1$
		byte[] changed = text.getBytes(StandardCharsets.ISO_8859_1);
		admin.putServerConfig(changed, null);
		byte[] now = admin.getServerConfig(null);
		assertArrayEquals(changed, now);
		return now;
	}

	@Test
	void stoppedSchedulerIsADeadEnd() {
		CupsSandbox stopped = CupsSandbox.start(false);
		org.cupola.ipp.CupsServer server = stopped.server();
		stopped.close();
		try (Troubleshooter t = TestSupport.troubleshooter(server, TestSupport.declining())) {
			assertEquals(Status.DEAD_END, t.next(null));
			assertEquals("SchedulerNotRunning", t.deadEnd().id()); //$NON-NLS-1$
			assertEquals(Severity.ERROR, t.deadEnd().severity());
			assertEquals(Boolean.FALSE, t.answers().get(Keys.SCHEDULER_RUNNING));
		}
	}
}
