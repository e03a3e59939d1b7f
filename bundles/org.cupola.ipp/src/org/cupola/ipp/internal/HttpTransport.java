package org.cupola.ipp.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * HTTP/1.1 exchanges with one CUPS server over blocking sockets ({@link SSLSocket} for {@code ipps}), the libcups
 * model: the calling thread writes the request and reads the response itself, with no selector or executor thread in
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
	/** Requests up to this size are written in one piece (one TCP segment or TLS record when small). */
	private static final int COALESCE_BYTES = 64 << 10;
	private static final int BUFFER_BYTES = 16 << 10;
	/** The longest status, header or trailer line accepted. */
	private static final int MAX_LINE = 8 << 10;
	/** The most header (or trailer) lines accepted in one response. */
	private static final int MAX_HEADERS = 100;
	/** The longest chunk-size line accepted (hex size plus extensions). */
	private static final int MAX_CHUNK_LINE = 1024;
	/** The most significant hex digits of a chunk size: 15 digits stay below 2^60. */
	private static final int MAX_CHUNK_DIGITS = 15;
	private static final String USER_AGENT = "Cupola/0.1"; //$NON-NLS-1$
	private static final String CRLF = "\r\n"; //$NON-NLS-1$
	/** Headers the transport writes or that would change the framing: a Request may not set them. */
	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"host", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final CupsServer server;
	private final int connectMillis;
	private final ArrayDeque<Connection> idle = new ArrayDeque<>();
	private final Set<Connection> active = ConcurrentHashMap.newKeySet();
	private boolean closed;

	/**
	 * @param server
	 *            the server
	 * @param options
	 *            timeouts
	 */
	public HttpTransport(CupsServer server, ConnectionOptions options) {
		this.server = server;
		this.connectMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()));
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
		private final Connection connection;
		private final int status;
		private final Map<String, List<String>> headers;
		private final Body body;
		private final boolean keepAlive;
		private final CancelToken.Registration registration;
		private boolean closed;

		Response(HttpTransport transport, Connection connection, int status, Map<String, List<String>> headers,
				Body body, boolean keepAlive, CancelToken.Registration registration) {
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
	 *             {@link HttpConnectTimeoutException} when the connection (TCP and TLS) cannot be opened in time
	 * @throws OperationCanceledException
	 *             if cancelled
	 */
	public Response exchange(Request request, Waiter waiter) throws IOException {
		waiter.checkCanceled();
		long length = 0;
		for (byte[] part : request.body()) {
			length += part.length;
		}
		byte[] head = requestHead(request, length);
		for (int attempt = 1;; attempt++) {
			try {
				return exchangeOnce(request, head, length, waiter);
			} catch (StaleConnectionException e) {
				// a pooled keep-alive connection that the server closed (idle timeout, cupsd restarted)
				if (attempt == 1 && request.idempotent() && !waiter.isCanceled()) {
					continue;
				}
				throw e.failure();
			}
		}
	}

	private Response exchangeOnce(Request request, byte[] head, long length, Waiter waiter) throws IOException {
		waiter.checkCanceled();
		Connection connection = lease(waiter, !request.idempotent());
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
	private IOException failure(Connection connection, Waiter waiter, IOException e, boolean beforeResponse) {
		if (waiter.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (beforeResponse && connection.reused && !(e instanceof ReadTimeoutException)) {
			closeIdle(); // a restarted server: the other idle connections are dead too
			return new StaleConnectionException(e);
		}
		return e;
	}

	private Response readResponse(Connection c, Request request, Waiter waiter, CancelToken.Registration registration)
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
		Body body;
		List<String> transferEncoding = headers.get("Transfer-Encoding"); //$NON-NLS-1$
		if ("HEAD".equals(request.method()) || status == 204 || status == 304) { //$NON-NLS-1$
			body = new Body(c, waiter, readTimeout, Body.FIXED, 0);
		} else if (transferEncoding != null) {
			if (http10) {
				throw new IOException("Transfer-Encoding in an HTTP/1.0 response"); //$NON-NLS-1$
			}
			List<String> codings = new ArrayList<>(tokens(transferEncoding));
			if (!codings.isEmpty() && "chunked".equals(codings.get(codings.size() - 1))) { //$NON-NLS-1$
				body = new Body(c, waiter, readTimeout, Body.CHUNKED, 0);
			} else {
				body = new Body(c, waiter, readTimeout, Body.UNTIL_CLOSE, 0);
				keepAlive = false;
			}
		} else {
			long length = contentLength(headers.get("Content-Length")); //$NON-NLS-1$
			if (length >= 0) {
				body = new Body(c, waiter, readTimeout, Body.FIXED, length);
			} else {
				body = new Body(c, waiter, readTimeout, Body.UNTIL_CLOSE, 0);
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

	private static Map<String, List<String>> readHeaders(Connection c, long timeoutNanos, Waiter waiter)
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
		head.append(" HTTP/1.1\r\nHost: ").append(server.hostAndPort()).append(CRLF) //$NON-NLS-1$
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
	private Connection lease(Waiter waiter, boolean probe) throws IOException {
		Connection connection;
		do {
			List<Connection> expired = null;
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
				expired.forEach(Connection::close);
			}
			if (connection == null) {
				connection = open(waiter);
				break;
			}
			connection.reused = true;
			if (probe && !connection.isOpen()) {
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

	private Connection open(Waiter waiter) throws IOException {
		Socket raw = new Socket();
		CancelToken.Registration registration = waiter.onCancel(() -> closeQuietly(raw));
		boolean ok = false;
		try {
			raw.setTcpNoDelay(true);
			InetSocketAddress address = new InetSocketAddress(server.host(), server.port());
			if (address.isUnresolved()) {
				throw new UnknownHostException(server.host());
			}
			raw.connect(address, connectMillis);
			Socket socket = server.secure() ? handshake(raw) : raw;
			ok = true;
			return new Connection(raw, socket);
		} catch (SocketTimeoutException e) {
			waiter.checkCanceled();
			HttpConnectTimeoutException timeout = new HttpConnectTimeoutException("connect timed out"); //$NON-NLS-1$
			timeout.initCause(e);
			throw timeout;
		} catch (IOException e) {
			waiter.checkCanceled();
			throw e;
		} finally {
			registration.close();
			if (!ok) {
				closeQuietly(raw);
			}
		}
	}

	private Socket handshake(Socket raw) throws IOException {
		SSLContext context;
		try {
			context = SSLContext.getDefault();
		} catch (NoSuchAlgorithmException e) {
			throw new SSLException(e.getMessage(), e);
		}
		SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(raw, server.host(), server.port(), true);
		SSLParameters parameters = ssl.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS"); //$NON-NLS-1$
		ssl.setSSLParameters(parameters);
		ssl.setSoTimeout(connectMillis);
		ssl.startHandshake();
		return ssl;
	}

	/** Ends an exchange: pools the connection if it can be reused, closes it otherwise. */
	void finish(Connection connection, boolean reusable) {
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
		List<Connection> dead;
		synchronized (idle) {
			dead = new ArrayList<>(idle);
			idle.clear();
		}
		dead.forEach(Connection::close);
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// nothing to do
		}
	}

	/** {@return whether the exception means the connection could not be opened at all} */
	public static boolean isConnectFailure(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
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
		for (Connection connection : active) {
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

	/** One socket and its read buffer; used by one exchange at a time. */
	private static final class Connection {
		private final Socket raw;
		private final Socket socket;
		private final InputStream in;
		private final OutputStream out;
		final byte[] buffer = new byte[BUFFER_BYTES];
		int pos;
		int limit;
		private int soTimeout = -1;
		long idleSince;
		boolean reused;
		/** Bytes received since the request was written: none means a reused connection may just be stale. */
		long received;
		/** Changes at each lease and release, so a late cancel action cannot close the next exchange's socket. */
		private int lease;
		private volatile boolean aborted;

		Connection(Socket raw, Socket socket) throws IOException {
			this.raw = raw;
			this.socket = socket;
			this.in = socket.getInputStream();
			this.out = socket.getOutputStream();
		}

		synchronized int lease() {
			return ++lease;
		}

		/** {@return whether the connection may go back to the pool (it was not aborted)} */
		synchronized boolean release() {
			lease++;
			return !aborted;
		}

		/** Closes the socket if the exchange {@code id} still holds it. Any thread. */
		void abort(int id) {
			synchronized (this) {
				if (id != lease || aborted) {
					return;
				}
				aborted = true;
			}
			closeQuietly(raw); // the TCP socket: wakes a blocked read or write at once, also under TLS
		}

		void close() {
			closeQuietly(socket);
			closeQuietly(raw);
		}

		/** {@return false if the server closed the idle connection (or sent something unasked)} */
		boolean isOpen() {
			if (pos < limit) {
				return false;
			}
			try {
				socket.setSoTimeout(1);
				soTimeout = 1;
				return in.read(buffer, 0, buffer.length) == 0; // -1: closed; more: out of step
			} catch (SocketTimeoutException e) {
				return true;
			} catch (IOException e) {
				return false;
			}
		}

		void write(byte[] head, List<byte[]> body, long length) throws IOException {
			received = 0;
			if (head.length + length <= COALESCE_BYTES) {
				byte[] all = new byte[(int) (head.length + length)];
				System.arraycopy(head, 0, all, 0, head.length);
				int at = head.length;
				for (byte[] part : body) {
					System.arraycopy(part, 0, all, at, part.length);
					at += part.length;
				}
				out.write(all);
			} else {
				out.write(head);
				for (byte[] part : body) {
					out.write(part);
				}
			}
			out.flush();
		}

		/**
		 * Reads more bytes into the (consumed) buffer. A read that gets no byte within {@code timeoutNanos} fails
		 * with {@link ReadTimeoutException}; when the waiter polls a progress monitor, the wait wakes every 100 ms to
		 * check it.
		 *
		 * @return false at the end of the stream
		 */
		boolean fill(long timeoutNanos, Waiter waiter) throws IOException {
			long deadline = System.nanoTime() + timeoutNanos;
			boolean polls = waiter.polls();
			long slice = polls ? Math.min(timeoutNanos, Waiter.POLL_NANOS) : timeoutNanos;
			while (true) {
				int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(slice)));
				if (millis != soTimeout) {
					socket.setSoTimeout(millis);
					soTimeout = millis;
				}
				int n;
				try {
					n = in.read(buffer, 0, buffer.length);
				} catch (SocketTimeoutException e) {
					if (aborted || waiter.isCanceled()) {
						throw new CanceledIOException();
					}
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						throw new ReadTimeoutException();
					}
					slice = polls ? Math.min(left, Waiter.POLL_NANOS) : left;
					continue;
				} catch (IOException e) {
					if (aborted || waiter.isCanceled()) {
						CanceledIOException canceled = new CanceledIOException();
						canceled.initCause(e);
						throw canceled;
					}
					throw e;
				}
				if (n < 0 && aborted) {
					throw new CanceledIOException();
				}
				pos = 0;
				limit = Math.max(n, 0);
				received += limit;
				return n > 0;
			}
		}

		/**
		 * Reads a line ended by LF (an optional CR before it is dropped).
		 *
		 * @param max
		 *            the most characters allowed before the line end
		 */
		String readLine(int max, long timeoutNanos, Waiter waiter) throws IOException {
			StringBuilder line = null;
			while (true) {
				if (pos == limit && !fill(timeoutNanos, waiter)) {
					throw new EOFException("connection closed by the server"); //$NON-NLS-1$
				}
				int start = pos;
				int end = start;
				while (end < limit && buffer[end] != '\n') {
					end++;
				}
				int length = (line == null ? 0 : line.length()) + end - start; // before the LF, with a CR
				if (length > max + 1) {
					throw new IOException("HTTP line too long"); //$NON-NLS-1$
				}
				if (end == limit) {
					if (line == null) {
						line = new StringBuilder();
					}
					line.append(new String(buffer, start, end - start, StandardCharsets.ISO_8859_1));
					pos = limit;
					continue;
				}
				pos = end + 1;
				String text = line == null ? new String(buffer, start, end - start, StandardCharsets.ISO_8859_1)
						: line.append(new String(buffer, start, end - start, StandardCharsets.ISO_8859_1)).toString();
				if (text.endsWith("\r")) { //$NON-NLS-1$
					return text.substring(0, text.length() - 1);
				}
				if (text.length() > max) {
					throw new IOException("HTTP line too long"); //$NON-NLS-1$
				}
				return text;
			}
		}
	}

	/**
	 * A response body read straight from the connection: by Content-Length, chunked, or until the server closes. A
	 * read that gets no byte within the read timeout fails with {@link ReadTimeoutException}; a cancelled operation
	 * makes reads fail with {@link CanceledIOException}. Only one thread reads.
	 */
	private static final class Body extends InputStream {
		static final int FIXED = 0;
		static final int CHUNKED = 1;
		static final int UNTIL_CLOSE = 2;

		private final Connection c;
		private final Waiter waiter;
		private final long timeoutNanos;
		private final int framing;
		/** FIXED: the bytes left; CHUNKED: the bytes left in the current chunk. */
		private long left;
		/** CHUNKED: a chunk's data was read, its CRLF is due. */
		private boolean inChunk;
		private boolean complete;
		private boolean closed;

		Body(Connection c, Waiter waiter, long timeoutNanos, int framing, long length) {
			this.c = c;
			this.waiter = waiter;
			this.timeoutNanos = timeoutNanos;
			this.framing = framing;
			this.left = length;
		}

		/** {@return whether the body was read to its end (the connection is at the next response)} */
		boolean isComplete() {
			return complete || framing == FIXED && left == 0;
		}

		/** {@return the bytes that can be taken from the buffer now (at least 1), or -1 at the end} */
		private int ready() throws IOException {
			if (complete) {
				return -1;
			}
			if (closed) {
				throw new IOException("stream closed"); //$NON-NLS-1$
			}
			if (framing == FIXED && left == 0 || framing == CHUNKED && left == 0 && !nextChunk()) {
				complete = true;
				return -1;
			}
			if (c.pos == c.limit && !c.fill(timeoutNanos, waiter)) {
				if (framing == UNTIL_CLOSE) {
					complete = true;
					return -1;
				}
				throw new EOFException("connection closed before the end of the response"); //$NON-NLS-1$
			}
			int available = c.limit - c.pos;
			return framing == UNTIL_CLOSE ? available : (int) Math.min(available, left);
		}

		/** Reads the next chunk-size line; {@return false after the last chunk and the trailers} */
		private boolean nextChunk() throws IOException {
			if (inChunk && !c.readLine(MAX_CHUNK_LINE, timeoutNanos, waiter).isEmpty()) {
				throw new IOException("malformed chunked body: no CRLF after chunk data"); //$NON-NLS-1$
			}
			inChunk = false;
			String line = c.readLine(MAX_CHUNK_LINE, timeoutNanos, waiter);
			int end = line.indexOf(';');
			String hex = (end < 0 ? line : line.substring(0, end)).strip();
			int i = 0;
			while (i < hex.length() - 1 && hex.charAt(i) == '0') {
				i++;
			}
			if (hex.isEmpty() || hex.length() - i > MAX_CHUNK_DIGITS) {
				throw new IOException("malformed chunked body: bad chunk size"); //$NON-NLS-1$
			}
			long size = 0;
			for (; i < hex.length(); i++) {
				int digit = Character.digit(hex.charAt(i), 16);
				if (digit < 0) {
					throw new IOException("malformed chunked body: bad chunk size"); //$NON-NLS-1$
				}
				size = size << 4 | digit;
			}
			if (size == 0) {
				for (int count = 0; !c.readLine(MAX_LINE, timeoutNanos, waiter).isEmpty(); count++) {
					if (count == MAX_HEADERS) {
						throw new IOException("too many trailer lines"); //$NON-NLS-1$
					}
				}
				return false;
			}
			left = size;
			inChunk = true;
			return true;
		}

		@Override
		public int read() throws IOException {
			if (ready() < 0) {
				return -1;
			}
			left--;
			return c.buffer[c.pos++] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			Objects.checkFromIndexSize(off, len, b.length);
			if (len == 0) {
				return 0;
			}
			int n = ready();
			if (n < 0) {
				return -1;
			}
			n = Math.min(n, len);
			System.arraycopy(c.buffer, c.pos, b, off, n);
			c.pos += n;
			left -= n;
			return n;
		}

		@Override
		public int available() {
			if (complete || closed) {
				return 0;
			}
			int buffered = c.limit - c.pos;
			return framing == UNTIL_CLOSE ? buffered : (int) Math.min(buffered, left);
		}

		/** Later reads fail; the connection is kept only if the body was read to its end. */
		@Override
		public void close() {
			closed = true;
		}
	}
}
