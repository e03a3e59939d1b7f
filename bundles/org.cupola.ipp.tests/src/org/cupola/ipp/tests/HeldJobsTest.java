package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.cupola.ipp.AuthInfoRequired;
import org.cupola.ipp.ClearTextRefusedException;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest.Field;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.JobDocument;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppTag;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jobs held for authentication, purge and CUPS-Get-Document against a real cupsd that keeps job files: a queue
 * whose backend exits with CUPS_BACKEND_AUTH_REQUIRED until cupsd hands it the right auth-info really holds the
 * job, and CUPS-Authenticate-Job really releases it. {@code lpstat} gives a second opinion.
 */
class HeldJobsTest {

	private static final String QUEUE = "smbshare"; //$NON-NLS-1$
	private static final String DEVICE_USER = "jobuser"; //$NON-NLS-1$
	private static final String DEVICE_PASSWORD = "device-pw-42"; //$NON-NLS-1$

	private static CupsSandbox sandbox;
	private static CupsConnection admin;

	@BeforeAll
	static void start() {
		sandbox = CupsSandbox.startKeepingJobFiles();
		sandbox.addAuthQueue(QUEUE, "username,password", DEVICE_USER, DEVICE_PASSWORD); //$NON-NLS-1$
		admin = new CupsConnection(sandbox.server(), null, null);
		admin.setCredentials(sandbox.adminCredentials());
	}

	@AfterAll
	static void stop() {
		if (admin != null) {
			admin.close();
		}
		if (sandbox != null) {
			sandbox.close();
		}
	}

	private static int print(String queue, String text) throws IppException {
		return admin.printJob(queue, "held-jobs-test", "text/plain", //$NON-NLS-1$ //$NON-NLS-2$
				new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), null);
	}

	private static Job waitFor(int jobId, Predicate<Job> condition) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		Job job = admin.getJobAttributes(jobId, null);
		while (!condition.test(job)) {
			assertTrue(System.nanoTime() < deadline, () -> "job did not get there: " + jobAttributes(jobId) //$NON-NLS-1$
					+ "\n" + sandbox.errorLogText()); //$NON-NLS-1$
			Thread.sleep(100);
			job = admin.getJobAttributes(jobId, null);
		}
		return job;
	}

	private static String jobAttributes(int jobId) {
		try {
			return admin.getJobAttributes(jobId, null).attributes().toString();
		} catch (IppException e) {
			return e.toString();
		}
	}

	/** {@return {@code lpstat -h 127.0.0.1:PORT -W which -o}'s first column} */
	private static List<String> lpstat(String which) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("lpstat", "-h", "127.0.0.1:" + sandbox.port(), "-W", which, "-o") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), "lpstat did not end"); //$NON-NLS-1$
		assertEquals(0, p.exitValue(), out);
		return out.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\s+")[0]).toList(); //$NON-NLS-1$
	}

	@Test
	void authenticateReleasesAJobHeldForAuthentication() throws Exception {
		int id = print(QUEUE, "needs credentials"); //$NON-NLS-1$
		Job held = waitFor(id, Job::isHeldForAuthentication);
		assertEquals("auth-info-required", held.holdUntil()); //$NON-NLS-1$
		assertTrue(held.stateReasons().contains("cups-held-for-authentication"), held.stateReasons()::toString); //$NON-NLS-1$
		assertTrue(lpstat("not-completed").contains(QUEUE + '-' + id)); //$NON-NLS-1$

		AuthInfoRequired required = admin.getAuthInfoRequired(QUEUE, null);
		assertEquals(List.of("username", "password"), required.keywords()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(Field.USERNAME, Field.PASSWORD), required.fields());

		try (Credentials device = new Credentials(DEVICE_USER, DEVICE_PASSWORD.toCharArray())) {
			admin.authenticateJob(id, QUEUE, required, device, null);
		}
		Job done = waitFor(id, j -> j.state() == Job.State.COMPLETED);
		assertFalse(done.isHeldForAuthentication());
		assertTrue(lpstat("completed").contains(QUEUE + '-' + id)); //$NON-NLS-1$
		assertTrue(sandbox.errorLogText().contains("sandboxauth backend consumed job " + id + " for " + DEVICE_USER), //$NON-NLS-1$ //$NON-NLS-2$
				"the backend did not get the credentials"); //$NON-NLS-1$
	}

	@Test
	void wrongCredentialsLeaveTheJobHeld() throws Exception {
		int id = print(QUEUE, "wrong credentials"); //$NON-NLS-1$
		waitFor(id, Job::isHeldForAuthentication);
		try (Credentials wrong = new Credentials(DEVICE_USER, "not-it".toCharArray())) { //$NON-NLS-1$
			admin.authenticateJob(id, QUEUE, admin.getAuthInfoRequired(QUEUE, null), wrong, null);
		}
		// the backend runs again, refuses, and cupsd holds the job again
		String started = "[Job " + id + "] Started backend"; //$NON-NLS-1$ //$NON-NLS-2$
		Job again = waitFor(id, j -> j.isHeldForAuthentication() && count(sandbox.errorLogText(), started) == 2);
		assertEquals(Job.State.HELD, again.state());
		assertFalse(sandbox.errorLogText().contains("sandboxauth backend consumed job " + id + ' '), //$NON-NLS-1$
				"the backend accepted wrong credentials"); //$NON-NLS-1$
		admin.purgeJob(id, null);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void negotiateAsksNothingAndSendsNothing() {
		AuthInfoRequired negotiate = new AuthInfoRequired(List.of("negotiate")); //$NON-NLS-1$
		assertTrue(negotiate.isNegotiate());
		assertEquals(List.of(), negotiate.fields());
		IppException e = assertThrows(IppException.class, () -> admin.authenticateJob(1, QUEUE, negotiate,
				new Credentials("u", new char[0]), null)); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("Kerberos"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void missingAttributesNeverThrow() throws Exception {
		assertEquals(List.of(Field.USERNAME, Field.PASSWORD), new AuthInfoRequired(null).fields());
		assertEquals(List.of(Field.DOMAIN, Field.USERNAME, Field.PASSWORD),
				new AuthInfoRequired(List.of("domain", "username", "password")).fields()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Job bare = new Job(new IppAttributeGroup(IppTag.JOB_ATTRIBUTES, List.of()));
		assertNull(bare.state());
		assertNull(bare.holdUntil());
		assertEquals(List.of(), bare.stateReasons());
		assertFalse(bare.isHeldForAuthentication());
		// a queue without auth-info-required: CUPS sends "none"
		assertEquals(List.of(Field.USERNAME, Field.PASSWORD), admin.getAuthInfoRequired("null", null).fields()); //$NON-NLS-1$
	}

	@Test
	void purgeRemovesPendingAndFinishedJobs() throws Exception {
		int pending = print("paused", "purge me"); //$NON-NLS-1$ //$NON-NLS-2$
		int finished = print("null", "purge me too"); //$NON-NLS-1$ //$NON-NLS-2$
		waitFor(finished, j -> j.state() == Job.State.COMPLETED);
		assertTrue(lpstat("completed").contains("null-" + finished)); //$NON-NLS-1$
		admin.purgeJob(pending, null);
		admin.purgeJob(finished, null);
		List<Integer> all = admin.getJobs(null, WhichJobs.ALL, false, 0, null, null).stream().map(Job::id)
				.map(Integer::valueOf).toList();
		assertFalse(all.contains(Integer.valueOf(pending)), all::toString);
		assertFalse(all.contains(Integer.valueOf(finished)), all::toString);
		assertFalse(lpstat("all").contains("null-" + finished)); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(lpstat("all").contains("paused-" + pending)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void retrievesTheDocumentOfAFinishedJob() throws Exception {
		String text = "the document CUPS kept\n"; //$NON-NLS-1$
		int id = print("null", text); //$NON-NLS-1$
		waitFor(id, j -> j.state() == Job.State.COMPLETED);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JobDocument document = admin.getDocument(id, 1, out, null);
		assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), out.toByteArray());
		assertEquals(out.size(), document.bytes());
		assertEquals("text/plain", document.format()); //$NON-NLS-1$
	}

	@Test
	void aMissingDocumentIsAClearError() throws Exception {
		int id = print("null", "one document only"); //$NON-NLS-1$ //$NON-NLS-2$
		waitFor(id, j -> j.state() == Job.State.COMPLETED);
		IppException e = assertThrows(IppException.class,
				() -> admin.getDocument(id, 2, new ByteArrayOutputStream(), null));
		assertTrue(e.getMessage().contains("PreserveJobFiles"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void aServerThatDoesNotKeepFilesSaysSo() throws Exception {
		try (CupsConnection shared = new CupsConnection(CupsSandbox.shared().server(), null, null)) {
			shared.setCredentials(CupsSandbox.shared().adminCredentials());
			int id = shared.printJob("null", "not kept", "text/plain", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					new ByteArrayInputStream("gone after printing".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (shared.getJobAttributes(id, null).state() != Job.State.COMPLETED) {
				assertTrue(System.nanoTime() < deadline, "job did not complete"); //$NON-NLS-1$
				Thread.sleep(100);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			IppException e = assertThrows(IppException.class, () -> shared.getDocument(id, 1, out, null));
			assertTrue(e.getMessage().contains("PreserveJobFiles"), e.getMessage()); //$NON-NLS-1$
			assertEquals(0, out.size());
		}
	}

	@Test
	void theValuesNeverCrossTheNetworkInClearTextNorReachAnError() throws Exception {
		// a remote host without TLS: refused before anything is sent (198.18.0.0/15 is never routed here)
		try (CupsConnection remote = new CupsConnection(new CupsServer(false, "198.18.0.1", 631), null, null); //$NON-NLS-1$
				Credentials device = new Credentials(DEVICE_USER, DEVICE_PASSWORD.toCharArray())) {
			ClearTextRefusedException e = assertThrows(ClearTextRefusedException.class, () -> remote
					.authenticateJob(1, QUEUE, new AuthInfoRequired(List.of("username", "password")), device, null)); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(e.getMessage().contains(DEVICE_PASSWORD));
		}
		// CUPS refuses (no such job): its error does not carry the values
		try (Credentials device = new Credentials(DEVICE_USER, DEVICE_PASSWORD.toCharArray())) {
			IppException e = assertThrows(IppException.class, () -> admin.authenticateJob(999_999, QUEUE,
					admin.getAuthInfoRequired(QUEUE, null), device, null));
			assertFalse(String.valueOf(e).contains(DEVICE_PASSWORD), e::toString);
			assertFalse(String.valueOf(e.getCause()).contains(DEVICE_PASSWORD));
		}
	}
}
