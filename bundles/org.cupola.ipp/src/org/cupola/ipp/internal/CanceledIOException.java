package org.cupola.ipp.internal;

import java.io.IOException;

/** An exchange was aborted because the operation was cancelled (token or monitor). */
public final class CanceledIOException extends IOException {

	private static final long serialVersionUID = 1L;

	/** Creates the exception. */
	public CanceledIOException() {
		super("canceled"); //$NON-NLS-1$
	}
}
