package org.cupola.ipp.internal.credentials;

import java.util.HashMap;
import java.util.Map;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.CupsServer;

/**
 * A {@link CredentialsStore} in memory, for tests and for when secure storage is unavailable: nothing outlives the
 * process. Holds copies; {@link #clear()} zeroes them. Thread-safe.
 */
public final class InMemoryCredentialsStore implements CredentialsStore {

	private final Map<String, Credentials> entries = new HashMap<>();

	/** Creates an empty store. */
	public InMemoryCredentialsStore() {
		// nothing
	}

	@Override
	public synchronized Credentials load(CupsServer server) {
		Credentials stored = entries.get(server.key());
		return stored == null ? null : CredentialsCopies.copy(stored);
	}

	@Override
	public synchronized boolean save(CupsServer server, Credentials credentials) {
		Credentials old = entries.put(server.key(), CredentialsCopies.copy(credentials));
		if (old != null) {
			old.clear();
		}
		return true;
	}

	@Override
	public synchronized void remove(CupsServer server) {
		Credentials old = entries.remove(server.key());
		if (old != null) {
			old.clear();
		}
	}

	@Override
	public synchronized Credentials load(CupsServer server, String realm) {
		Credentials stored = entries.get(realmKey(server, realm));
		return stored == null ? null : CredentialsCopies.copy(stored);
	}

	@Override
	public synchronized boolean save(CupsServer server, String realm, Credentials credentials) {
		Credentials old = entries.put(realmKey(server, realm), CredentialsCopies.copy(credentials));
		if (old != null) {
			old.clear();
		}
		return true;
	}

	/** {@return whether credentials are stored for this realm of the server} */
	public synchronized boolean contains(CupsServer server, String realm) {
		return entries.containsKey(realmKey(server, realm));
	}

	private static String realmKey(CupsServer server, String realm) {
		return server.key() + '\n' + realm;
	}

	/** {@return whether credentials are stored for the server} */
	public synchronized boolean contains(CupsServer server) {
		return entries.containsKey(server.key());
	}

	/** Forgets everything, zeroing the passwords. */
	public synchronized void clear() {
		for (Credentials c : entries.values()) {
			c.clear();
		}
		entries.clear();
	}
}
