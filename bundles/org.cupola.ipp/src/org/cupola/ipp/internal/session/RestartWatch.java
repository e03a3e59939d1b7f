package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.CONTENT_TYPE;
import static org.cupola.ipp.internal.session.IppExchange.DRAIN_BYTES;
import static org.cupola.ipp.internal.session.IppExchange.REQUESTED_ATTRIBUTES;
import static org.cupola.ipp.internal.session.IppExchange.ROOT_PATH;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.Messages;

/**
 * Waits for cupsd to restart after its configuration was saved: an idle connection opened before the save is closed
 * by the restart (the sign that it happened), then a probe request is repeated until the server answers again.
 * Open it before the save and close it afterwards.
 */
final class RestartWatch implements AutoCloseable {

	private final IppExchange exchange;
	private final Socket socket;

	/** Opens the idle connection; without it (connect failed) only the probing is done. */
	RestartWatch(IppExchange exchange) {
		this(exchange, open(exchange.server(), exchange.options()));
	}

	private RestartWatch(IppExchange exchange, Socket socket) {
		this.exchange = exchange;
		this.socket = socket;
	}

	/** A watch that only probes: {@link #await} returns once the server answers (it may be down now). */
	static RestartWatch untilAnswering(IppExchange exchange) {
		return new RestartWatch(exchange, null);
	}

	private static Socket open(CupsServer server, ConnectionOptions options) {
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(server.host(), server.port()),
					(int) options.connectTimeout().toMillis());
			return socket;
		} catch (IOException e) {
			closeQuietly(socket);
			return null;
		}
	}

	private static void closeQuietly(Socket socket) {
		if (socket != null) {
			try {
				socket.close();
			} catch (IOException e) {
				// nothing to do
			}
		}
	}

	/**
	 * Returns once the server answers again after the restart.
	 *
	 * @throws IppException
	 *             when CUPS does not come back within the read timeout
	 */
	void await(Op op) throws IppException {
		ConnectionOptions options = exchange.options();
		long deadline = System.nanoTime() + options.readTimeout().toNanos();
		if (socket != null) {
			CancelToken.Registration registration = op.waiter().token().onCancel(() -> closeQuietly(socket));
			try {
				socket.setSoTimeout(100);
				InputStream in = socket.getInputStream();
				while (System.nanoTime() < deadline) {
					op.waiter().checkCanceled();
					try {
						if (in.read() < 0) {
							break;
						}
					} catch (SocketTimeoutException e) {
						continue;
					}
				}
			} catch (IOException e) {
				// reset or closed by the restart (or by a cancel, checked below)
			} finally {
				registration.close();
			}
		}
		deadline = System.nanoTime() + options.readTimeout().toNanos();
		while (true) {
			op.waiter().checkCanceled();
			try {
				IppMessage probe = exchange.request(IppOperation.CUPS_GET_DEFAULT)
						.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, "printer-name").build(); //$NON-NLS-1$
				Map<String, String> headers = Map.of(CONTENT_TYPE, "application/ipp"); //$NON-NLS-1$
				try (HttpTransport.Response response = exchange.transport()
						.exchange(new HttpTransport.Request("POST", ROOT_PATH, headers, //$NON-NLS-1$
								List.of(IppEncoder.encode(probe)), options.readTimeout(), options.readTimeout(), true),
								op.waiter())) {
					response.drain(DRAIN_BYTES);
					return;
				}
			} catch (IOException e) {
				if (System.nanoTime() > deadline) {
					throw new IppException(Messages.bind(Messages.Error_restartTimeout,
							exchange.server().hostAndPort(), Long.toString(options.readTimeout().toSeconds())), e);
				}
			}
			op.sleep(100);
		}
	}

	@Override
	public void close() {
		closeQuietly(socket);
	}
}
