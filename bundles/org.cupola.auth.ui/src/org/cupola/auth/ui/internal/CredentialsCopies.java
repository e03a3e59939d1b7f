package org.cupola.auth.ui.internal;

import java.util.Arrays;

import org.cupola.ipp.Credentials;

/** Copies of {@link Credentials} (whose own copy method is not public), zeroing the intermediate password. */
final class CredentialsCopies {

	private CredentialsCopies() {
	}

	/**
	 * @param credentials
	 *            the credentials to copy
	 * @return an independent copy; clearing one does not clear the other
	 */
	static Credentials copy(Credentials credentials) {
		char[] password = credentials.password();
		try {
			return new Credentials(credentials.user(), password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}
}
