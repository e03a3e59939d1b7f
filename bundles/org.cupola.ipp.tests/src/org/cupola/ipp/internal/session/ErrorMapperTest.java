package org.cupola.ipp.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.internal.ConnectTimeoutException;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.ipp.internal.CanceledIOException;
import org.cupola.ipp.internal.ReadTimeoutException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/**
 * The transport failures {@code HttpTransport} reports, mapped to the messages users saw before the split (the
 * mapping no longer names java.net.http types; a connect timeout is told by its cause).
 */
class ErrorMapperTest {

	private static final CupsServer SERVER = new CupsServer(false, "127.0.0.1", 8631); //$NON-NLS-1$
	private final ErrorMapper mapper = new ErrorMapper(SERVER,
			ConnectionOptions.DEFAULTS.withConnectTimeout(Duration.ofSeconds(3)));
	private final Op op = Op.begin("fetching printers", null); //$NON-NLS-1$

	@Test
	void aConnectTimeoutIsAnUnreachableServer() {
		// what the transport's Connector throws when connect() times out
		ConnectTimeoutException timeout = new ConnectTimeoutException(
				new SocketTimeoutException("Connect timed out")); //$NON-NLS-1$
		IppException e = mapper.map(op, timeout);
		assertInstanceOf(ServerUnreachableException.class, e);
		assertEquals("Could not connect to CUPS at 127.0.0.1:8631: no answer within 3 seconds", e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void aReadTimeoutNamesTheOperation() {
		IppException e = mapper.map(op, new ReadTimeoutException());
		assertInstanceOf(IppTimeoutException.class, e);
		assertEquals("CUPS at 127.0.0.1:8631 did not answer within " //$NON-NLS-1$
				+ ConnectionOptions.DEFAULTS.readTimeout().toSeconds() + " seconds while fetching printers", //$NON-NLS-1$
				e.getMessage());
	}

	@Test
	void aRefusedConnectionIsAnUnreachableServer() {
		IppException e = mapper.map(op, new ConnectException("Connection refused")); //$NON-NLS-1$
		assertInstanceOf(ServerUnreachableException.class, e);
		assertEquals("Could not connect to CUPS at 127.0.0.1:8631: connection refused", e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void aLostConnectionSaysWhatWasGoingOn() {
		IppException e = mapper.map(op, new IOException("Broken pipe")); //$NON-NLS-1$
		assertEquals("The connection to CUPS at 127.0.0.1:8631 was lost while fetching printers (Broken pipe)", //$NON-NLS-1$
				e.getMessage());
	}

	@Test
	void anAbortedExchangeIsACancel() {
		assertThrows(OperationCanceledException.class, () -> mapper.map(op, new CanceledIOException()));
	}
}
