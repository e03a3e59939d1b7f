package org.cupola.ipp;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and password for HTTP Basic authentication. The password is held in a private {@code char[]} copy,
 * handed out only as copies, and zeroed by {@link #clear()} / {@link #close()}. {@link #toString()} never shows it.
 * Thread-safe.
 */
public final class Credentials implements AutoCloseable {

	private final String user;
	private final String domain;
	private char[] password;
	private boolean cleared;

	/**
	 * @param user
	 *            the user name
	 * @param password
	 *            the password; copied, the caller may (and should) zero its array afterwards
	 */
	public Credentials(String user, char[] password) {
		this(user, password, null);
	}

	/**
	 * Credentials with a domain (a job's {@code auth-info} for a queue whose {@code auth-info-required} lists
	 * {@code domain}, e.g. an SMB share).
	 *
	 * @param user
	 *            the user name
	 * @param password
	 *            the password; copied, the caller may (and should) zero its array afterwards
	 * @param domain
	 *            the domain, or null
	 */
	public Credentials(String user, char[] password, String domain) {
		this.user = Objects.requireNonNull(user, "user"); //$NON-NLS-1$
		this.domain = domain;
		this.password = password == null ? new char[0] : password.clone();
	}

	/** {@return the user name} */
	public String user() {
		return user;
	}

	/** {@return the domain, or null when none was asked for} */
	public String domain() {
		return domain;
	}

	/**
	 * A copy of the password: zero it when done ({@code Arrays.fill(pw, '\0')}).
	 *
	 * @return the copy; empty after {@link #clear()}
	 */
	public synchronized char[] password() {
		return password.clone();
	}

	/** {@return whether {@link #clear()} was called} */
	public synchronized boolean isCleared() {
		return cleared;
	}

	/** Zeroes the password. */
	public synchronized void clear() {
		Arrays.fill(password, '\0');
		password = new char[0];
		cleared = true;
	}

	/** Same as {@link #clear()}. */
	@Override
	public void close() {
		clear();
	}

	/** A copy with the same user and password (for a cache that outlives the caller's object). */
	Credentials copy() {
		char[] pw = password();
		try {
			return new Credentials(user, pw, domain);
		} finally {
			Arrays.fill(pw, '\0');
		}
	}

	@Override
	public String toString() {
		return "Credentials[user=" + user + ", password=***]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
