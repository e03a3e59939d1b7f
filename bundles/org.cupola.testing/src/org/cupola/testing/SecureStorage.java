package org.cupola.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.cupola.ipp.Credentials;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.framework.FrameworkUtil;

/**
 * An Equinox secure storage of a test's own, on a storage file in a given directory, opened with a fixed master
 * password and no prompting (so no keyring or password provider module is involved); and the credentials helpers
 * the credential store tests share.
 */
public final class SecureStorage {

	private SecureStorage() {
	}

	/**
	 * Opens the secure storage file {@code secure_storage} in {@code dir}; needs the OSGi runtime (secure storage's
	 * AuthPlugin).
	 *
	 * @param dir
	 *            the directory of the storage file
	 * @return the storage's root node
	 */
	public static ISecurePreferences open(Path dir) throws IOException {
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

	/** {@return new credentials} */
	public static Credentials credentials(String user, String password) {
		return new Credentials(user, password.toCharArray());
	}

	/** Asserts that {@code actual} are the credentials {@code user}/{@code password}. */
	public static void assertCredentials(String user, String password, Credentials actual) {
		assertNotNull(actual, "nothing stored"); //$NON-NLS-1$
		assertEquals(user, actual.user());
		assertArrayEquals(password.toCharArray(), actual.password());
	}
}
