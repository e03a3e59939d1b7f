package org.cupola.ipp.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.UserDirectories;

/**
 * Each queue's timeline of {@link QueueEvent}s, one JSON line per event in
 * {@code <state>/history/<host_port>/<queue>.jsonl} (server events in {@code _server.jsonl}), bounded to the newest
 * {@code maxEvents} per file: when a file holds a quarter more, it is rewritten with the newest ones (atomically).
 * Lines that do not parse are skipped. Thread-safe within one process.
 */
public final class QueueHistory {

	/** How many events each queue keeps by default. */
	public static final int DEFAULT_MAX_EVENTS = 200;

	private static final String SERVER_FILE = "_server"; //$NON-NLS-1$
	private static final String SUFFIX = ".jsonl"; //$NON-NLS-1$

	private static QueueHistory defaultHistory;

	private final Path directory;
	private final int maxEvents;

	/**
	 * @param directory
	 *            where the files go (created on the first event)
	 * @param maxEvents
	 *            how many events each queue keeps, at least 1
	 */
	public QueueHistory(Path directory, int maxEvents) {
		this.directory = Objects.requireNonNull(directory);
		this.maxEvents = Math.max(1, maxEvents);
	}

	/** {@return the user's history: {@link UserDirectories#state()}/history, {@link #DEFAULT_MAX_EVENTS} per queue} */
	public static synchronized QueueHistory getDefault() {
		if (defaultHistory == null || !defaultHistory.directory.equals(UserDirectories.state().resolve("history"))) { //$NON-NLS-1$
			defaultHistory = new QueueHistory(UserDirectories.state().resolve("history"), DEFAULT_MAX_EVENTS); //$NON-NLS-1$
		}
		return defaultHistory;
	}

	/** {@return the directory of the files} */
	public Path directory() {
		return directory;
	}

	/** {@return how many events each queue keeps} */
	public int maxEvents() {
		return maxEvents;
	}

	/**
	 * @param server
	 *            {@code host:port}
	 * @param queue
	 *            the queue, or null for the server's own events
	 * @return the file of that timeline
	 */
	public Path file(String server, String queue) {
		return directory.resolve(safe(server)).resolve((queue == null ? SERVER_FILE : safe(queue)) + SUFFIX);
	}

	private static String safe(String name) {
		String s = name.replaceAll("[^A-Za-z0-9._@+-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return s.startsWith(".") ? '_' + s : s; //$NON-NLS-1$
	}

	/**
	 * Appends an event to its queue's timeline (the server's for a server event), trimming the file when it grew too
	 * long.
	 *
	 * @param event
	 *            the event
	 * @throws IOException
	 *             when the file cannot be written
	 */
	public synchronized void append(QueueEvent event) throws IOException {
		Path file = file(event.server(), event.queue());
		Files.createDirectories(file.getParent());
		Files.writeString(file, event.toJson() + '\n', StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.size() > maxEvents + maxEvents / 4) {
			rewrite(file, lines.subList(lines.size() - maxEvents, lines.size()));
		}
	}

	private static void rewrite(Path file, List<String> lines) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
		Files.write(tmp, lines, StandardCharsets.UTF_8);
		try {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * @param server
	 *            {@code host:port}
	 * @param queue
	 *            the queue, or null for the server's own events
	 * @return the newest {@link #maxEvents()} events, oldest first; empty when there is no history
	 * @throws IOException
	 *             when the file exists and cannot be read
	 */
	public synchronized List<QueueEvent> read(String server, String queue) throws IOException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file(server, queue), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return List.of();
		}
		List<QueueEvent> out = new ArrayList<>();
		for (String line : lines.size() > maxEvents ? lines.subList(lines.size() - maxEvents, lines.size()) : lines) {
			if (line.isBlank()) {
				continue;
			}
			try {
				out.add(QueueEvent.fromJson(line));
			} catch (IllegalArgumentException e) {
				// a line cut short by a crash, or from a newer version: skip it
			}
		}
		return out;
	}
}
