package org.cupola.auth.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.internal.credentials.SecureCredentialsStore;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The prompt with the core's secure store (moved with the store from CredentialsStoreTest, assertions kept). */
class SecureStorePromptTest {

	private static final CupsServer SERVER = new CupsServer(false, "printhost.example", 631); //$NON-NLS-1$
	private static final String SECRET = "s3cret-Pa55"; //$NON-NLS-1$

	private Path dir;

	@BeforeEach
	void createDir() throws IOException {
		dir = Files.createTempDirectory("cupola-secure-storage-"); //$NON-NLS-1$
	}

	@AfterEach
	void deleteDir() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private static Credentials credentials(String user, String password) {
		return new Credentials(user, password.toCharArray());
	}

	private static void assertCredentials(String user, String password, Credentials actual) {
		assertNotNull(actual, "nothing stored"); //$NON-NLS-1$
		assertEquals(user, actual.user());
		assertArrayEquals(password.toCharArray(), actual.password());
	}

	private ISecurePreferences openStorage() throws IOException {
		assertTrue(FrameworkUtil.getBundle(SecurePreferencesFactory.class) != null,
				"Equinox secure storage only works inside OSGi (AuthPlugin); run under Tycho surefire"); //$NON-NLS-1$
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray())); //$NON-NLS-1$
		ISecurePreferences root = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), //$NON-NLS-1$
				options);
		assertNotNull(root);
		return root;
	}

	@Test
	void thePromptUsesTheSecureStore() throws IOException {
		ISecurePreferences root = openStorage();
		SecureCredentialsStore store = new SecureCredentialsStore(() -> root);
		store.save(SERVER, credentials("dave", SECRET)); //$NON-NLS-1$
		// no display at all: stored credentials still answer the first request
		DialogCredentialsPrompt prompt = new DialogCredentialsPrompt(() -> null, () -> null, store);
		assertCredentials("dave", SECRET, prompt.getCredentials( //$NON-NLS-1$
				new CredentialsRequest(SERVER, "fetching device list", 1, CredentialsRequest.Reason.REQUIRED, null, //$NON-NLS-1$
						new CancelToken())));
		// they were refused: forgotten (and, without a display, the operation is cancelled)
		assertNull(prompt.getCredentials(new CredentialsRequest(SERVER, "fetching device list", 2, //$NON-NLS-1$
				CredentialsRequest.Reason.WRONG_PASSWORD, "dave", new CancelToken()))); //$NON-NLS-1$
		assertNull(store.load(SERVER));
	}

}
