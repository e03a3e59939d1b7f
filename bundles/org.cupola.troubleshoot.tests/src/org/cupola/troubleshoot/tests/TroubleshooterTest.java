package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Job;
import org.cupola.testing.CupsSandbox;
import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.troubleshoot.Troubleshooter.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The troubleshooter against the shared sandbox; these tests leave the queues as they found them. */
class TroubleshooterTest {

	private static CupsSandbox sandbox;

	@BeforeAll
	static void start() {
		sandbox = CupsSandbox.shared();
	}

	@Test
	void disabledQueueIsADeadEndWithItsStateMessage() {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, "paused"); //$NON-NLS-1$
			assertEquals(Status.DEAD_END, t.next(null));
			Finding f = t.deadEnd();
			assertEquals("QueueNotEnabled", f.id()); //$NON-NLS-1$
			assertEquals(Severity.ERROR, f.severity());
			assertTrue(f.explanation().contains("Paused for maintenance by the test suite"), f.explanation()); //$NON-NLS-1$
			assertNotNull(f.fix());
			// a dead end stays a dead end until fixed or skipped
			assertEquals(Status.DEAD_END, t.next(null));
			t.skipDeadEnd();
			Status s = t.next(null);
			assertTrue(s == Status.QUESTION || s == Status.FINISHED, s.toString());
		}
	}

	@Test
	void rejectingQueueIsADeadEnd() {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, "rejecting"); //$NON-NLS-1$
			assertEquals(Status.DEAD_END, t.next(null));
			assertEquals("QueueRejectingJobs", t.deadEnd().id()); //$NON-NLS-1$
			assertTrue(t.deadEnd().explanation().contains("Rejecting jobs: out of toner (test)"), //$NON-NLS-1$
					t.deadEnd().explanation());
		}
	}

	@Test
	void choosePrinterQuestionListsTheQueuesAndBackRestoresTheAnswers() {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			assertEquals(Status.QUESTION, t.next(null));
			Question q = t.currentQuestion();
			assertEquals("ChoosePrinter", q.stepId()); //$NON-NLS-1$
			assertEquals(Keys.QUEUE, q.key());
			List<String> values = q.choices().stream().map(Question.Choice::value).toList();
			assertTrue(values.containsAll(CupsSandbox.QUEUES), values.toString());
			assertEquals(Question.NOT_LISTED, values.get(values.size() - 1));
			assertEquals("ipp-everywhere", q.defaultValue()); //$NON-NLS-1$

			t.answer("null"); //$NON-NLS-1$
			assertEquals(Status.QUESTION, t.next(null)); // the test page question (anonymous: no debug question)
			assertEquals(Keys.TEST_PAGE_WANTED, t.currentQuestion().key());
			assertTrue(t.answers().has(Keys.PRINTER));
			assertEquals(1, TestSupport.byId(t, "ErrorLogCheckpoint").size()); //$NON-NLS-1$ skipped: declined

			assertTrue(t.canGoBack());
			assertTrue(t.back());
			assertEquals(Status.QUESTION, t.status());
			assertEquals(Keys.QUEUE, t.currentQuestion().key());
			assertFalse(t.answers().has(Keys.QUEUE));
			assertFalse(t.answers().has(Keys.PRINTER), "answers as they were before the step"); //$NON-NLS-1$
			assertTrue(t.findings().isEmpty(), t.findings().toString());

			t.answer("rejecting"); //$NON-NLS-1$
			assertEquals(Status.DEAD_END, t.next(null));
			assertEquals("QueueRejectingJobs", t.deadEnd().id()); //$NON-NLS-1$
		}
	}

	@Test
	void ippEverywhereTestPageCompletesWithoutErrors() throws Exception {
		TestSupport.CountingPrompt prompt = TestSupport.admin();
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), prompt)) {
			t.preset(Keys.QUEUE, "ipp-everywhere"); //$NON-NLS-1$
			t.preset(Keys.TEST_PAGE_WANTED, Question.YES);
			assertEquals(Status.QUESTION, t.next(null));
			Question q = t.currentQuestion();
			assertEquals(Keys.TEST_PAGE_PRINTED, q.key(), q.toString());
			assertEquals("completed", t.answers().get(Keys.TEST_PAGE_OUTCOME)); //$NON-NLS-1$
			t.answer(Question.YES);
			assertEquals(Status.FINISHED, t.next(null));
			List<Finding> errors = t.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
			assertTrue(errors.isEmpty(), errors.toString());
			assertTrue(t.answers().has(Keys.ERROR_LOG_CHECKPOINT), "admin: checkpoint taken"); //$NON-NLS-1$
			assertTrue(t.answers().has(Keys.ERROR_LOG), "admin: log fetched"); //$NON-NLS-1$
			int jobId = t.answers().get(Keys.TEST_PAGE_JOB_ID).intValue();
			try (CupsConnection c = new CupsConnection(sandbox.server(), null, null)) {
				assertEquals(Job.State.COMPLETED, c.getJobAttributes(jobId, null).state());
			}
			assertFalse(t.report().hasProblems(), t.report().toText());
		}
	}

	@Test
	void nonAdminGetsThroughWithSkippedFindings() {
		for (TestSupport.CountingPrompt prompt : List.of(TestSupport.plainUser(), TestSupport.declining())) {
			try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), prompt)) {
				t.preset(Keys.QUEUE, "null"); //$NON-NLS-1$
				t.preset(Keys.TEST_PAGE_WANTED, Question.NO);
				assertEquals(Status.FINISHED, t.next(null));
				List<Finding> skipped = TestSupport.byId(t, "ErrorLogCheckpoint"); //$NON-NLS-1$
				assertEquals(1, skipped.size(), t.findings().toString());
				assertEquals(Severity.INFO, skipped.get(0).severity());
				assertTrue(skipped.get(0).title().startsWith("Skipped: needs an administrator")); //$NON-NLS-1$
				assertTrue(prompt.calls.get() > 0);
				assertFalse(t.answers().has(Keys.ERROR_LOG_CHECKPOINT));
				assertFalse(t.report().hasProblems(), t.report().toText());
			}
		}
	}

	@Test
	void unlistedLocalPrinterWithoutAdminSkipsTheDeviceList() {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, Question.NOT_LISTED);
			assertEquals(Status.QUESTION, t.next(null));
			assertEquals(Keys.LOCAL_OR_REMOTE, t.currentQuestion().key());
			t.answer(Question.LOCAL);
			assertEquals(Status.FINISHED, t.next(null));
			List<Finding> skipped = TestSupport.byId(t, "DeviceListed"); //$NON-NLS-1$
			assertEquals(1, skipped.size(), t.findings().toString());
			assertEquals(Severity.INFO, skipped.get(0).severity());
		}
	}

	@Test
	void unlistedLocalPrinterWithAdminListsDevices() {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin())) {
			t.preset(Keys.QUEUE, Question.NOT_LISTED);
			t.preset(Keys.LOCAL_OR_REMOTE, Question.LOCAL);
			assertEquals(Status.QUESTION, t.next(null));
			Question q = t.currentQuestion();
			assertEquals(Keys.DEVICE, q.key());
			assertEquals(Question.NOT_LISTED, q.choices().get(q.choices().size() - 1).value());
			t.answer(Question.NOT_LISTED);
			assertEquals(Status.FINISHED, t.next(null));
			assertEquals(Severity.WARNING, TestSupport.byId(t, "DeviceListed").get(0).severity()); //$NON-NLS-1$
		}
	}

	@Test
	void remoteServerWithNothingListeningIsFirewalled() throws Exception {
		int port = CupsSandbox.freePort();
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, Question.NOT_LISTED);
			assertEquals(Status.QUESTION, t.next(null));
			t.answer(Question.REMOTE);
			assertEquals(Status.QUESTION, t.next(null));
			assertEquals(Keys.REMOTE_ADDRESS, t.currentQuestion().key());
			assertEquals(Question.Kind.TEXT, t.currentQuestion().kind());
			t.answer("127.0.0.1:" + port); //$NON-NLS-1$
			assertEquals(Status.DEAD_END, t.next(null));
			Finding f = t.deadEnd();
			assertEquals("ServerFirewalled", f.id()); //$NON-NLS-1$
			assertTrue(f.suggestedFix().contains(Integer.toString(port)), f.suggestedFix());
			assertEquals(Boolean.FALSE, t.answers().get(Keys.REMOTE_SERVER_CONNECT_IPP));
			assertEquals(List.of("127.0.0.1"), t.answers().get(Keys.REMOTE_SERVER_NAME_RESOLVES)); //$NON-NLS-1$
		}
	}

	@Test
	void passwordTypedIntoAnAddressIsNotReported() throws Exception {
		int port = CupsSandbox.freePort();
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, Question.NOT_LISTED);
			t.preset(Keys.LOCAL_OR_REMOTE, Question.REMOTE);
			t.preset(Keys.REMOTE_ADDRESS, "ipp://bob:s3cret@127.0.0.1:" + port + "/printers/x"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(Status.DEAD_END, t.next(null));
			assertEquals("ServerFirewalled", t.deadEnd().id()); //$NON-NLS-1$
			for (String report : List.of(t.report().toText(), t.report().toJson())) {
				assertFalse(report.contains("s3cret"), report); //$NON-NLS-1$
				assertTrue(report.contains("ipp://bob:***@127.0.0.1:" + port), report); //$NON-NLS-1$
			}
		}
	}

	@Test
	void remoteCupsServerOffersItsQueues() {
		// the sandbox itself plays the remote CUPS server
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, Question.NOT_LISTED);
			t.preset(Keys.LOCAL_OR_REMOTE, Question.REMOTE);
			t.preset(Keys.REMOTE_ADDRESS, sandbox.server().hostAndPort());
			assertEquals(Status.QUESTION, t.next(null));
			Question q = t.currentQuestion();
			assertEquals(Keys.REMOTE_QUEUE, q.key(), q.toString());
			assertTrue(q.choices().stream().anyMatch(c -> c.value().equals("paused"))); //$NON-NLS-1$
			t.answer("null"); //$NON-NLS-1$
			// sandbox queues are not shared (DefaultShared No): NetworkCUPSPrinterShared
			assertEquals(Status.DEAD_END, t.next(null));
			assertEquals("NetworkCUPSPrinterShared", t.deadEnd().id()); //$NON-NLS-1$
			assertNotNull(t.deadEnd().fix());
		}
	}

	@Test
	void unknownQueueIsADeadEnd() {
		try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.declining())) {
			t.preset(Keys.QUEUE, "no-such-queue"); //$NON-NLS-1$
			assertEquals(Status.DEAD_END, t.next(null));
			assertEquals("ChoosePrinter", t.deadEnd().id()); //$NON-NLS-1$
			assertNull(t.currentQuestion());
		}
	}
}
