package org.cupola.ipp.internal.credentials;

import static org.cupola.testing.SecureStorage.assertCredentials;
import static org.cupola.testing.SecureStorage.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsServer;
import org.cupola.testing.SecureStorage;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * The credential stores: the in-memory one, and the Equinox secure storage one on a storage file of its own (opened
 * with a fixed master password and no prompting, so no keyring or password provider module is involved). The
 * prompt's use of the store is tested in org.cupola.auth.ui.tests (SecureStorePromptTest).
 */
class CredentialsStoreTest {

	private static final CupsServer SERVER = new CupsServer(false, "printhost.example", 631); //$NON-NLS-1$
	private static final CupsServer TLS = new CupsServer(true, "printhost.example", 631); //$NON-NLS-1$
	private static final String SECRET = "s3cret-Pa55"; //$NON-NLS-1$

	@TempDir
	Path dir;

	@Test
	void inMemoryStoreKeepsCopies() {
		InMemoryCredentialsStore store = new InMemoryCredentialsStore();
		assertNull(store.load(SERVER));
		Credentials given = credentials("alice", SECRET); //$NON-NLS-1$
		assertTrue(store.save(SERVER, given));
		given.clear();
		Credentials loaded = store.load(SERVER);
		assertCredentials("alice", SECRET, loaded); //$NON-NLS-1$
		loaded.clear();
		assertCredentials("alice", SECRET, store.load(SERVER)); //$NON-NLS-1$
		assertNull(store.load(TLS), "ipps is another key"); //$NON-NLS-1$
		store.remove(SERVER);
		assertNull(store.load(SERVER));
		assertFalse(store.contains(SERVER));
	}

	@Test
	void theSecureStoreIsAGeneratedDeclarativeServicesComponent() throws Exception {
		org.w3c.dom.Element component = org.cupola.testing.ComponentXml.of(SecureCredentialsStore.class);
		assertEquals("component", component.getLocalName()); //$NON-NLS-1$
		org.w3c.dom.Element provide = (org.w3c.dom.Element) component.getElementsByTagName("provide").item(0); //$NON-NLS-1$
		assertEquals(org.cupola.ipp.CredentialsStore.class.getName(), provide.getAttribute("interface")); //$NON-NLS-1$
		org.w3c.dom.Element implementation = (org.w3c.dom.Element) component.getElementsByTagName("implementation") //$NON-NLS-1$
				.item(0);
		assertEquals(SecureCredentialsStore.class.getName(), implementation.getAttribute("class")); //$NON-NLS-1$
		SecureCredentialsStore.class.getConstructor(); // declarative services creates it
	}

	@Test
	void secureStoreNodeIsTheEncodedServerKey() {
		assertEquals("/org.cupola/servers/ipp:\\2f\\2fprinthost.example:631", //$NON-NLS-1$
				SecureCredentialsStore.nodePath(SERVER));
		assertEquals("/org.cupola/servers/ipps:\\2f\\2f[::1]:8631", //$NON-NLS-1$
				SecureCredentialsStore.nodePath(new CupsServer(true, "::1", 8631))); //$NON-NLS-1$
	}

	@Test
	void secureStoreRoundTripEncryptsOnlyThePassword() throws IOException, StorageException {
		ISecurePreferences root = SecureStorage.open(dir);
		SecureCredentialsStore store = new SecureCredentialsStore(() -> root);
		assertNull(store.load(SERVER));

		assertTrue(store.save(SERVER, credentials("alice", SECRET))); //$NON-NLS-1$
		assertCredentials("alice", SECRET, store.load(SERVER)); //$NON-NLS-1$
		assertNull(store.load(TLS));

		ISecurePreferences node = root.node(SecureCredentialsStore.nodePath(SERVER));
		assertFalse(node.isEncrypted(SecureCredentialsStore.KEY_USER));
		assertTrue(node.isEncrypted(SecureCredentialsStore.KEY_PASSWORD));
		assertEquals("alice", node.get(SecureCredentialsStore.KEY_USER, null)); //$NON-NLS-1$
		// flushed, and the file never holds the password in clear
		String file = Files.readString(dir.resolve("secure_storage"), StandardCharsets.ISO_8859_1); //$NON-NLS-1$
		assertTrue(file.contains("org.cupola"), file); //$NON-NLS-1$
		assertFalse(file.contains(SECRET));

		assertTrue(store.save(SERVER, credentials("bob", "other"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertCredentials("bob", "other", store.load(SERVER)); //$NON-NLS-1$ //$NON-NLS-2$

		store.remove(SERVER);
		assertNull(store.load(SERVER));
		assertFalse(root.nodeExists(SecureCredentialsStore.nodePath(SERVER)));
	}

	@Test
	void secureStoreIsReadByANewInstance() throws IOException {
		ISecurePreferences root = SecureStorage.open(dir);
		assertTrue(new SecureCredentialsStore(() -> root).save(TLS, credentials("carol", SECRET))); //$NON-NLS-1$
		assertCredentials("carol", SECRET, new SecureCredentialsStore(() -> root).load(TLS)); //$NON-NLS-1$
	}

	@Test
	void withoutAPasswordProviderNothingIsStoredAndNothingIsLeftBehind() throws IOException {
		assertTrue(FrameworkUtil.getBundle(SecurePreferencesFactory.class) != null,
				"Equinox secure storage only works inside OSGi (AuthPlugin); run under Tycho surefire"); //$NON-NLS-1$
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.REQUIRED_MODULE_ID, "org.cupola.no.such.module"); //$NON-NLS-1$
		URL location = dir.resolve("no_provider").toUri().toURL(); //$NON-NLS-1$
		ISecurePreferences root = SecurePreferencesFactory.open(location, options);
		SecureCredentialsStore store = new SecureCredentialsStore(() -> root);
		assertFalse(store.save(SERVER, credentials("frank", SECRET))); //$NON-NLS-1$
		assertFalse(root.nodeExists(SecureCredentialsStore.nodePath(SERVER)), "no user name without its password"); //$NON-NLS-1$
		assertNull(store.load(SERVER));
	}

	@Test
	void anUnavailableSecureStorageStoresNothingAndDoesNotThrow() {
		SecureCredentialsStore none = new SecureCredentialsStore(() -> null);
		assertNull(none.load(SERVER));
		assertFalse(none.save(SERVER, credentials("erin", SECRET))); //$NON-NLS-1$
		none.remove(SERVER);

		SecureCredentialsStore failing = new SecureCredentialsStore(() -> {
			throw new IllegalStateException("no storage"); //$NON-NLS-1$
		});
		assertNull(failing.load(SERVER));
		assertFalse(failing.save(SERVER, credentials("erin", SECRET))); //$NON-NLS-1$
		failing.remove(SERVER);
	}

	/** A held job's auth-info, remembered per queue apart from the server login, with its domain (issue 12). */
	@Test
	void secureStoreKeepsARealmApartFromTheLogin() throws IOException, StorageException {
		ISecurePreferences root = SecureStorage.open(dir);
		SecureCredentialsStore store = new SecureCredentialsStore(() -> root);
		String realm = "job-auth-info/smbshare"; //$NON-NLS-1$
		assertNull(store.load(SERVER, realm));
		assertTrue(store.save(SERVER, credentials("alice", SECRET))); //$NON-NLS-1$
		assertTrue(store.save(SERVER, realm, new Credentials("jobuser", "share-pw".toCharArray(), "OFFICE"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (Credentials device = store.load(SERVER, realm)) {
			assertCredentials("jobuser", "share-pw", device); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("OFFICE", device.domain()); //$NON-NLS-1$
		}
		assertCredentials("alice", SECRET, store.load(SERVER)); //$NON-NLS-1$
		assertNull(store.load(SERVER).domain());
		assertNull(store.load(TLS, realm), "another server"); //$NON-NLS-1$
		assertNull(store.load(SERVER, "job-auth-info/other"), "another queue"); //$NON-NLS-1$ //$NON-NLS-2$
		// a refused login is forgotten; the queue's credentials stay
		store.remove(SERVER);
		assertNull(store.load(SERVER));
		assertCredentials("jobuser", "share-pw", store.load(SERVER, realm)); //$NON-NLS-1$ //$NON-NLS-2$
		String file = Files.readString(dir.resolve("secure_storage"), StandardCharsets.ISO_8859_1); //$NON-NLS-1$
		assertFalse(file.contains("share-pw"), file); //$NON-NLS-1$

		InMemoryCredentialsStore memory = new InMemoryCredentialsStore();
		memory.save(SERVER, realm, new Credentials("jobuser", "share-pw".toCharArray(), "OFFICE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertNull(memory.load(SERVER), "the login is another entry"); //$NON-NLS-1$
		assertEquals("OFFICE", memory.load(SERVER, realm).domain()); //$NON-NLS-1$
	}
}
