package org.cupola.ipp.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.UserDirectories;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A crash-safe record of temporary changes to server files. Before a temporary change (the troubleshooter's debug
 * logging) the original bytes and what is changed are written to {@code <state>/restore/<host>_<port>.json} and
 * {@code <host>_<port>.cupsd.conf} ({@link UserDirectories#state()}, never the product directory); after the
 * restore they are deleted. If the process dies in between, the next start finds the entry ({@link #pending}) and
 * finishes the restore ({@link #restore}). Both files are written to a temporary name, forced to disk and moved into
 * place, the bytes first, so an entry is either complete or absent. Thread-safe per instance.
 */
public final class RestoreJournal {

	/** The only server file Cupola changes: {@code /admin/conf/cupsd.conf}. */
	public static final String CUPSD_CONF = "cupsd.conf"; //$NON-NLS-1$

	private static final String JSON = ".json"; //$NON-NLS-1$
	private static final String TMP = ".tmp"; //$NON-NLS-1$

	/**
	 * One pending restore.
	 *
	 * @param server
	 *            the server whose file was changed
	 * @param file
	 *            which file ({@link #CUPSD_CONF})
	 * @param change
	 *            what was changed, for people (e.g. {@code LogLevel debug, MaxLogSize 0})
	 * @param created
	 *            when the change was made
	 * @param original
	 *            the file's bytes before the change
	 * @param pid
	 *            the process that made the change
	 */
	public record Entry(CupsServer server, String file, String change, Instant created, byte[] original, long pid) {
		/** Checks the components. */
		public Entry {
			Objects.requireNonNull(server);
			Objects.requireNonNull(file);
			Objects.requireNonNull(change);
			Objects.requireNonNull(created);
			original = original.clone();
		}

		@Override
		public byte[] original() {
			return original.clone();
		}

		/**
		 * {@return whether the process that made the change is gone (it crashed or was killed before its restore);
		 * while it runs, the entry is its own business}
		 */
		public boolean abandoned() {
			return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
		}

		@Override
		public boolean equals(Object obj) {
			return obj instanceof Entry e && server.equals(e.server) && file.equals(e.file) && change.equals(e.change)
					&& created.equals(e.created) && Arrays.equals(original, e.original) && pid == e.pid;
		}

		@Override
		public int hashCode() {
			return Objects.hash(server, file, change, created) * 31 + Arrays.hashCode(original);
		}

		@Override
		public String toString() {
			return "RestoreJournal.Entry[" + server + ' ' + file + ": " + change + ']'; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private final Path directory;

	/**
	 * @param directory
	 *            where the entries live (created on the first write)
	 */
	public RestoreJournal(Path directory) {
		this.directory = Objects.requireNonNull(directory);
	}

	/** {@return the journal of this user: {@code UserDirectories.state()/restore}} */
	public static RestoreJournal standard() {
		return new RestoreJournal(UserDirectories.state().resolve("restore")); //$NON-NLS-1$
	}

	/** {@return the directory of the entries} */
	public Path directory() {
		return directory;
	}

	/**
	 * The base name of a server's entry: {@code host_port}, with every character other than letters, digits, dot and
	 * dash replaced by {@code _} (IPv6 literals, unix sockets).
	 *
	 * @param server
	 *            the server
	 * @return the base name
	 */
	public static String baseName(CupsServer server) {
		return server.host().replaceAll("[^A-Za-z0-9.-]", "_") + '_' + server.port(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Records the original bytes of a file before a temporary change, replacing an older entry of the server.
	 *
	 * @param server
	 *            the server
	 * @param file
	 *            the file ({@link #CUPSD_CONF})
	 * @param original
	 *            its bytes before the change
	 * @param change
	 *            what will be changed, for people
	 * @return the entry
	 * @throws IOException
	 *             when the entry cannot be written (then the change must not be made)
	 */
	public synchronized Entry record(CupsServer server, String file, byte[] original, String change)
			throws IOException {
		Entry entry = new Entry(server, file, change, Instant.now(), original, ProcessHandle.current().pid());
		Files.createDirectories(directory);
		String base = baseName(server);
		writeAtomically(directory.resolve(base + '.' + file), entry.original);
		Map<String, String> json = new LinkedHashMap<>();
		json.put("scheme", server.secure() ? "ipps" : "ipp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		json.put("host", server.host()); //$NON-NLS-1$
		json.put("port", Integer.toString(server.port())); //$NON-NLS-1$
		json.put("file", file); //$NON-NLS-1$
		json.put("original", base + '.' + file); //$NON-NLS-1$
		json.put("change", change); //$NON-NLS-1$
		json.put("created", entry.created.toString()); //$NON-NLS-1$
		json.put("pid", Long.toString(entry.pid)); //$NON-NLS-1$
		writeAtomically(directory.resolve(base + JSON), FlatJson.write(json).getBytes(StandardCharsets.UTF_8));
		return entry;
	}

	/**
	 * @param server
	 *            the server
	 * @return its pending entry, if a complete and readable one exists
	 */
	public synchronized Optional<Entry> pending(CupsServer server) {
		return read(directory.resolve(baseName(server) + JSON));
	}

	/**
	 * @param server
	 *            the server
	 * @return its pending entry if the process that made it is gone: a restore to finish now
	 */
	public synchronized Optional<Entry> abandoned(CupsServer server) {
		return pending(server).filter(Entry::abandoned);
	}

	/** {@return every complete pending entry} */
	public synchronized List<Entry> all() {
		List<Entry> result = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return result;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + JSON)) { //$NON-NLS-1$
			for (Path p : files) {
				read(p).ifPresent(result::add);
			}
		} catch (IOException e) {
			// unreadable directory: nothing pending that we could restore
		}
		return result;
	}

	/**
	 * Forgets a server's entry (after the restore, or when the user declined it).
	 *
	 * @param server
	 *            the server
	 * @throws IOException
	 *             when the files cannot be deleted
	 */
	public synchronized void delete(CupsServer server) throws IOException {
		String base = baseName(server);
		Path json = directory.resolve(base + JSON);
		Optional<Entry> entry = read(json);
		Files.deleteIfExists(json);
		Files.deleteIfExists(directory.resolve(base + '.' + entry.map(Entry::file).orElse(CUPSD_CONF)));
	}

	/**
	 * Finishes a restore: puts the original bytes back unless the server already has exactly them, holding the
	 * server's {@link ServerFilesRule}, then deletes the entry. Needs an administrator (the connection's prompt may
	 * ask).
	 *
	 * @param connection
	 *            a connection to the entry's server
	 * @param entry
	 *            the entry
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return whether bytes were put back (false: the server already had them)
	 * @throws IppException
	 *             when CUPS fails; the entry stays
	 * @throws IOException
	 *             when the entry cannot be deleted
	 */
	public boolean restore(CupsConnection connection, Entry entry, IProgressMonitor monitor)
			throws IppException, IOException {
		if (!CUPSD_CONF.equals(entry.file())) {
			throw new IllegalArgumentException(entry.file());
		}
		SubMonitor sub = SubMonitor.convert(monitor, 2);
		byte[] original = entry.original();
		boolean changed = ServerFilesRule.run(connection.server(), sub.split(2), m -> {
			SubMonitor s = SubMonitor.convert(m, 2);
			if (Arrays.equals(connection.getServerConfig(s.split(1)), original)) {
				return Boolean.FALSE;
			}
			connection.putServerConfig(original, s.split(1));
			return Boolean.TRUE;
		}).booleanValue();
		delete(entry.server());
		return changed;
	}

	private Optional<Entry> read(Path json) {
		try {
			Map<String, String> map = FlatJson.read(Files.readString(json, StandardCharsets.UTF_8));
			CupsServer server = new CupsServer("ipps".equals(map.get("scheme")), map.get("host"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Integer.parseInt(map.get("port"))); //$NON-NLS-1$
			String originalName = map.get("original"); //$NON-NLS-1$
			if (originalName == null || originalName.contains("/") || !originalName.startsWith(baseName(server))) { //$NON-NLS-1$
				return Optional.empty();
			}
			byte[] original = Files.readAllBytes(directory.resolve(originalName));
			return Optional.of(new Entry(server, map.get("file"), map.getOrDefault("change", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Instant.parse(map.get("created")), original, Long.parseLong(map.getOrDefault("pid", "0")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException | RuntimeException e) {
			return Optional.empty(); // a torn or foreign file: not an entry we can restore from
		}
	}

	private static void writeAtomically(Path target, byte[] bytes) throws IOException {
		Path tmp = target.resolveSibling(target.getFileName() + TMP);
		try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		try {
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
