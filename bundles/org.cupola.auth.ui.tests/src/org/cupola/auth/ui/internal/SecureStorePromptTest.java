package org.cupola.auth.ui.internal;

import static org.cupola.testing.SecureStorage.assertCredentials;
import static org.cupola.testing.SecureStorage.credentials;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.internal.credentials.SecureCredentialsStore;
import org.cupola.testing.SecureStorage;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt with the core's secure store (moved with the store from CredentialsStoreTest, assertions kept). */
class SecureStorePromptTest {

	private static final CupsServer SERVER = new CupsServer(false, "printhost.example", 631); //$NON-NLS-1$
	private static final String SECRET = "s3cret-Pa55"; //$NON-NLS-1$

	@TempDir
	Path dir;

	@Test
	void thePromptUsesTheSecureStore() throws IOException {
		ISecurePreferences root = SecureStorage.open(dir);
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
