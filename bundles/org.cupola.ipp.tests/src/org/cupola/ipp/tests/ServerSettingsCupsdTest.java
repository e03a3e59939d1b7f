package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.ServerConfigRefusedException;
import org.cupola.ipp.TrustPrompt.Decision;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.LocalCupsd;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.ipp.server.ServerSettings;
import org.cupola.ipp.server.UnifiedDiff;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.RemoteCupsSandbox;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Server Settings against real cupsd: every one of the eight settings is set through Cupola, cupsd restarts with
 * it, and Cupola and libcups ({@code cupsctl}) read it back the same; comments stay; a file cupsd would not start
 * with is refused with cupsd's own words when cupsd runs here, and put back when a remote cupsd does not come back.
 */
class ServerSettingsCupsdTest {

	private static final String COMMENT = "# Cupola keeps this comment";

	@AfterEach
	void forgetTrust() {
		CertificatePins.clearSession();
	}

	@Test
	void everySettingRoundTripsThroughARestartedCupsdAndReadsTheSameInCupsctl() throws Exception {
		try (RemoteCupsSandbox remote = RemoteCupsSandbox.start("Never", true); //$NON-NLS-1$
				CupsConnection c = connect(remote, ConnectionOptions.DEFAULTS)) {
			// libcups takes "Allow from 127.0.0.1" for a remote host; "Allow 127.0.0.1" means the same to cupsd
			String base = COMMENT + '\n' + text(c.getServerConfig(null)).replace("Allow from ", "Allow "); //$NON-NLS-1$ //$NON-NLS-2$
			c.putServerConfig(bytes(base), null);
			ServerSettings initial = CupsdConf.parse(base).serverSettings();
			assertEquals(new ServerSettings(false, null, false, true, false, true, "Yes", "No", 500), initial, //$NON-NLS-1$ //$NON-NLS-2$
					"the sandbox as start.sh writes it (remote administration from 198.18.0.0/15)"); //$NON-NLS-1$
			assertCupsctl(remote, initial);

			List<ServerSettings> steps = new ArrayList<>();
			ServerSettings s = initial;
			steps.add(s = with(s, 0)); // share printers
			steps.add(s = with(s, 1)); // from the Internet
			steps.add(s = with(s, 3)); // anyone cancels any job
			steps.add(s = with(s, 4)); // debug logging off
			steps.add(s = new ServerSettings(s.sharePrinters(), null, s.remoteAny(), s.remoteAdmin(), s.userCancelAny(),
					s.debugLogging(), "7d", "1h", 42)); //$NON-NLS-1$ //$NON-NLS-2$
			steps.add(s = with(s, 2)); // remote administration off
			steps.add(s = with(s, 2)); // and on again
			steps.add(initial);
			for (ServerSettings wanted : steps) {
				byte[] current = c.getServerConfig(null);
				byte[] edited = CupsdConf.edit(current, wanted);
				c.saveServerConfig(current, edited, null);
				byte[] after = c.getServerConfig(null);
				assertArrayEquals(edited, after, "cupsd serves the file Cupola saved"); //$NON-NLS-1$
				assertEquals(wanted, CupsdConf.parse(after).serverSettings(), text(after));
				assertTrue(text(after).startsWith(COMMENT + '\n'), "the comment stays"); //$NON-NLS-1$
				assertCupsctl(remote, wanted);
				assertEquals(5, c.getPrinters(null).size(), "cupsd is back with its queues"); //$NON-NLS-1$
			}
		}
	}

	@Test
	void theDiffShowsExactlyTheChangedLines() {
		String before = "# comment\nLogLevel warn\nListen 127.0.0.1:631\nMaxJobs 500\n"; //$NON-NLS-1$
		String after = text(CupsdConf.edit(bytes(before), new ServerSettings(false, null, false, false, true, true,
				"Yes", "1d", 100))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("--- a/cupsd.conf\n+++ b/cupsd.conf\n@@ -1,4 +1,4 @@\n # comment\n-LogLevel warn\n+LogLevel debug\n" //$NON-NLS-1$
				+ " Listen 127.0.0.1:631\n-MaxJobs 500\n+MaxJobs 100\n", //$NON-NLS-1$
				UnifiedDiff.diff("a/cupsd.conf", "b/cupsd.conf", before, after)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aFileLocalCupsdWouldNotStartWithIsRefusedWithItsMessageAndNothingChanges() throws Exception {
		try (CupsSandbox sandbox = CupsSandbox.start(false);
				CupsConnection c = new CupsConnection(sandbox.server(), null, null)) {
			c.setCredentials(sandbox.adminCredentials());
			assertTrue(LocalCupsd.find(sandbox.server()).isPresent(), "the sandbox's cupsd runs here"); //$NON-NLS-1$
			byte[] original = c.getServerConfig(null);
			long pid = sandbox.cupsdPid();
			CupsdConf broken = CupsdConf.parse(original);
			broken.setDirective("PreserveJobHistory", "sometimes"); //$NON-NLS-1$ //$NON-NLS-2$
			ServerConfigRefusedException e = assertThrows(ServerConfigRefusedException.class,
					() -> c.saveServerConfig(original, broken.toBytes(), null));
			assertTrue(e.cupsdMessage().startsWith("Unknown time interval value for PreserveJobHistory on line "), //$NON-NLS-1$
					e.cupsdMessage());
			assertTrue(e.cupsdMessage().contains("of cupsd.conf"), "the temporary copy is not named: " + e.cupsdMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(e.getMessage().contains(e.cupsdMessage()), e.getMessage());
			assertArrayEquals(original, c.getServerConfig(null), "the server's file is unchanged"); //$NON-NLS-1$
			assertArrayEquals(original, Files.readAllBytes(sandbox.directory().resolve("etc/cupsd.conf"))); //$NON-NLS-1$
			assertEquals(pid, sandbox.cupsdPid(), "cupsd was not restarted"); //$NON-NLS-1$

			CupsdConf good = CupsdConf.parse(original);
			good.setDirective("MaxJobs", "77"); //$NON-NLS-1$ //$NON-NLS-2$
			c.saveServerConfig(original, good.toBytes(), null);
			assertEquals(77, CupsdConf.parse(c.getServerConfig(null)).maxJobs(), "a good file passes the check"); //$NON-NLS-1$
		}
	}

	@Test
	void aRemoteCupsdThatDoesNotComeBackGetsTheOriginalBytesBack() throws Exception {
		ConnectionOptions quick = new ConnectionOptions(Duration.ofSeconds(5), Duration.ofSeconds(8),
				Duration.ofSeconds(60), 3, "cupola-test"); //$NON-NLS-1$
		try (RemoteCupsSandbox remote = RemoteCupsSandbox.start("Never", true); //$NON-NLS-1$
				CupsConnection c = connect(remote, quick)) {
			String original = COMMENT + '\n' + text(c.getServerConfig(null));
			c.putServerConfig(bytes(original), null);
			byte[] broken = bytes(original + "FooBar 1\n"); //$NON-NLS-1$
			CompletableFuture<Void> restarted = new CompletableFuture<>();
			NullProgressMonitor monitor = new NullProgressMonitor() {
				@Override
				public void subTask(String name) {
					if (Messages.Op_rollback.equals(name)) {
						// the service manager (here: the fixture) brings cupsd back with the file it had at start
						CompletableFuture.runAsync(() -> remote.sandbox().restart()).whenComplete((v, t) -> {
							if (t != null) {
								restarted.completeExceptionally(t);
							} else {
								restarted.complete(null);
							}
						});
					}
				}
			};
			IppException e = assertThrows(IppException.class, () -> c.saveServerConfig(bytes(original), broken, monitor));
			restarted.get(60, TimeUnit.SECONDS);
			assertTrue(e.getMessage().contains("the previous configuration was put back"), e.getMessage()); //$NON-NLS-1$
			assertEquals(original, text(c.getServerConfig(null)), "the original bytes, comment included, are back"); //$NON-NLS-1$
			assertTrue(RestoreJournal.standard().pending(remote.server()).isEmpty(), "nothing left to restore"); //$NON-NLS-1$
		}
	}

	@Test
	void whenTheOriginalCannotBePutBackTheJournalKeepsItForTheNextStart() throws Exception {
		ConnectionOptions quick = new ConnectionOptions(Duration.ofSeconds(5), Duration.ofSeconds(5),
				Duration.ofSeconds(60), 3, "cupola-test"); //$NON-NLS-1$
		try (RemoteCupsSandbox remote = RemoteCupsSandbox.start("Never", true); //$NON-NLS-1$
				CupsConnection c = connect(remote, quick)) {
			String original = COMMENT + '\n' + text(c.getServerConfig(null));
			c.putServerConfig(bytes(original), null);
			RestoreJournal journal = RestoreJournal.standard();
			assertTrue(journal.pending(remote.server()).isEmpty());
			IppException e = assertThrows(IppException.class,
					() -> c.saveServerConfig(bytes(original), bytes(original + "FooBar 1\n"), null)); //$NON-NLS-1$
			assertTrue(e.getMessage().contains("could not be put back"), e.getMessage()); //$NON-NLS-1$
			RestoreJournal.Entry entry = journal.pending(remote.server()).orElseThrow();
			assertEquals(original, text(entry.original()));

			remote.sandbox().restart(); // the server is back (with start.sh's file): the next start restores
			assertTrue(journal.restore(c, entry, null), "the original bytes were put back"); //$NON-NLS-1$
			assertEquals(original, text(c.getServerConfig(null)));
			assertTrue(journal.pending(remote.server()).isEmpty());
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	private static CupsConnection connect(RemoteCupsSandbox remote, ConnectionOptions options) {
		CupsConnection c = new CupsConnection(remote.server(), options,
				new RecordingPrompt(r -> remote.adminCredentials()));
		c.setTrustPrompt(new RecordingTrustPrompt(Decision.TRUST_FOR_SESSION));
		return c;
	}

	/** The settings with one of the five switches flipped (0 share, 1 Internet, 2 admin, 3 cancel, 4 debug). */
	private static ServerSettings with(ServerSettings s, int flip) {
		return new ServerSettings(s.sharePrinters() ^ flip == 0, null, s.remoteAny() ^ flip == 1,
				s.remoteAdmin() ^ flip == 2, s.userCancelAny() ^ flip == 3, s.debugLogging() ^ flip == 4,
				s.jobHistory(), s.jobFiles(), s.maxJobs());
	}

	/** libcups' reading ({@code cupsAdminGetServerSettings}, through {@code cupsctl}) agrees with Cupola's. */
	private static void assertCupsctl(RemoteCupsSandbox remote, ServerSettings wanted) throws Exception {
		Map<String, String> ctl = cupsctl(remote);
		String all = ctl.toString();
		assertEquals(flag(wanted.sharePrinters()), ctl.get("_share_printers"), all); //$NON-NLS-1$
		assertEquals(flag(wanted.remoteAny()), ctl.get("_remote_any"), all); //$NON-NLS-1$
		assertEquals(flag(wanted.remoteAdmin()), ctl.get("_remote_admin"), all); //$NON-NLS-1$
		assertEquals(flag(wanted.userCancelAny()), ctl.get("_user_cancel_any"), all); //$NON-NLS-1$
		assertEquals(flag(wanted.debugLogging()), ctl.get("_debug_logging"), all); //$NON-NLS-1$
		assertEquals(wanted.jobHistory(), ctl.get("PreserveJobHistory"), all); //$NON-NLS-1$
		assertEquals(wanted.jobFiles(), ctl.get("PreserveJobFiles"), all); //$NON-NLS-1$
		assertEquals(Integer.toString(wanted.maxJobs()), ctl.get("MaxJobs"), all); //$NON-NLS-1$
	}

	private static String flag(boolean b) {
		return b ? "1" : "0"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * {@code cupsctl -h 127.0.0.1:PORT -U admin} inside the namespace; it reads the password from a terminal only, so
	 * it runs under {@code script} and gets the password once it asks.
	 */
	private static Map<String, String> cupsctl(RemoteCupsSandbox remote) throws Exception {
		CupsSandbox sandbox = remote.sandbox();
		String ns = namespaceOf(remote);
		Process p = new ProcessBuilder("ip", "netns", "exec", ns, "script", "-qec", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"cupsctl -h 127.0.0.1:" + sandbox.port() + " -U " + sandbox.adminUser(), "/dev/null") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.redirectErrorStream(true).start();
		StringBuilder out = new StringBuilder();
		try (InputStream in = p.getInputStream(); OutputStream stdin = p.getOutputStream()) {
			byte[] buffer = new byte[4096];
			boolean sent = false;
			int n;
			while ((n = in.read(buffer)) >= 0) {
				out.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
				if (!sent && out.indexOf("Password") >= 0) { //$NON-NLS-1$
					stdin.write((new String(sandbox.adminCredentials().password()) + '\n').getBytes(StandardCharsets.UTF_8));
					stdin.flush();
					sent = true;
				}
			}
		}
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), out.toString());
		Map<String, String> values = new TreeMap<>();
		for (String line : out.toString().split("\r?\n")) { //$NON-NLS-1$
			int eq = line.indexOf('=');
			if (eq > 0 && !line.startsWith("Password")) { //$NON-NLS-1$
				values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
			}
		}
		return values;
	}

	private static String namespaceOf(RemoteCupsSandbox remote) throws IOException {
		String x = remote.server().host().split("\\.")[2]; //$NON-NLS-1$
		return "cupola-test-" + x; //$NON-NLS-1$
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String text(byte[] b) {
		return new String(b, StandardCharsets.ISO_8859_1);
	}
}
