package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.internal.credentials.InMemoryCredentialsStore;
import org.cupola.testing.CupsSandbox;
import org.cupola.troubleshoot.DiagnoseCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code cupola diagnose}: arguments, exit status, JSON shape, secrets. */
class DiagnoseCommandTest {

	private static CupsSandbox sandbox;

	@BeforeAll
	static void start() {
		sandbox = CupsSandbox.shared();
	}

	private record Result(int status, String out, String err) {
	}

	private static Result run(Map<String, String> env, String... args) {
		return run(null, env, args);
	}

	private static Result run(CredentialsStore store, Map<String, String> env, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new DiagnoseCommand().withConsole(null).withOptions(TestSupport.OPTIONS).withCredentialsStore(store)
				.withTestPageTimeout(Duration.ofSeconds(30))
				.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), env);
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private String server() {
		return sandbox.server().hostAndPort();
	}

	@Test
	void healthyQueueExitsZero() {
		Result r = run(Map.of(), "--server", server(), "--printer", "null"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(DiagnoseCommand.EXIT_OK, r.status(), r.out() + r.err());
		assertTrue(r.out().contains("Skipped: needs an administrator"), r.out()); //$NON-NLS-1$
		assertTrue(r.err().contains("diagnose: "), "progress on stderr"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void testPageOnIppEverywhereExitsZero() {
		Result r = run(Map.of(DiagnoseCommand.PASSWORD_ENV, "cupsadmin-pw"), "--server", server(), //$NON-NLS-1$ //$NON-NLS-2$
				"--printer", "ipp-everywhere", "--user", "cupsadmin", "--test-page", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(DiagnoseCommand.EXIT_OK, r.status(), r.out() + r.err());
		assertFalse(r.out().contains("cupsadmin-pw"), r.out()); //$NON-NLS-1$
		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) TestSupport.parseJson(r.out());
		@SuppressWarnings("unchecked")
		Map<String, Object> answers = (Map<String, Object>) json.get("answers"); //$NON-NLS-1$
		assertEquals("completed", answers.get("test_page_outcome")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void disabledQueueExitsOneWithJsonShape() {
		Result r = run(Map.of(), "--server", server(), "--printer", "paused", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(DiagnoseCommand.EXIT_FINDINGS, r.status(), r.out() + r.err());
		Object parsed = TestSupport.parseJson(r.out());
		Map<?, ?> root = assertInstanceOf(Map.class, parsed);
		assertEquals(List.of("server", "printer", "findings", "answers"), List.copyOf(root.keySet())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(sandbox.server().toString(), root.get("server")); //$NON-NLS-1$
		assertEquals("paused", root.get("printer")); //$NON-NLS-1$ //$NON-NLS-2$
		List<?> findings = assertInstanceOf(List.class, root.get("findings")); //$NON-NLS-1$
		Map<?, ?> first = assertInstanceOf(Map.class, findings.get(0));
		assertEquals("QueueNotEnabled", first.get("id")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("error", first.get("severity")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Queue Not Enabled", first.get("title")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(((String) first.get("detail")).contains("Paused for maintenance by the test suite")); //$NON-NLS-1$ //$NON-NLS-2$
		assertInstanceOf(String.class, first.get("fix")); //$NON-NLS-1$
		assertEquals(Boolean.FALSE, first.get("fixed")); //$NON-NLS-1$
		Map<?, ?> answers = assertInstanceOf(Map.class, root.get("answers")); //$NON-NLS-1$
		assertEquals("paused", answers.get("cups_queue")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(answers.containsKey("_original_cupsd_conf")); //$NON-NLS-1$
	}

	@Test
	void aRememberedPasswordIsUsed() {
		InMemoryCredentialsStore store = new InMemoryCredentialsStore();
		store.save(sandbox.server(), sandbox.adminCredentials());
		Result r = run(store, Map.of(), "--server", server(), "--printer", "null", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(DiagnoseCommand.EXIT_OK, r.status(), r.out() + r.err());
		assertFalse(r.out().contains("Skipped: needs an administrator"), r.out()); //$NON-NLS-1$
		assertFalse(r.out().contains("cupsadmin-pw") || r.err().contains("cupsadmin-pw"), r.out()); //$NON-NLS-1$ //$NON-NLS-2$
		@SuppressWarnings("unchecked")
		Map<String, Object> answers = (Map<String, Object>) ((Map<String, Object>) TestSupport.parseJson(r.out()))
				.get("answers"); //$NON-NLS-1$
		assertTrue(answers.containsKey("error_log_checkpoint"), "the admin-only checkpoint ran: " + answers); //$NON-NLS-1$ //$NON-NLS-2$

		// another user asked for on the command line: the remembered password is not theirs
		Result other = run(store, Map.of(), "--server", server(), "--printer", "null", "--user", "cupsuser"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(other.out().contains("Skipped: needs an administrator"), other.out()); //$NON-NLS-1$
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(DiagnoseCommand.EXIT_USAGE, run(Map.of(), "--bogus").status()); //$NON-NLS-1$
		assertEquals(DiagnoseCommand.EXIT_USAGE, run(Map.of(), "--server").status()); //$NON-NLS-1$
		assertEquals(DiagnoseCommand.EXIT_USAGE, run(Map.of(), "--server", "host:notaport").status()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(DiagnoseCommand.EXIT_USAGE, run(Map.of(), "--json=yes").status()); //$NON-NLS-1$
		Result help = run(Map.of(), "--help"); //$NON-NLS-1$
		assertEquals(DiagnoseCommand.EXIT_OK, help.status());
		assertTrue(help.out().startsWith("Usage: cupola diagnose"), help.out()); //$NON-NLS-1$
	}

	@Test
	void unreachableServerExitsTwo() throws Exception {
		int port = CupsSandbox.freePort();
		Result r = run(Map.of(), "--server", "127.0.0.1:" + port, "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(DiagnoseCommand.EXIT_USAGE, r.status(), r.out() + r.err());
		assertTrue(r.out().contains("\"SchedulerNotRunning\""), r.out()); //$NON-NLS-1$
	}

	@Test
	void wrongPasswordIsNotReported() {
		Result r = run(Map.of(DiagnoseCommand.PASSWORD_ENV, "not-the-password"), "--server", server(), //$NON-NLS-1$ //$NON-NLS-2$
				"--printer", "null", "--user", "cupsadmin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(DiagnoseCommand.EXIT_OK, r.status(), r.out() + r.err());
		assertFalse(r.out().contains("not-the-password"), r.out()); //$NON-NLS-1$
		assertTrue(r.out().contains("Skipped: needs an administrator"), r.out()); //$NON-NLS-1$
	}
}
