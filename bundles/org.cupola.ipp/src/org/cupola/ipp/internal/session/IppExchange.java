package org.cupola.ipp.internal.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.codec.DecoderLimits;
import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppGroupListener;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.session.Authenticator.Outcome;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The request/response core of a connection: numbers and addresses IPP requests, sends IPP and plain HTTP requests
 * through the {@link HttpTransport} under the {@link Authenticator}, decodes IPP answers and checks their status
 * with the {@link ErrorMapper}. The operation groups build their requests on it.
 */
public final class IppExchange {

	/** The largest plain HTTP body read (PPDs, cupsd.conf, the error log). */
	static final long MAX_HTTP_BODY = 64L << 20;
	/** How much of an unwanted body is read to keep the connection reusable. */
	static final long DRAIN_BYTES = 64 << 10;

	static final String ROOT_PATH = "/"; //$NON-NLS-1$
	static final String ADMIN_PATH = "/admin/"; //$NON-NLS-1$
	static final String JOBS_PATH = "/jobs/"; //$NON-NLS-1$
	static final String CONTENT_TYPE = "Content-Type"; //$NON-NLS-1$
	private static final String AUTHORIZATION = "Authorization"; //$NON-NLS-1$

	static final String PRINTER_URI = "printer-uri"; //$NON-NLS-1$
	static final String JOB_URI = "job-uri"; //$NON-NLS-1$
	static final String REQUESTING_USER_NAME = "requesting-user-name"; //$NON-NLS-1$
	static final String REQUESTED_ATTRIBUTES = "requested-attributes"; //$NON-NLS-1$

	private final CupsServer server;
	private final ConnectionOptions options;
	private final HttpTransport transport;
	private final Authenticator auth;
	private final ErrorMapper errors;
	private final AtomicInteger requestIds = new AtomicInteger();

	/**
	 * @param server
	 *            the server
	 * @param options
	 *            the timeouts
	 * @param transport
	 *            the HTTP transport to the server
	 * @param auth
	 *            the connection's authentication
	 * @param errors
	 *            the error mapping
	 */
	public IppExchange(CupsServer server, ConnectionOptions options, HttpTransport transport, Authenticator auth,
			ErrorMapper errors) {
		this.server = server;
		this.options = options;
		this.transport = transport;
		this.auth = auth;
		this.errors = errors;
	}

	CupsServer server() {
		return server;
	}

	ConnectionOptions options() {
		return options;
	}

	HttpTransport transport() {
		return transport;
	}

	Authenticator auth() {
		return auth;
	}

	ErrorMapper errors() {
		return errors;
	}

	String currentUser() {
		return auth.currentUser();
	}

	/** {@return a request builder with the next request id of this connection} */
	IppMessage.Builder request(int operation) {
		return IppMessage.request(operation, requestIds.incrementAndGet() & 0x7FFFFFFF);
	}

	/** {@return a request with the next request id, {@code printer-uri} (or {@code job-uri}) and the user set} */
	IppMessage.Builder request(int operation, String uriName, String uri) {
		return request(operation).operation(uriName, IppTag.URI, uri)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser());
	}

	String printerOrServerUri(String nameOrNull) {
		return nameOrNull == null ? server.ippUri(ROOT_PATH) : printerUri(nameOrNull);
	}

	String printerUri(String name) {
		return server.ippUri(printerPath(name));
	}

	static String printerPath(String name) {
		return "/printers/" + encodePath(name); //$NON-NLS-1$
	}

	String jobUri(int jobId) {
		return server.ippUri(JOBS_PATH + jobId);
	}

	/** {@return a URI path segment: a queue name percent-encoded as CUPS expects} */
	static String encodePath(String segment) {
		StringBuilder sb = new StringBuilder();
		for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
					|| c == '.' || c == '~' || c == '@' || c == '+') {
				sb.append((char) c);
			} else {
				sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return sb.toString();
	}

	static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	/**
	 * {@return the response if its IPP status is a success}
	 *
	 * @throws IppStatusException
	 *             otherwise
	 */
	IppMessage check(Op op, IppMessage response) throws IppStatusException {
		return errors.check(op, response);
	}

	/**
	 * Sends any IPP request with the authentication, cancellation and error handling of every operation. An IPP
	 * error status is returned, not thrown (except the authentication ones).
	 *
	 * @param request
	 *            the request; its request-id is used as is
	 * @param resourcePath
	 *            the HTTP path; null for {@code /}
	 * @param humanName
	 *            what the operation does, lower case; null for "sending OPERATION"
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the response
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public IppMessage send(IppMessage request, String resourcePath, String humanName, IProgressMonitor monitor)
			throws IppException {
		Op op = Op.begin(humanName == null ? Messages.bind(Messages.Op_send, IppOperation.name(request.operation()))
				: humanName, monitor);
		boolean idempotent = switch (request.operation()) {
		case IppOperation.PRINT_JOB, IppOperation.CREATE_JOB, IppOperation.SEND_DOCUMENT, IppOperation.CANCEL_JOB,
				IppOperation.RESTART_JOB, IppOperation.CUPS_DELETE_PRINTER, IppOperation.CREATE_PRINTER_SUBSCRIPTIONS,
				IppOperation.CREATE_JOB_SUBSCRIPTIONS, IppOperation.PURGE_JOBS, IppOperation.CANCEL_SUBSCRIPTION ->
			false;
		default -> true;
		};
		return ipp(op, IppEncoder.encode(request), null, resourcePath == null ? ROOT_PATH : resourcePath,
				idempotent, null, options.readTimeout());
	}

	/**
	 * As {@link #send(IppMessage, String, String, IProgressMonitor)}, with a document after the request (e.g. the PPD
	 * file of CUPS-Add-Modify-Printer); never re-sent after a network failure when it has a document, and given twice
	 * the read timeout (CUPS copies and checks the file before it answers).
	 *
	 * @param request
	 *            the request
	 * @param document
	 *            the bytes sent after the encoded request, or null
	 * @param resourcePath
	 *            the HTTP path; null for {@code /}
	 * @param humanName
	 *            what the operation does, lower case; null for "sending OPERATION"
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the response
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public IppMessage send(IppMessage request, byte[] document, String resourcePath, String humanName,
			IProgressMonitor monitor) throws IppException {
		if (document == null) {
			return send(request, resourcePath, humanName, monitor);
		}
		Op op = Op.begin(humanName == null ? Messages.bind(Messages.Op_send, IppOperation.name(request.operation()))
				: humanName, monitor);
		return ipp(op, IppEncoder.encode(request), document, resourcePath == null ? ROOT_PATH : resourcePath, false,
				null, options.readTimeout().plus(options.readTimeout()));
	}

	/** Sends an IPP request with the read timeout and no document; returns the response whatever its status. */
	IppMessage ipp(Op op, IppMessage request, String path, boolean idempotent) throws IppException {
		return ipp(op, IppEncoder.encode(request), null, path, idempotent, null, options.readTimeout());
	}

	/** Sends an encoded IPP request (plus document) with authentication; returns the response whatever its status. */
	IppMessage ipp(Op op, byte[] encoded, byte[] document, String path, boolean idempotent,
			IppGroupListener listener, Duration timeout) throws IppException {
		List<byte[]> body = document == null ? List.of(encoded) : List.of(encoded, document);
		op.monitor().setWorkRemaining(100).split(10);
		IppMessage message = auth.run(op, authorization -> {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put(CONTENT_TYPE, "application/ipp"); //$NON-NLS-1$
			if (authorization != null) {
				headers.put(AUTHORIZATION, authorization);
			}
			HttpTransport.Request request = new HttpTransport.Request("POST", path, headers, body, timeout, timeout, //$NON-NLS-1$
					idempotent);
			try (HttpTransport.Response response = transport.exchange(request, op.waiter())) {
				Outcome<IppMessage> refused = Outcome.ofHttpStatus(response);
				if (refused != null) {
					return refused;
				}
				if (response.status() != 200) {
					throw httpError(op, response);
				}
				IppMessage decoded = IppDecoder.decode(response.body(), DecoderLimits.DEFAULTS, listener);
				response.drain(DRAIN_BYTES);
				if (decoded.status() == IppStatus.CLIENT_ERROR_NOT_AUTHENTICATED) {
					return Outcome.unauthorized();
				}
				if (decoded.status() == IppStatus.CLIENT_ERROR_NOT_AUTHORIZED) {
					// authenticated: the user may not do this; anonymous: logging in may help
					return authorization != null ? Outcome.forbidden() : Outcome.unauthorized();
				}
				return Outcome.ok(decoded);
			}
		}, m -> m);
		op.monitor().done();
		return message;
	}

	/**
	 * A plain HTTP request with authentication.
	 *
	 * @return the body; null on 404 if {@code nullIfNotFound}
	 */
	byte[] http(Op op, String method, String path, Map<String, String> extraHeaders, byte[] body,
			boolean idempotent, long limit, boolean nullIfNotFound) throws IppException {
		op.monitor().setWorkRemaining(100).split(10);
		byte[] result = auth.run(op, authorization -> {
			try (HttpTransport.Response response = transport
					.exchange(httpRequest(method, path, extraHeaders, body, authorization, idempotent), op.waiter())) {
				Outcome<byte[]> refused = Outcome.ofHttpStatus(response);
				if (refused != null) {
					return refused;
				}
				int status = response.status();
				if (status == 404 && nullIfNotFound) {
					response.drain(DRAIN_BYTES);
					return Outcome.ok(null);
				}
				if (status < 200 || status > 299) {
					throw httpError(op, response);
				}
				return Outcome.ok(response.readAll(limit));
			}
		}, b -> b);
		op.monitor().done();
		return result;
	}

	/** {@return a plain HTTP request with the read timeout, and the Authorization header if not null} */
	HttpTransport.Request httpRequest(String method, String path, Map<String, String> extraHeaders, byte[] body,
			String authorization, boolean idempotent) {
		Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
		if (authorization != null) {
			headers.put(AUTHORIZATION, authorization);
		}
		return new HttpTransport.Request(method, path, headers, body == null ? List.of() : List.of(body),
				options.readTimeout(), options.readTimeout(), idempotent);
	}

	/** {@return the error for an unexpected HTTP status; the body is drained} */
	IppException httpError(Op op, HttpTransport.Response response) {
		response.drain(DRAIN_BYTES);
		return errors.httpStatus(op, response.status());
	}
}
