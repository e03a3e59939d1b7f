package org.cupola.ipp.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;

/** The connection (TCP, and TLS where asked for) could not be opened within the connect timeout. */
public final class ConnectTimeoutException extends IOException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param cause
	 *            the socket's own timeout
	 */
	public ConnectTimeoutException(SocketTimeoutException cause) {
		super("connect timed out", cause); //$NON-NLS-1$
	}
}
