package org.cupola.ipp;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The user's own preferences (remembered servers, notification choices, per-server encryption and clear-text
 * choices...) in one scope: one file, {@code preferences.properties} in {@link UserDirectories#config()}, shared by
 * the GUI (standalone or in an IDE) and every headless command, whatever the current directory. Keys are qualified by
 * the bundle that owns them ({@code org.cupola.ui.servers}).
 * <p>
 * Every change is written through at once (a temporary file renamed over the old one, so a crash never leaves half a
 * file); reads see changes another Cupola process made (the file is read again when its modification time changes).
 * Never store secrets here: passwords belong in secure storage. Thread-safe.
 */
public final class UserPreferences {

	/** The file's name inside {@link UserDirectories#config()}. */
	public static final String FILE_NAME = "preferences.properties"; //$NON-NLS-1$

	private static final String HEADER = "Cupola user preferences (see README, \"Where Cupola keeps its files\")"; //$NON-NLS-1$
	private static volatile UserPreferences defaultInstance;

	private final Path file;
	private final Map<String, String> values = new TreeMap<>();
	private FileTime loadedStamp;
	private boolean loaded;

	/**
	 * Preferences kept in a given file (tests; {@link #getDefault()} for the user's).
	 *
	 * @param file
	 *            the properties file; its directory is created on the first write
	 */
	public UserPreferences(Path file) {
		this.file = Objects.requireNonNull(file).toAbsolutePath();
	}

	/** {@return the user's preferences, in {@link UserDirectories#config()}} (resolved on first use) */
	public static UserPreferences getDefault() {
		UserPreferences p = defaultInstance;
		if (p == null) {
			synchronized (UserPreferences.class) {
				p = defaultInstance;
				if (p == null) {
					p = new UserPreferences(UserDirectories.config().resolve(FILE_NAME));
					defaultInstance = p;
				}
			}
		}
		return p;
	}

	/** {@return the file the preferences live in} */
	public Path file() {
		return file;
	}

	/**
	 * @param key
	 *            a qualified key
	 * @param defaultValue
	 *            returned when the key is not set
	 * @return the value
	 */
	public synchronized String get(String key, String defaultValue) {
		refresh();
		return values.getOrDefault(key, defaultValue);
	}

	/** {@return whether the key is set} */
	public synchronized boolean contains(String key) {
		refresh();
		return values.containsKey(key);
	}

	/** {@return a copy of every key and value whose key starts with {@code prefix}} */
	public synchronized Map<String, String> withPrefix(String prefix) {
		refresh();
		Map<String, String> result = new TreeMap<>();
		values.forEach((k, v) -> {
			if (k.startsWith(prefix)) {
				result.put(k, v);
			}
		});
		return result;
	}

	/**
	 * Sets a value and writes the file.
	 *
	 * @param key
	 *            a qualified key
	 * @param value
	 *            the value, or null to remove the key
	 * @throws UncheckedIOException
	 *             when the file cannot be written
	 */
	public void put(String key, String value) {
		putAll(value == null ? nullMap(key) : Map.of(key, value));
	}

	/**
	 * Sets several values in one write; a null value removes its key.
	 *
	 * @param changes
	 *            keys and values
	 * @throws UncheckedIOException
	 *             when the file cannot be written
	 */
	public synchronized void putAll(Map<String, String> changes) {
		refresh(); // another process may have written since: keep its changes
		boolean changed = false;
		for (Map.Entry<String, String> e : changes.entrySet()) {
			String old = e.getValue() == null ? values.remove(e.getKey()) : values.put(e.getKey(), e.getValue());
			changed |= !Objects.equals(old, e.getValue());
		}
		if (changed) {
			write();
		}
	}

	private static Map<String, String> nullMap(String key) {
		Map<String, String> m = new TreeMap<>();
		m.put(Objects.requireNonNull(key), null);
		return m;
	}

	private void refresh() {
		FileTime stamp;
		try {
			stamp = Files.getLastModifiedTime(file);
		} catch (NoSuchFileException e) {
			stamp = null;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (loaded && Objects.equals(stamp, loadedStamp)) {
			return;
		}
		values.clear();
		if (stamp != null) {
			Properties p = new Properties();
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			} catch (NoSuchFileException e) {
				stamp = null;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			p.forEach((k, v) -> values.put((String) k, (String) v));
		}
		loadedStamp = stamp;
		loaded = true;
	}

	private void write() {
		Properties p = new Properties();
		p.putAll(values);
		StringWriter text = new StringWriter();
		try {
			p.store(text, HEADER);
			StringBuilder out = new StringBuilder();
			// Properties writes a date comment and no order: keep the header, sort the entries (a stable, diffable file)
			out.append('#').append(HEADER).append('\n');
			text.toString().lines().filter(l -> !l.startsWith("#")).sorted() //$NON-NLS-1$
					.forEach(l -> out.append(l).append('\n'));
			Files.createDirectories(file.getParent());
			Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp"); //$NON-NLS-1$
			try {
				Files.writeString(tmp, out, StandardCharsets.UTF_8);
				try {
					Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(tmp);
			}
			loadedStamp = Files.getLastModifiedTime(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
