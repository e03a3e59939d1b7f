package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsConnection;
import org.cupola.testing.CupsSandbox;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.troubleshoot.Troubleshooter.Status;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: one login per server. After an admin action on the workbench's connection, a troubleshooter run on the
 * same server asks for no password, its admin steps run, and its reports contain neither the password nor its Base64
 * (the redactor takes the secrets from the credentials the connection holds, no prompt ever saw them). Logging in as
 * another user stays possible.
 */
class SharedLoginTest {

	@Test
	void aRunAfterAnAdminActionAsksNoPasswordAndReportsNoSecret() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Credentials admin = sandbox.adminCredentials();
		String password = new String(admin.password());
		String basic = Base64.getEncoder()
				.encodeToString((admin.user() + ':' + password).getBytes(StandardCharsets.UTF_8));
		TestSupport.CountingPrompt windowPrompt = TestSupport.admin();
		TestSupport.CountingPrompt runPrompt = TestSupport.declining();
		try (CupsConnection window = new CupsConnection(sandbox.server(), TestSupport.OPTIONS, windowPrompt)) {
			window.resumePrinter("ipp-everywhere", null); // the admin action: the user logs in once
			assertEquals(1, windowPrompt.calls.get());
			try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), runPrompt)) {
				t.context().shareLoginWith(window);
				t.preset(Keys.QUEUE, "ipp-everywhere"); //$NON-NLS-1$
				t.preset(Keys.TEST_PAGE_WANTED, Question.YES);
				assertEquals(Status.QUESTION, t.next(null));
				t.answer(Question.YES);
				assertEquals(Status.FINISHED, t.next(null));
				assertEquals(0, runPrompt.calls.get(), "the troubleshooter asked for no password");
				assertEquals(1, windowPrompt.calls.get(), "nor did the window's connection");
				assertTrue(t.answers().has(Keys.ERROR_LOG_CHECKPOINT), "admin steps ran with the shared login");
				for (String report : List.of(t.report().toText(), t.report().toJson())) {
					assertFalse(report.contains(password), report);
					assertFalse(report.contains(basic), report);
				}
				// the redactor knows the shared secret, though no prompt of this run ever handed it out
				String scrubbed = t.context().redactor().scrub("typed " + password + " sent Basic " + basic);
				assertFalse(scrubbed.contains(password), scrubbed);
				assertFalse(scrubbed.contains(basic), scrubbed);
			}
			assertTrue(window.hasCredentials(), "the window keeps its login after the run");
		}
	}

	@Test
	void runningAsAnotherUserAsksAndDoesNotTouchTheWindowsLogin() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		TestSupport.CountingPrompt windowPrompt = TestSupport.admin();
		TestSupport.CountingPrompt runPrompt = TestSupport.plainUser();
		try (CupsConnection window = new CupsConnection(sandbox.server(), TestSupport.OPTIONS, windowPrompt)) {
			window.resumePrinter("ipp-everywhere", null);
			try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), runPrompt)) {
				t.context().shareLoginWith(window);
				t.context().stopSharingLogin(); // "Log in as another user" on the first page
				assertFalse(t.context().connection().hasCredentials());
				t.preset(Keys.QUEUE, "null"); //$NON-NLS-1$
				t.next(null);
				assertTrue(runPrompt.calls.get() >= 1, "the run asked for its own login");
				assertEquals(1, TestSupport.byId(t, "ErrorLogCheckpoint").size(), "the plain user is refused: skipped");
				assertEquals("cupsadmin", window.currentUser(), "the window's login is untouched"); //$NON-NLS-1$
			}
		}
	}

	@Test
	void credentialsTheRunLogsInWithServeTheWindowToo() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		TestSupport.CountingPrompt windowPrompt = TestSupport.declining();
		try (CupsConnection window = new CupsConnection(sandbox.server(), TestSupport.OPTIONS, windowPrompt)) {
			try (Troubleshooter t = TestSupport.troubleshooter(sandbox.server(), TestSupport.admin())) {
				t.context().shareLoginWith(window);
				t.preset(Keys.QUEUE, "null"); //$NON-NLS-1$
				t.next(null); // the checkpoint step asks the run's prompt
			}
			window.resumePrinter("ipp-everywhere", null);
			assertEquals(0, windowPrompt.calls.get(), "the window did not ask again");
		}
	}
}
