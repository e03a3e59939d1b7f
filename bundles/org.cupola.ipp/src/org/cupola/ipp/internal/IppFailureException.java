package org.cupola.ipp.internal;

import java.io.IOException;

import org.cupola.ipp.IppException;

/**
 * A transport failure that already has the exception a user should see (an untrusted certificate, a refused clear-text
 * password); {@code CupsConnection} throws {@link #failure()} as it is.
 */
public final class IppFailureException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient IppException failure;

	/**
	 * @param failure
	 *            what the operation fails with
	 */
	public IppFailureException(IppException failure) {
		super(failure.getMessage(), failure);
		this.failure = failure;
	}

	/** {@return what the operation fails with} */
	public IppException failure() {
		return failure;
	}
}
