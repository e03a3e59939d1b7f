package org.cupola.ipp.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CertificateNotTrustedException;
import org.cupola.ipp.ClearTextRefusedException;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Encryption;
import org.cupola.ipp.TrustPrompt;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * HTTP/1.1 exchanges with one CUPS server over blocking sockets (TLS for {@code ipps}, after HTTP 426 Upgrade
 * Required and before a password goes to a host that is not loopback; a domain socket with PeerCred; see
 * {@link #exchange}), the libcups model: the calling thread writes the request and reads the response itself, with no selector or executor thread in
 * between. A few idle keep-alive connections are pooled. Requests are made of byte arrays so they can be sent again
 * (authentication retries, a stale pooled connection). Responses are streamed: the body is read from the socket as
 * the caller reads it. Cancellation closes the socket in use, which ends a blocked read or write at once.
 * Thread-safe.
 */
public final class HttpTransport implements AutoCloseable {

	/** Idle keep-alive connections kept per transport. */
	private static final int MAX_IDLE = 8;
	/** Pooled connections idle longer than this are closed rather than reused (cupsd drops them after 10 s). */
	private static final long MAX_IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);
	/** The longest status, header or trailer line accepted. */
	private static final int MAX_LINE = 8 << 10;
	/** The most header (or trailer) lines accepted in one response. */
	private static final int MAX_HEADERS = 100;
	private static final String USER_AGENT = "Cupola/0.1"; //$NON-NLS-1$
	private static final String CRLF = "\r\n"; //$NON-NLS-1$
	/** Headers the transport writes or that would change the framing: a Request may not set them. */
	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"host", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final String AUTHORIZATION = "Authorization"; //$NON-NLS-1$
	/** The most bytes read from a refused response (426, 401) so its connection can be reused. */
	private static final long DRAIN_BYTES = 64 << 10;

	private final CupsServer server;
	private final ConnectionOptions options;
	private final Connector connector;
	private final ArrayDeque<HttpConnection> idle = new ArrayDeque<>();
	private final Set<HttpConnection> active = ConcurrentHashMap.newKeySet();
	private boolean closed;
	/** Whether new connections use TLS: from the start (ipps, Required), after a 426 or before a password. */
	private volatile boolean tls;
	/** The TLS switch was made only to protect a password: undone if the server has no TLS. */
	private volatile boolean tlsForPassword;
	/** PeerCred over the domain socket: 0 untried, 1 accepted, -1 refused. */
	private volatile int peerCred;
	private volatile Link lastLink;

	/**
	 * @param server
	 *            the server
	 * @param options
	 *            timeouts, encryption, whether clear-text passwords are allowed, the PeerCred user
	 */
	public HttpTransport(CupsServer server, ConnectionOptions options) {
		this.server = server;
		this.options = options;
		this.connector = new Connector(server,
				(int) Math.max(1, Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis())));
		this.tls = !server.domainSocket() && (server.secure() || options.encryption() == Encryption.REQUIRED);
	}

	/**
	 * Sets who is asked about a certificate the system does not trust.
	 *
	 * @param prompt
	 *            the prompt; null: untrusted certificates fail with {@link CertificateNotTrustedException}
	 */
	public void setTrustPrompt(TrustPrompt prompt) {
		connector.tls.prompt = prompt;
	}

	/** {@return how the latest connection reached the server} */
	public ConnectionSecurity security() {
		Link link = lastLink;
		ConnectionSecurity.Kind kind = link == null ? ConnectionSecurity.Kind.UNKNOWN
				: link.local() ? ConnectionSecurity.Kind.LOCAL_SOCKET
						: link.tlsProtocol() != null ? ConnectionSecurity.Kind.TLS : ConnectionSecurity.Kind.PLAIN;
		return new ConnectionSecurity(kind, link == null ? null : link.tlsProtocol(),
				link == null ? null : link.certificate(), options.clearTextAllowed());
	}

	/**
	 * One HTTP request.
	 *
	 * @param method
	 *            GET, POST, PUT, HEAD
	 * @param path
	 *            the resource path
	 * @param headers
	 *            extra headers (Content-Type, Authorization, Range)
	 * @param body
	 *            the body parts, re-sendable; empty for none
	 * @param headerTimeout
	 *            how long to wait for the response headers
	 * @param readTimeout
	 *            how long a body read may wait for data
	 * @param idempotent
	 *            whether the request may be sent again once when a pooled connection turns out dead
	 */
	public record Request(String method, String path, Map<String, String> headers, List<byte[]> body,
			Duration headerTimeout, Duration readTimeout, boolean idempotent) {

		/** Never shows header values: one of them may be an Authorization header. */
		@Override
		public String toString() {
			return "Request[" + method + ' ' + path + ", headers=" + headers.keySet() + ']'; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A response whose body is still to be read; close it. */
	public static final class Response implements AutoCloseable {
		private final HttpTransport transport;
		private final HttpConnection connection;
		private final int status;
		private final Map<String, List<String>> headers;
		private final ResponseBody body;
		private final boolean keepAlive;
		private final CancelToken.Registration registration;
		private boolean closed;

		Response(HttpTransport transport, HttpConnection connection, int status, Map<String, List<String>> headers,
				ResponseBody body, boolean keepAlive, CancelToken.Registration registration) {
			this.transport = transport;
			this.connection = connection;
			this.status = status;
			this.headers = headers;
			this.body = body;
			this.keepAlive = keepAlive;
			this.registration = registration;
		}

		/** {@return the HTTP status code} */
		public int status() {
			return status;
		}

		/** {@return a header's first value} */
		public Optional<String> header(String name) {
			List<String> values = headers.get(name);
			return values == null ? Optional.empty() : Optional.of(values.get(0));
		}

		/** {@return all values of a header} */
		public List<String> headers(String name) {
			List<String> values = headers.get(name);
			return values == null ? List.of() : Collections.unmodifiableList(values);
		}

		/** {@return the body, read as it arrives} */
		public InputStream body() {
			return body;
		}

		/**
		 * Reads the whole body.
		 *
		 * @param limit
		 *            the maximum size
		 * @return the bytes
		 * @throws IOException
		 *             if reading fails or the body is larger than {@code limit}
		 */
		public byte[] readAll(long limit) throws IOException {
			byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (bytes.length > limit) {
				throw new IOException("response larger than " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return bytes;
		}

		/** Reads and discards up to {@code max} bytes so the connection can be reused. */
		public void drain(long max) {
			try {
				long left = max;
				byte[] buffer = new byte[8192];
				while (left > 0) {
					int n = body.read(buffer, 0, (int) Math.min(buffer.length, left));
					if (n < 0) {
						return;
					}
					left -= n;
				}
			} catch (IOException | OperationCanceledException e) {
				// the connection is dropped by close()
			}
		}

		/** Ends the exchange; a body not read to the end drops the connection. */
		@Override
		public void close() {
			if (closed) {
				return;
			}
			closed = true;
			registration.close();
			boolean reusable = keepAlive && body.isComplete();
			body.close();
			transport.finish(connection, reusable);
		}
	}

	/**
	 * Sends a request and waits for the response headers.
	 *
	 * @param request
	 *            the request
	 * @param waiter
	 *            the cancellation of the calling operation
	 * @return the response, with its body still to be read
	 * @throws IOException
	 *             when the exchange fails; {@link ReadTimeoutException} when no byte of the response head arrives
	 *             within {@link Request#headerTimeout()} (or of the body within {@link Request#readTimeout()}),
	 *             {@link ConnectTimeoutException} when the connection (TCP and TLS) cannot be opened in time
	 * @throws OperationCanceledException
	 *             if cancelled
	 */
	public Response exchange(Request request, Waiter waiter) throws IOException {
		waiter.checkCanceled();
		long length = 0;
		for (byte[] part : request.body()) {
			length += part.length;
		}
		boolean guarding = guardPassword(request);
		Request sent = peerCred > 0 && !request.headers().containsKey(AUTHORIZATION) ? withPeerCred(request) : request;
		byte[] head = requestHead(sent, length);
		boolean upgraded = false;
		boolean stale = false;
		while (true) {
			Response response;
			try {
				response = exchangeOnce(sent, head, length, waiter);
			} catch (StaleConnectionException e) {
				// a pooled keep-alive connection that the server closed (idle timeout, cupsd restarted)
				if (!stale && request.idempotent() && !waiter.isCanceled()) {
					stale = true;
					continue;
				}
				throw e.failure();
			} catch (IOException e) {
				throw guarding ? refusedClearText(e) : e;
			}
			if (response.status() == 426 && !upgraded && response.connection.link().tlsProtocol() == null
					&& !server.domainSocket() && options.encryption() != Encryption.NEVER) {
				// Upgrade Required (cupsd's DefaultEncryption Required): as libcups, reconnect with TLS and resend
				response.drain(DRAIN_BYTES);
				response.close();
				upgraded = true;
				useTls(false);
				continue;
			}
			if (response.status() == 401 && server.domainSocket() && peerCred == 0 && sent == request
					&& !request.headers().containsKey(AUTHORIZATION) && offersPeerCred(response)) {
				response.drain(DRAIN_BYTES);
				response.close();
				sent = withPeerCred(request);
				head = requestHead(sent, length);
				continue;
			}
			if (sent != request && (response.status() == 401 || response.status() == 403)) {
				// PeerCred refused (the user is not who the socket says, or no PeerCred here): ask for a password
				peerCred = -1;
				response.drain(DRAIN_BYTES);
				response.close();
				sent = request;
				head = requestHead(sent, length);
				continue;
			}
			if (sent != request && peerCred == 0) {
				peerCred = 1;
			}
			return response;
		}
	}

	/**
	 * Before a password goes to a host that is not loopback or a domain socket, moves to TLS; fails if clear text
	 * would be needed and is not allowed. {@return whether TLS was switched on for the password}
	 */
	private boolean guardPassword(Request request) throws IOException {
		String authorization = request.headers().get(AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6) || tls //$NON-NLS-1$
				|| options.clearTextAllowed() || connector.isLocal()) {
			return false;
		}
		if (options.encryption() == Encryption.NEVER) {
			throw new IppFailureException(new ClearTextRefusedException(
					NLS.bind(TlsMessages.Error_clearTextNever, server.hostAndPort()), null));
		}
		useTls(true);
		return true;
	}

	/** TLS failed where it was switched on only to protect a password: the server has no TLS. */
	private IOException refusedClearText(IOException e) {
		if (e instanceof CanceledIOException || e instanceof IppFailureException || isConnectFailure(e)
				|| e instanceof ReadTimeoutException || !tlsForPassword) {
			return e;
		}
		synchronized (idle) {
			if (tlsForPassword) {
				tls = false; // requests without a password may still go in clear text
				tlsForPassword = false;
			}
		}
		String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new IppFailureException(new ClearTextRefusedException(
				NLS.bind(TlsMessages.Error_clearTextNoTls, server.hostAndPort(), detail), e));
	}

	/** From now on, new connections use TLS; pooled plain ones are closed. */
	private void useTls(boolean forPassword) {
		synchronized (idle) {
			if (!tls) {
				tls = true;
				tlsForPassword = forPassword;
			} else if (!forPassword) {
				tlsForPassword = false;
			}
		}
		closeIdle();
	}

	private static boolean offersPeerCred(Response response) {
		for (String value : response.headers("WWW-Authenticate")) { //$NON-NLS-1$
			for (String part : value.split(",")) { //$NON-NLS-1$
				if (part.strip().regionMatches(true, 0, "PeerCred", 0, 8)) { //$NON-NLS-1$
					return true;
				}
			}
		}
		return false;
	}

	/** The request with {@code Authorization: PeerCred USER}, as libcups sends over a domain socket. */
	private Request withPeerCred(Request request) {
		Map<String, String> headers = new LinkedHashMap<>(request.headers());
		headers.put(AUTHORIZATION, "PeerCred " + options.requestingUser()); //$NON-NLS-1$
		return new Request(request.method(), request.path(), headers, request.body(), request.headerTimeout(),
				request.readTimeout(), request.idempotent());
	}

	private Response exchangeOnce(Request request, byte[] head, long length, Waiter waiter) throws IOException {
		waiter.checkCanceled();
		HttpConnection connection = lease(waiter, !request.idempotent());
		lastLink = connection.link();
		int lease = connection.lease();
		CancelToken.Registration registration = waiter.onCancel(() -> connection.abort(lease));
		boolean ok = false;
		try {
			try {
				connection.write(head, request.body(), length);
			} catch (IOException e) {
				throw failure(connection, waiter, e, true);
			}
			Response response;
			try {
				response = readResponse(connection, request, waiter, registration);
			} catch (IOException e) {
				throw failure(connection, waiter, e, connection.received == 0);
			}
			ok = true;
			return response;
		} finally {
			if (!ok) {
				registration.close();
				finish(connection, false);
			}
		}
	}

	/** {@return what to throw for a failed write or response head} */
	private IOException failure(HttpConnection connection, Waiter waiter, IOException e, boolean beforeResponse) {
		if (waiter.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (beforeResponse && connection.reused && !(e instanceof ReadTimeoutException)) {
			closeIdle(); // a restarted server: the other idle connections are dead too
			return new StaleConnectionException(e);
		}
		return e;
	}

	private Response readResponse(HttpConnection c, Request request, Waiter waiter, CancelToken.Registration registration)
			throws IOException {
		long headerTimeout = request.headerTimeout().toNanos();
		String statusLine;
		int status;
		Map<String, List<String>> headers;
		do {
			statusLine = c.readLine(MAX_LINE, headerTimeout, waiter);
			status = parseStatus(statusLine);
			headers = readHeaders(c, headerTimeout, waiter);
			if (status == 101) {
				throw new IOException("unexpected HTTP 101 Switching Protocols"); //$NON-NLS-1$
			}
		} while (status < 200); // 100 Continue and other interim responses
		boolean http10 = statusLine.charAt(7) == '0';
		Set<String> connectionTokens = tokens(headers.get("Connection")); //$NON-NLS-1$
		boolean keepAlive = http10 ? connectionTokens.contains("keep-alive") //$NON-NLS-1$
				: !connectionTokens.contains("close"); //$NON-NLS-1$
		long readTimeout = request.readTimeout().toNanos();
		ResponseBody body;
		List<String> transferEncoding = headers.get("Transfer-Encoding"); //$NON-NLS-1$
		if ("HEAD".equals(request.method()) || status == 204 || status == 304) { //$NON-NLS-1$
			body = new ResponseBody(c, waiter, readTimeout, ResponseBody.FIXED, 0);
		} else if (transferEncoding != null) {
			if (http10) {
				throw new IOException("Transfer-Encoding in an HTTP/1.0 response"); //$NON-NLS-1$
			}
			List<String> codings = new ArrayList<>(tokens(transferEncoding));
			if (!codings.isEmpty() && "chunked".equals(codings.get(codings.size() - 1))) { //$NON-NLS-1$
				body = new ResponseBody(c, waiter, readTimeout, ResponseBody.CHUNKED, 0);
			} else {
				body = new ResponseBody(c, waiter, readTimeout, ResponseBody.UNTIL_CLOSE, 0);
				keepAlive = false;
			}
		} else {
			long length = contentLength(headers.get("Content-Length")); //$NON-NLS-1$
			if (length >= 0) {
				body = new ResponseBody(c, waiter, readTimeout, ResponseBody.FIXED, length);
			} else {
				body = new ResponseBody(c, waiter, readTimeout, ResponseBody.UNTIL_CLOSE, 0);
				keepAlive = false;
			}
		}
		return new Response(this, c, status, headers, body, keepAlive, registration);
	}

	private static int parseStatus(String line) throws IOException {
		// HTTP/1.1 200 OK
		if (line.length() < 12 || !line.startsWith("HTTP/1.") || line.charAt(8) != ' ' //$NON-NLS-1$
				|| line.charAt(7) != '0' && line.charAt(7) != '1' || line.length() > 12 && line.charAt(12) != ' ') {
			throw new IOException("not an HTTP/1.x status line"); //$NON-NLS-1$
		}
		int status = 0;
		for (int i = 9; i < 12; i++) {
			char ch = line.charAt(i);
			if (ch < '0' || ch > '9') {
				throw new IOException("invalid HTTP status code"); //$NON-NLS-1$
			}
			status = status * 10 + ch - '0';
		}
		if (status < 100) {
			throw new IOException("invalid HTTP status code"); //$NON-NLS-1$
		}
		return status;
	}

	private static Map<String, List<String>> readHeaders(HttpConnection c, long timeoutNanos, Waiter waiter)
			throws IOException {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (int count = 0;; count++) {
			String line = c.readLine(MAX_LINE, timeoutNanos, waiter);
			if (line.isEmpty()) {
				return headers;
			}
			if (count == MAX_HEADERS) {
				throw new IOException("too many HTTP header lines"); //$NON-NLS-1$
			}
			int colon = line.indexOf(':');
			if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
				throw new IOException("malformed HTTP header line"); //$NON-NLS-1$
			}
			String name = line.substring(0, colon).trim();
			String value = line.substring(colon + 1).trim();
			headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
		}
	}

	/** {@return the lower-case comma-separated tokens of a header's values} */
	private static Set<String> tokens(List<String> values) {
		if (values == null) {
			return Set.of();
		}
		Set<String> tokens = new LinkedHashSet<>();
		for (String value : values) {
			for (String token : value.split(",")) { //$NON-NLS-1$
				String t = token.trim().toLowerCase(Locale.ROOT);
				if (!t.isEmpty()) {
					tokens.add(t);
				}
			}
		}
		return tokens;
	}

	/** {@return the Content-Length, -1 if absent} */
	private static long contentLength(List<String> values) throws IOException {
		if (values == null) {
			return -1;
		}
		long length = -1;
		for (String value : values) {
			for (String part : value.split(",")) { //$NON-NLS-1$
				String digits = part.trim();
				if (digits.isEmpty() || digits.length() > 18
						|| !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
					throw new IOException("invalid Content-Length"); //$NON-NLS-1$
				}
				long n = Long.parseLong(digits);
				if (length >= 0 && n != length) {
					throw new IOException("conflicting Content-Length values"); //$NON-NLS-1$
				}
				length = n;
			}
		}
		return length;
	}

	private byte[] requestHead(Request request, long length) {
		String method = request.method();
		if (method.isEmpty() || !method.chars().allMatch(HttpTransport::isTokenChar)) {
			throw new IllegalArgumentException("invalid HTTP method"); //$NON-NLS-1$
		}
		URI uri = server.httpUri(request.path());
		StringBuilder head = new StringBuilder(256);
		head.append(method).append(' ').append(uri.getRawPath());
		if (uri.getRawQuery() != null) {
			head.append('?').append(uri.getRawQuery());
		}
		head.append(" HTTP/1.1\r\nHost: ").append(server.domainSocket() ? "localhost" : server.hostAndPort()).append(CRLF) //$NON-NLS-1$ //$NON-NLS-2$
				.append("User-Agent: ").append(USER_AGENT).append(CRLF); //$NON-NLS-1$
		for (Map.Entry<String, String> header : request.headers().entrySet()) {
			String name = header.getKey();
			String value = header.getValue();
			if (name.isEmpty() || !name.chars().allMatch(HttpTransport::isTokenChar)
					|| RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("invalid or restricted header name: " + name); //$NON-NLS-1$
			}
			if (!value.chars().allMatch(ch -> ch == '\t' || ch >= ' ' && ch != 0x7F && ch <= 0xFF)) {
				// never show the value: it may be an Authorization header
				throw new IllegalArgumentException("invalid value of header " + name); //$NON-NLS-1$
			}
			head.append(name).append(": ").append(value).append(CRLF); //$NON-NLS-1$
		}
		if (length > 0 || !"GET".equals(method) && !"HEAD".equals(method)) { //$NON-NLS-1$ //$NON-NLS-2$
			head.append("Content-Length: ").append(length).append(CRLF); //$NON-NLS-1$
		}
		head.append(CRLF);
		return head.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static boolean isTokenChar(int ch) {
		return ch > ' ' && ch < 0x7F && "\"(),/:;<=>?@[\\]{}".indexOf(ch) < 0; //$NON-NLS-1$
	}

	/**
	 * Takes the most recently used idle connection that is young enough, or opens one.
	 *
	 * @param probe
	 *            whether to check that a pooled connection was not closed by the server (costs about 1 ms; for
	 *            requests that cannot be sent again)
	 */
	private HttpConnection lease(Waiter waiter, boolean probe) throws IOException {
		HttpConnection connection;
		do {
			List<HttpConnection> expired = null;
			synchronized (idle) {
				if (closed) {
					throw new IOException("transport closed"); //$NON-NLS-1$
				}
				long now = System.nanoTime();
				while (!idle.isEmpty() && now - idle.peekLast().idleSince > MAX_IDLE_NANOS) {
					if (expired == null) {
						expired = new ArrayList<>();
					}
					expired.add(idle.pollLast());
				}
				connection = idle.pollFirst();
			}
			if (expired != null) {
				expired.forEach(HttpConnection::close);
			}
			if (connection == null) {
				connection = open(waiter);
				break;
			}
			connection.reused = true;
			if (probe && !connection.isOpen() || tls && connection.link().tlsProtocol() == null) {
				connection.close();
				connection = null;
			}
		} while (connection == null);
		active.add(connection);
		synchronized (idle) {
			if (closed) {
				active.remove(connection);
				connection.close();
				throw new IOException("transport closed"); //$NON-NLS-1$
			}
		}
		return connection;
	}

	private HttpConnection open(Waiter waiter) throws IOException {
		Connector.Opened opened = connector.open(tls, waiter);
		if (opened.asked()) {
			// the user took a while to decide about the certificate: the server may have dropped this connection
			opened.connection().close();
			opened = connector.open(tls, waiter);
		}
		return opened.connection();
	}

	/** Ends an exchange: pools the connection if it can be reused, closes it otherwise. */
	void finish(HttpConnection connection, boolean reusable) {
		active.remove(connection);
		if (reusable && connection.release()) {
			synchronized (idle) {
				if (!closed && idle.size() < MAX_IDLE) {
					connection.idleSince = System.nanoTime();
					idle.addFirst(connection);
					return;
				}
			}
		}
		connection.close();
	}

	private void closeIdle() {
		List<HttpConnection> dead;
		synchronized (idle) {
			dead = new ArrayList<>(idle);
			idle.clear();
		}
		dead.forEach(HttpConnection::close);
	}

	/** {@return whether the exception means the connection could not be opened at all} */
	public static boolean isConnectFailure(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof ConnectTimeoutException
					|| t instanceof java.nio.channels.UnresolvedAddressException
					|| t instanceof UnknownHostException || t instanceof java.net.NoRouteToHostException) {
				return true;
			}
		}
		return false;
	}

	/** Closes the pooled connections; exchanges in flight fail. */
	@Override
	public void close() {
		synchronized (idle) {
			closed = true;
		}
		closeIdle();
		for (HttpConnection connection : active) {
			connection.close();
		}
	}

	/** A write or an early read failed on a pooled connection the server had probably closed. */
	private static final class StaleConnectionException extends IOException {
		private static final long serialVersionUID = 1L;

		StaleConnectionException(IOException cause) {
			super(cause.getMessage(), cause);
		}

		IOException failure() {
			return (IOException) getCause();
		}
	}

}
