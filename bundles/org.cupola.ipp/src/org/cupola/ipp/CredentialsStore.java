package org.cupola.ipp;

/**
 * Where passwords the user asked to remember are kept, one entry per server {@link CupsServer#key() key}: an OSGi
 * service, shared by the GUI's authentication dialog (which saves) and the headless commands (which read). The
 * service is Equinox secure storage; tests use an in-memory store.
 * <p>
 * Implementations are thread-safe, never log or show a password, and do not throw when the storage is unavailable
 * (no keyring, master password dialog cancelled, I/O error): they log the problem and behave as if nothing was
 * stored.
 */
public interface CredentialsStore {

	/**
	 * Reads the remembered credentials of a server.
	 *
	 * @param server
	 *            the server
	 * @return a new {@link Credentials} the caller owns (and clears), or null if none are remembered or the storage
	 *         cannot be read
	 */
	Credentials load(CupsServer server);

	/**
	 * Remembers credentials for a server, replacing what was remembered before.
	 *
	 * @param server
	 *            the server
	 * @param credentials
	 *            the credentials; not retained (the store keeps its own copy)
	 * @return whether they were stored
	 */
	boolean save(CupsServer server, Credentials credentials);

	/**
	 * Forgets the remembered credentials of a server, if any.
	 *
	 * @param server
	 *            the server
	 */
	void remove(CupsServer server);

	/**
	 * Reads credentials remembered for something of a server other than its login (a realm, e.g. the
	 * {@code auth-info} of a queue's device: {@link CredentialsRequest.JobAuth#realm()}).
	 *
	 * @param server
	 *            the server
	 * @param realm
	 *            what they are for
	 * @return a new {@link Credentials} the caller owns, or null; this default keeps nothing
	 */
	default Credentials load(CupsServer server, String realm) {
		return null;
	}

	/**
	 * Remembers credentials of a realm of a server (see {@link #load(CupsServer, String)}), apart from its login.
	 *
	 * @param server
	 *            the server
	 * @param realm
	 *            what they are for
	 * @param credentials
	 *            the credentials; not retained
	 * @return whether they were stored; this default stores nothing
	 */
	default boolean save(CupsServer server, String realm, Credentials credentials) {
		return false;
	}
}
