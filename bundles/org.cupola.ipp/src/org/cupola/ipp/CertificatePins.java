package org.cupola.ipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server certificates the user chose to trust, like ssh's {@code known_hosts}: one SHA-256 fingerprint per
 * {@code host:port}, in {@code known-certificates} under {@link UserDirectories#config()} (not secret; shared by the
 * GUI and the headless commands, re-read at each check so a {@code cupola certificates trust} takes effect at once).
 * Certificates trusted for this session only are kept in memory.
 */
public final class CertificatePins {

	/** The file's name in the configuration directory. */
	public static final String FILE_NAME = "known-certificates"; //$NON-NLS-1$
	private static final Map<String, String> SESSION = new ConcurrentHashMap<>();

	private final Path file;

	/**
	 * @param file
	 *            the file holding the pins
	 */
	public CertificatePins(Path file) {
		this.file = file;
	}

	/** {@return the user's pins: {@code known-certificates} in {@link UserDirectories#config()}} */
	public static CertificatePins user() {
		return new CertificatePins(UserDirectories.config().resolve(FILE_NAME));
	}

	/** {@return the file} */
	public Path file() {
		return file;
	}

	/** {@return the pinned fingerprint of a server, {@code host:port}} */
	public Optional<String> pinned(String hostPort) {
		return Optional.ofNullable(list().get(hostPort));
	}

	/** {@return every pin: {@code host:port} to fingerprint, sorted} */
	public synchronized Map<String, String> list() {
		Map<String, String> pins = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return pins;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String l = line.strip();
				if (l.isEmpty() || l.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				String[] parts = l.split("\\s+"); //$NON-NLS-1$
				if (parts.length >= 2) {
					try {
						pins.put(parts[0], CertificateInfo.normalizeFingerprint(parts[1]));
					} catch (IllegalArgumentException e) {
						// a damaged line trusts nothing
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pins;
	}

	/**
	 * Trusts a certificate for a server from now on, replacing an earlier one.
	 *
	 * @param hostPort
	 *            {@code host:port}
	 * @param sha256
	 *            the fingerprint
	 */
	public synchronized void pin(String hostPort, String sha256) {
		Map<String, String> pins = list();
		pins.put(hostPort, CertificateInfo.normalizeFingerprint(sha256));
		write(pins);
	}

	/**
	 * Forgets the certificate of a server.
	 *
	 * @param hostPort
	 *            {@code host:port}
	 * @return whether one was pinned
	 */
	public synchronized boolean forget(String hostPort) {
		Map<String, String> pins = list();
		boolean had = pins.remove(hostPort) != null;
		if (had) {
			write(pins);
		}
		SESSION.remove(hostPort);
		return had;
	}

	private void write(Map<String, String> pins) {
		StringBuilder text = new StringBuilder(
				"# Server certificates trusted in Cupola: host:port SHA-256 (cupola certificates list|trust|forget)\n"); //$NON-NLS-1$
		pins.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
		try {
			Files.createDirectories(file.getParent());
			Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp"); //$NON-NLS-1$
			Files.writeString(tmp, text, StandardCharsets.UTF_8);
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Trusts a certificate for a server until this application ends.
	 *
	 * @param hostPort
	 *            {@code host:port}
	 * @param sha256
	 *            the fingerprint
	 */
	public static void trustForSession(String hostPort, String sha256) {
		SESSION.put(hostPort, CertificateInfo.normalizeFingerprint(sha256));
	}

	/** {@return whether a certificate was trusted for this session} */
	public static boolean isTrustedForSession(String hostPort, String sha256) {
		return sha256.equals(SESSION.get(hostPort));
	}

	/** Forgets every certificate trusted for this session (tests). */
	public static void clearSession() {
		SESSION.clear();
	}

	/**
	 * Connects to a server over TLS and describes its certificate, deciding nothing (what
	 * {@code cupola certificates trust} shows).
	 *
	 * @param server
	 *            the server
	 * @param timeout
	 *            connect and handshake timeout
	 * @return the certificate and why it is not trusted (no problems: the system trusts it; {@link
	 *         TrustRequest.Problem#CHANGED} with the pinned fingerprint when another one is pinned)
	 * @throws java.io.IOException
	 *             when the server cannot be reached or offers no TLS
	 */
	public static TrustRequest fetch(CupsServer server, java.time.Duration timeout) throws java.io.IOException {
		return org.cupola.ipp.internal.TlsTrust.fetch(server, (int) Math.max(1, timeout.toMillis()));
	}

	/** {@return the servers trusted for this session} */
	public static List<String> sessionServers() {
		return List.copyOf(SESSION.keySet());
	}
}
