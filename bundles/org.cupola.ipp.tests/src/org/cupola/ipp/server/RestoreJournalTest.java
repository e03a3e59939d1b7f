package org.cupola.ipp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link RestoreJournal}: entries on disk, torn entries, and a restore against a real cupsd. */
class RestoreJournalTest {

	private static final CupsServer SERVER = new CupsServer(false, "127.0.0.1", 8631);
	private Path dir;
	private RestoreJournal journal;

	@BeforeEach
	void create() throws IOException {
		dir = Files.createTempDirectory("cupola-journal-");
		journal = new RestoreJournal(dir.resolve("restore"));
	}

	@AfterEach
	void delete() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void anEntryKeepsTheOriginalBytesUntilDeleted() throws IOException {
		byte[] original = { 'L', 'o', 'g', 'L', 'e', 'v', 'e', 'l', ' ', 'w', 'a', 'r', 'n', '\r', '\n', (byte) 0xE9, 0 };
		assertTrue(journal.pending(SERVER).isEmpty());
		RestoreJournal.Entry written = journal.record(SERVER, RestoreJournal.CUPSD_CONF, original,
				"LogLevel warn -> \"debug\"");
		RestoreJournal.Entry read = journal.pending(SERVER).orElseThrow();
		assertEquals(written, read);
		assertArrayEquals(original, read.original());
		assertEquals("LogLevel warn -> \"debug\"", read.change());
		assertEquals(ProcessHandle.current().pid(), read.pid());
		assertFalse(read.abandoned(), "this process is alive: not abandoned");
		assertTrue(journal.abandoned(SERVER).isEmpty());
		assertEquals(List.of(read), journal.all());
		assertTrue(Files.exists(dir.resolve("restore/127.0.0.1_8631.json")));
		assertArrayEquals(original, Files.readAllBytes(dir.resolve("restore/127.0.0.1_8631.cupsd.conf")));
		assertTrue(journal.pending(new CupsServer(false, "127.0.0.1", 631)).isEmpty(), "another port");

		journal.delete(SERVER);
		assertTrue(journal.pending(SERVER).isEmpty());
		try (Stream<Path> left = Files.list(dir.resolve("restore"))) {
			assertEquals(0, left.count(), "no file left behind");
		}
	}

	@Test
	void anEntryOfADeadProcessIsAbandoned() throws Exception {
		journal.record(SERVER, RestoreJournal.CUPSD_CONF, new byte[] { 'x' }, "change");
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Path json = dir.resolve("restore/127.0.0.1_8631.json");
		String text = Files.readString(json).replace("\"pid\": \"" + ProcessHandle.current().pid() + "\"",
				"\"pid\": \"" + gone.pid() + "\"");
		Files.writeString(json, text);
		assertTrue(journal.pending(SERVER).orElseThrow().abandoned());
		assertEquals(gone.pid(), journal.abandoned(SERVER).orElseThrow().pid());
	}

	@Test
	void tornOrForeignEntriesAreIgnored() throws IOException {
		journal.record(SERVER, RestoreJournal.CUPSD_CONF, new byte[] { 'x' }, "change");
		Files.delete(dir.resolve("restore/127.0.0.1_8631.cupsd.conf"));
		assertTrue(journal.pending(SERVER).isEmpty(), "no original bytes: nothing to restore");
		Files.writeString(dir.resolve("restore/127.0.0.1_8631.json"), "{ \"host\": ", StandardCharsets.UTF_8);
		assertTrue(journal.pending(SERVER).isEmpty());
		Files.writeString(dir.resolve("restore/127.0.0.1_8631.json"),
				"{\"scheme\": \"ipp\", \"host\": \"127.0.0.1\", \"port\": \"8631\", \"file\": \"cupsd.conf\", "
						+ "\"original\": \"../../etc/passwd\", \"change\": \"x\", \"created\": \"2026-01-01T00:00:00Z\"}");
		assertTrue(journal.pending(SERVER).isEmpty(), "an entry never names a file outside the journal");
		assertTrue(journal.all().isEmpty());
	}

	@Test
	void baseNamesAreSafeFileNames() {
		assertEquals("__1_631", RestoreJournal.baseName(new CupsServer(false, "::1", 631)));
		assertEquals("print-host.example_631", RestoreJournal.baseName(new CupsServer(true, "print-host.example", 631)));
	}

	@Test
	void restorePutsTheOriginalBackAgainstARealCupsd() throws Exception {
		try (CupsSandbox sandbox = CupsSandbox.start(false);
				CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			byte[] original = connection.getServerConfig(null);
			RestoreJournal.Entry entry = journal.record(sandbox.server(), RestoreJournal.CUPSD_CONF, original,
					"LogLevel -> warn");
			CupsdConf changed = CupsdConf.parse(original);
			changed.setDebugLogging(!changed.isDebugLogging());
			connection.putServerConfig(changed.toBytes(), null);
			assertFalse(java.util.Arrays.equals(original, connection.getServerConfig(null)));

			assertTrue(journal.restore(connection, entry, null), "bytes were put back");
			assertArrayEquals(original, connection.getServerConfig(null));
			assertTrue(journal.pending(sandbox.server()).isEmpty(), "the entry is gone after the restore");

			journal.record(sandbox.server(), RestoreJournal.CUPSD_CONF, original, "nothing");
			assertFalse(journal.restore(connection, journal.pending(sandbox.server()).orElseThrow(), null),
					"the server already has the original: no PUT, no restart");
			assertTrue(journal.pending(sandbox.server()).isEmpty());
		}
	}
}
