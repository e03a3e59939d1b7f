package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.UserDirectories;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.testing.CupsSandbox;
import org.cupola.troubleshoot.DiagnoseCommand;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/**
 * Crash-safe restore: a JVM running the troubleshooter is killed (SIGKILL) while debug logging is on; the next
 * {@code cupola diagnose} with an administrator puts cupsd.conf back byte for byte and says so in one line.
 */
class CrashRestoreTest {

	@Test
	void killedWhileDebugLoggingIsOnThenTheNextRunRestores() throws Exception {
		Path state = Files.createTempDirectory("cupola-state-");
		try (CupsSandbox sandbox = CupsSandbox.start(true);
				CupsConnection admin = new CupsConnection(sandbox.server(), TestSupport.OPTIONS, null)) {
			admin.setCredentials(sandbox.adminCredentials());
			// a file of the user's own: warn level (so debug logging is a change) and a comment CUPS would drop
			String text = new String(admin.getServerConfig(null), StandardCharsets.ISO_8859_1)
					.replaceFirst("(?m)^LogLevel .*$", "# chosen by the admin, keep this comment\nLogLevel warn");
			admin.putServerConfig(text.getBytes(StandardCharsets.ISO_8859_1), null);
			byte[] original = admin.getServerConfig(null);
			assertEquals(text, new String(original, StandardCharsets.ISO_8859_1));
			CupsServer server = sandbox.server();
			RestoreJournal journal = new RestoreJournal(state.resolve("restore"));

			Process hold = child(state, "hold", server.host(), Integer.toString(server.port())).start();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(hold.getInputStream(), StandardCharsets.UTF_8))) {
				String line = out.readLine();
				assertEquals(CrashChild.DEBUG_ON, line, "the child turned debug logging on: " + line);
				RestoreJournal.Entry entry = journal.pending(server).orElseThrow();
				assertArrayEquals(original, entry.original(), "journaled before the change");
				assertFalse(Arrays.equals(original, admin.getServerConfig(null)), "the server has the debug file");
				assertEquals(hold.pid(), entry.pid());
				assertFalse(entry.abandoned(), "its process is alive");
				hold.destroyForcibly(); // kill -9: no cleanup, no shutdown hook
				assertTrue(hold.waitFor(60, TimeUnit.SECONDS));
			}
			assertFalse(Arrays.equals(original, admin.getServerConfig(null)), "debug logging stayed on");
			assertTrue(journal.abandoned(server).isPresent());

			Process again = child(state, "diagnose", "--server", server.hostAndPort(), "--printer", "null", "--user",
					sandbox.adminUser()).start();
			String stdout = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String stderr = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(again.waitFor(120, TimeUnit.SECONDS));
			assertEquals(DiagnoseCommand.EXIT_OK, again.exitValue(), stdout + stderr);
			List<String> said = stderr.lines().filter(l -> l.contains("restored cupsd.conf")).toList();
			assertEquals(List.of("diagnose: restored cupsd.conf on " + server.hostAndPort()
					+ " from an interrupted run (Debug logging turned on by the troubleshooter (LogLevel warn -> debug,"
					+ " MaxLogSize 0))"), said, stderr);
			assertArrayEquals(original, admin.getServerConfig(null), "cupsd.conf is back byte for byte");
			assertTrue(journal.pending(server).isEmpty(), "the journal entry is gone");
			assertFalse(stdout.contains("cupsadmin-pw") || stderr.contains("cupsadmin-pw"));
		} finally {
			try (var files = Files.walk(state)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** A plain JVM running {@link CrashChild} with the bundles' classes, the state directory and the password. */
	private static ProcessBuilder child(Path state, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-D" + UserDirectories.STATE_PROPERTY + '=' + state);
		command.add("-cp");
		command.add(classpath(CrashChild.class, DiagnoseCommand.class, CupsServer.class, IProgressMonitor.class,
				Job.class, NLS.class));
		command.add(CrashChild.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command);
		pb.environment().put(DiagnoseCommand.PASSWORD_ENV, "cupsadmin-pw");
		return pb;
	}

	/** The class-path roots (jar or folder) of the classes, as the OSGi runtime loaded them. */
	private static String classpath(Class<?>... classes) throws IOException {
		Set<String> roots = new LinkedHashSet<>();
		for (Class<?> c : classes) {
			String resource = c.getName().replace('.', '/') + ".class";
			URL url = FileLocator.resolve(c.getClassLoader().getResource(resource));
			String s = url.toString();
			if (s.startsWith("jar:file:")) {
				roots.add(new File(java.net.URI.create(s.substring(4, s.indexOf("!/")))).getPath());
			} else if (s.startsWith("file:") && s.endsWith(resource)) {
				roots.add(new File(java.net.URI.create(s.substring(0, s.length() - resource.length()))).getPath());
			} else {
				throw new IOException("cannot put on a class path: " + s);
			}
		}
		return String.join(File.pathSeparator, roots);
	}
}
