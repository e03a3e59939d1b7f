package org.cupola.ipp.internal;

import java.io.IOException;

/** No byte of a response body arrived within the read timeout. */
public final class ReadTimeoutException extends IOException {

	private static final long serialVersionUID = 1L;

	/** Creates the exception. */
	public ReadTimeoutException() {
		super("read timed out"); //$NON-NLS-1$
	}
}
