package org.cupola.ipp.internal.credentials;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.CupsServer;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * Remembers passwords in Equinox secure storage: node {@code /org.cupola/servers/<key>} per server (the
 * {@link CupsServer#key() key} with its slashes encoded by {@link EncodingUtils#encodeSlashes(String)}), the user
 * name unencrypted, the password encrypted. Failures (no password provider, master password dialog cancelled, I/O)
 * are logged without secrets and treated as "nothing stored". Thread-safe. The {@link CredentialsStore} OSGi service
 * (declarative services; the component XML is generated from the annotation at build time).
 */
@Component(service = CredentialsStore.class)
public final class SecureCredentialsStore implements CredentialsStore {

	/** The node under which the servers are stored. */
	public static final String SERVERS_NODE = "/org.cupola/servers/"; //$NON-NLS-1$
	/** The key of the user name (not encrypted). */
	public static final String KEY_USER = "user"; //$NON-NLS-1$
	/** The key of the password (encrypted). */
	public static final String KEY_PASSWORD = "password"; //$NON-NLS-1$
	/** The node under which credentials of other realms than the login are stored (a queue's auth-info). */
	public static final String REALMS_NODE = "/org.cupola/realms/"; //$NON-NLS-1$
	/** The key of the domain (not encrypted), when there is one. */
	public static final String KEY_DOMAIN = "domain"; //$NON-NLS-1$

	private final Supplier<ISecurePreferences> roots;
	private ISecurePreferences root;
	private boolean rootResolved;

	/**
	 * Uses the default secure storage ({@link SecurePreferencesFactory#getDefault()}), opened on first use; the
	 * constructor declarative services calls.
	 */
	public SecureCredentialsStore() {
		this(SecurePreferencesFactory::getDefault);
	}

	/**
	 * Uses the given storage (tests: {@link SecurePreferencesFactory#open(java.net.URL, java.util.Map)}).
	 *
	 * @param roots
	 *            supplies the root node, once, on first use; may supply null if there is no storage
	 */
	public SecureCredentialsStore(Supplier<ISecurePreferences> roots) {
		this.roots = Objects.requireNonNull(roots, "roots"); //$NON-NLS-1$
	}

	/**
	 * The path of a server's node.
	 *
	 * @param server
	 *            the server
	 * @return {@code /org.cupola/servers/} + the encoded key
	 */
	public static String nodePath(CupsServer server) {
		return SERVERS_NODE + EncodingUtils.encodeSlashes(server.key());
	}

	/**
	 * The path of a realm's node.
	 *
	 * @param server
	 *            the server
	 * @param realm
	 *            the realm
	 * @return {@code /org.cupola/realms/} + the encoded key + {@code /} + the encoded realm
	 */
	public static String nodePath(CupsServer server, String realm) {
		return REALMS_NODE + EncodingUtils.encodeSlashes(server.key()) + '/' + EncodingUtils.encodeSlashes(realm);
	}

	@Override
	public synchronized Credentials load(CupsServer server) {
		return loadAt(nodePath(server), server);
	}

	@Override
	public synchronized Credentials load(CupsServer server, String realm) {
		return loadAt(nodePath(server, realm), server);
	}

	@Override
	public synchronized boolean save(CupsServer server, Credentials credentials) {
		return saveAt(nodePath(server), server, credentials);
	}

	@Override
	public synchronized boolean save(CupsServer server, String realm, Credentials credentials) {
		return saveAt(nodePath(server, realm), server, credentials);
	}

	private Credentials loadAt(String path, CupsServer server) {
		ISecurePreferences r = root();
		if (r == null) {
			return null;
		}
		try {
			if (!r.nodeExists(path)) {
				return null;
			}
			ISecurePreferences node = r.node(path);
			String user = node.get(KEY_USER, null);
			String password = node.get(KEY_PASSWORD, null);
			if (user == null || password == null) {
				return null;
			}
			char[] chars = password.toCharArray();
			try {
				return new Credentials(user, chars, node.get(KEY_DOMAIN, null));
			} finally {
				Arrays.fill(chars, '\0');
			}
		} catch (StorageException | RuntimeException e) {
			warning(NLS.bind(Messages.SecureCredentialsStore_loadFailed, server.key()), e);
			return null;
		}
	}

	private boolean saveAt(String path, CupsServer server, Credentials credentials) {
		ISecurePreferences r = root();
		if (r == null) {
			return false;
		}
		ISecurePreferences node = null;
		char[] chars = credentials.password();
		try {
			node = r.node(path);
			node.put(KEY_USER, credentials.user(), false);
			if (credentials.domain() != null) {
				node.put(KEY_DOMAIN, credentials.domain(), false);
			} else {
				node.remove(KEY_DOMAIN);
			}
			node.put(KEY_PASSWORD, new String(chars), true);
			node.flush();
			return true;
		} catch (StorageException | IOException | RuntimeException e) {
			warning(NLS.bind(Messages.SecureCredentialsStore_saveFailed, server.key()), e);
			if (node != null) {
				removeQuietly(node); // no user name without its password
			}
			return false;
		} finally {
			Arrays.fill(chars, '\0');
		}
	}

	@Override
	public synchronized void remove(CupsServer server) {
		ISecurePreferences r = root();
		if (r == null) {
			return;
		}
		String path = nodePath(server);
		try {
			if (r.nodeExists(path)) {
				r.node(path).removeNode();
				r.flush();
			}
		} catch (IOException | RuntimeException e) {
			warning(NLS.bind(Messages.SecureCredentialsStore_removeFailed, server.key()), e);
		}
	}

	private static void removeQuietly(ISecurePreferences node) {
		try {
			ISecurePreferences parent = node.parent();
			node.removeNode();
			if (parent != null) {
				parent.flush();
			}
		} catch (IOException | RuntimeException e) {
			// already reported by the caller
		}
	}

	private ISecurePreferences root() {
		if (!rootResolved) {
			rootResolved = true;
			Throwable failure = null;
			try {
				root = roots.get();
			} catch (RuntimeException | LinkageError e) {
				root = null;
				failure = e;
			}
			if (root == null) {
				warning(Messages.SecureCredentialsStore_unavailable, failure);
			}
		}
		return root;
	}

	/** Logs through the platform logger (the core has no Eclipse log). Never given a password. */
	private static void warning(String message, Throwable e) {
		System.getLogger(SecureCredentialsStore.class.getName()).log(System.Logger.Level.WARNING, message, e);
	}
}
