package org.cupola.ipp.internal.credentials;

import java.util.Arrays;

import org.cupola.ipp.Credentials;

/** Copies of {@link Credentials} (whose own copy method is not public), zeroing the intermediate password. */
public final class CredentialsCopies {

	private CredentialsCopies() {
	}

	/**
	 * @param credentials
	 *            the credentials to copy
	 * @return an independent copy; clearing one does not clear the other
	 */
	public static Credentials copy(Credentials credentials) {
		char[] password = credentials.password();
		try {
			return new Credentials(credentials.user(), password, credentials.domain());
		} finally {
			Arrays.fill(password, '\0');
		}
	}
}
