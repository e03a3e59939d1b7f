package org.cupola.troubleshoot;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;

/**
 * Wraps the user's {@link CredentialsPrompt}: every password it hands out is registered with the run's
 * {@link Redactor} so no report can contain it. A declined prompt (null) reaches the steps as
 * {@link org.cupola.ipp.LoginDeclinedException}, a cancel as
 * {@link org.eclipse.core.runtime.OperationCanceledException}.
 */
public final class RecordingCredentialsPrompt implements CredentialsPrompt {

	private final CredentialsPrompt delegate;
	private final Redactor redactor;
	private final AtomicInteger asked = new AtomicInteger();

	/**
	 * @param delegate
	 *            the real prompt, or null (every request is then declined)
	 * @param redactor
	 *            where passwords are registered
	 */
	public RecordingCredentialsPrompt(CredentialsPrompt delegate, Redactor redactor) {
		this.delegate = delegate;
		this.redactor = Objects.requireNonNull(redactor);
	}

	@Override
	public Credentials getCredentials(CredentialsRequest request) {
		asked.incrementAndGet();
		Credentials credentials = delegate == null ? null : delegate.getCredentials(request);
		if (credentials == null) {
			return null;
		}
		char[] password = credentials.password();
		try {
			redactor.addSecret(credentials.user(), password);
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
		return credentials;
	}

	/** {@return how many times credentials were asked for} */
	public int askedCount() {
		return asked.get();
	}
}
