package org.cupola.ipp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import javax.net.ssl.SSLException;

import org.cupola.ipp.codec.DecoderLimits;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppGroupListener;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.codec.MalformedIppException;
import org.cupola.ipp.internal.CanceledIOException;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.ReadTimeoutException;
import org.cupola.ipp.internal.Waiter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A client of one CUPS server: every IPP and HTTP operation Cupola needs, with authentication, cancellation and
 * timeouts. Thread-safe; create one per server and {@link #close()} it when the server is disconnected.
 * <p>
 * <b>Operations</b> block the calling thread (run them in a {@code CupsJob}, never on the UI thread), take an
 * {@link IProgressMonitor} as last parameter (null allowed), and end with a value, an {@link IppException} whose
 * message a user understands, or {@link OperationCanceledException}.
 * <p>
 * <b>Cancellation</b>: if a {@link CancelToken} is {@link CancelToken#bind() bound} to the calling thread, cancelling
 * it aborts the HTTP exchange on the wire at once and the operation ends with {@link OperationCanceledException}; the
 * connection stays usable. Without a bound token, blocking waits wake every 100 ms to check
 * {@link IProgressMonitor#isCanceled()} (fallback). The monitor is also checked before each request is sent.
 * <p>
 * <b>Authentication</b> (HTTP Basic, as CUPS over TCP requires): on HTTP 401 (or IPP client-error-not-authenticated)
 * the connection first tries its cached credentials, then asks its {@link CredentialsPrompt} (at most
 * {@link ConnectionOptions#maxAuthAttempts()} times per operation; a null answer cancels the operation). Credentials
 * that worked are cached for this connection only and sent preemptively afterwards; wrong ones are forgotten. HTTP 403
 * (or IPP client-error-not-authorized with credentials) ends with {@link ForbiddenException} without prompting again;
 * credentials from the prompt that were refused that way are not kept, so the next operation asks again (the user may
 * then log in as an administrator).
 * Passwords never appear in messages or logs.
 */
public final class CupsConnection implements AutoCloseable {

	/** The largest document {@link #printJob(String, String, String, InputStream, IProgressMonitor)} buffers. */
	public static final int MAX_DOCUMENT_BYTES = 256 << 20;

	private static final long MAX_HTTP_BODY = 64L << 20;
	private static final long DRAIN_BYTES = 64 << 10;
	private static final String TEST_PAGE = "/testpage.pdf"; //$NON-NLS-1$
	private static final String CONF_PATH = "/admin/conf/cupsd.conf"; //$NON-NLS-1$
	private static final String ERROR_LOG_PATH = "/admin/log/error_log"; //$NON-NLS-1$
	private static final String ADMIN_PATH = "/admin/"; //$NON-NLS-1$
	private static final String ROOT_PATH = "/"; //$NON-NLS-1$
	private static final String JOBS_PATH = "/jobs/"; //$NON-NLS-1$
	private static final String AUTHORIZATION = "Authorization"; //$NON-NLS-1$
	private static final String CONTENT_TYPE = "Content-Type"; //$NON-NLS-1$

	private static final String PRINTER_URI = "printer-uri"; //$NON-NLS-1$
	private static final String JOB_URI = "job-uri"; //$NON-NLS-1$
	private static final String REQUESTING_USER_NAME = "requesting-user-name"; //$NON-NLS-1$
	private static final String REQUESTED_ATTRIBUTES = "requested-attributes"; //$NON-NLS-1$
	private static final String PRINTER_STATE_MESSAGE = "printer-state-message"; //$NON-NLS-1$

	/** What {@link #getPrinters(IProgressMonitor)} and friends ask for: everything {@link Printer} reads. */
	public static final List<String> PRINTER_ATTRIBUTES = List.of("printer-name", "printer-uri-supported", //$NON-NLS-1$ //$NON-NLS-2$
			"printer-state", PRINTER_STATE_MESSAGE, "printer-state-reasons", "printer-state-change-time", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"printer-is-accepting-jobs", "printer-is-shared", "printer-is-temporary", "printer-location", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"printer-info", "printer-make-and-model", "device-uri", "printer-type", "member-names", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"printer-error-policy", "queued-job-count", "marker-names", "marker-levels", "marker-colors", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"marker-types"); //$NON-NLS-1$

	/** What {@link #getJobs} asks for when given no list: everything {@link Job} reads. */
	public static final List<String> JOB_ATTRIBUTES = List.of("job-id", "job-uri", "job-name", "job-state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"job-state-reasons", "job-printer-state-message", "job-printer-uri", "job-originating-user-name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"job-k-octets", "job-impressions-completed", "time-at-creation", "time-at-processing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"time-at-completed"); //$NON-NLS-1$

	private static final List<String> PPD_ATTRIBUTES = List.of("ppd-name", "ppd-make", "ppd-make-and-model", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"ppd-natural-language", "ppd-device-id", "ppd-product"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final CupsServer server;
	private final ConnectionOptions options;
	private final HttpTransport transport;
	private final AtomicInteger requestIds = new AtomicInteger();
	private final ReentrantLock promptLock = new ReentrantLock();
	private final Object credentialsLock = new Object();
	/** Guarded by credentialsLock. */
	private Credentials credentials;
	/** Guarded by credentialsLock; changes whenever {@link #credentials} does. */
	private long credentialsGeneration;
	private volatile CredentialsPrompt prompt;

	/**
	 * Creates a connection; nothing is sent until the first operation.
	 *
	 * @param server
	 *            the server
	 * @param options
	 *            timeouts and authentication settings; null for {@link ConnectionOptions#DEFAULTS}
	 * @param prompt
	 *            asks the user for credentials, or null (operations that need them then fail with
	 *            {@link NotAuthorizedException})
	 */
	public CupsConnection(CupsServer server, ConnectionOptions options, CredentialsPrompt prompt) {
		this.server = Objects.requireNonNull(server, "server"); //$NON-NLS-1$
		this.options = options == null ? ConnectionOptions.DEFAULTS : options;
		this.prompt = prompt;
		this.transport = new HttpTransport(server, this.options);
	}

	/** {@return the server} */
	public CupsServer server() {
		return server;
	}

	/** {@return the options} */
	public ConnectionOptions options() {
		return options;
	}

	/**
	 * Sets the prompt asked for credentials.
	 *
	 * @param prompt
	 *            the prompt, or null for none
	 */
	public void setCredentialsPrompt(CredentialsPrompt prompt) {
		this.prompt = prompt;
	}

	/**
	 * Sets the credentials to use (e.g. from secure storage); they are sent with every later request. A copy is
	 * kept: the caller may close its object.
	 *
	 * @param value
	 *            the credentials, or null to forget them
	 */
	public void setCredentials(Credentials value) {
		cacheCredentials(value == null ? null : value.copy());
	}

	/** Forgets (and zeroes) the cached credentials. */
	public void clearCredentials() {
		cacheCredentials(null);
	}

	/**
	 * Sets who is asked about a server certificate the system does not trust (see {@link TrustPrompt}).
	 *
	 * @param prompt
	 *            the prompt; null: such certificates fail with {@link CertificateNotTrustedException}
	 */
	public void setTrustPrompt(TrustPrompt prompt) {
		transport.setTrustPrompt(prompt);
	}

	/** {@return how the latest connection reached the server: TLS, local socket or not encrypted} */
	public ConnectionSecurity security() {
		return transport.security();
	}

	/** {@return the user of the cached credentials, else the requesting user name of the options} */
	public String currentUser() {
		synchronized (credentialsLock) {
			return credentials != null ? credentials.user() : options.requestingUser();
		}
	}

	/** {@return whether credentials are cached} */
	public boolean hasCredentials() {
		synchronized (credentialsLock) {
			return credentials != null;
		}
	}

	private void cacheCredentials(Credentials value) {
		synchronized (credentialsLock) {
			if (credentials != null && credentials != value) {
				credentials.clear();
			}
			credentials = value;
			credentialsGeneration++;
		}
	}

	/** Closes the HTTP client (exchanges in flight fail) and zeroes the cached credentials. */
	@Override
	public void close() {
		clearCredentials();
		transport.close();
	}

	@Override
	public String toString() {
		return "CupsConnection[" + server + ", user=" + currentUser() + ']'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	// ---------------------------------------------------------------------------------------------------------
	// Printers

	/**
	 * CUPS-Get-Printers: every printer queue (not classes), with {@link #PRINTER_ATTRIBUTES}.
	 *
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the printers, as CUPS orders them (by name)
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Printer> getPrinters(IProgressMonitor monitor) throws IppException {
		return listPrinters(IppOperation.CUPS_GET_PRINTERS, Messages.Op_getPrinters, monitor);
	}

	/**
	 * CUPS-Get-Classes: every class, with {@link #PRINTER_ATTRIBUTES}.
	 *
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the classes
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Printer> getClasses(IProgressMonitor monitor) throws IppException {
		return listPrinters(IppOperation.CUPS_GET_CLASSES, Messages.Op_getClasses, monitor);
	}

	private List<Printer> listPrinters(int operation, String name, IProgressMonitor monitor) throws IppException {
		Op op = begin(name, monitor);
		IppMessage request = request(operation).operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, PRINTER_ATTRIBUTES.toArray()).build();
		IppMessage response = ipp(op, request, ROOT_PATH, true, null, null);
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return List.of(); // CUPS: "No destinations added."
		}
		check(op, response);
		return response.groups(IppTag.PRINTER_ATTRIBUTES).stream().map(Printer::new).toList();
	}

	/**
	 * CUPS-Get-Default.
	 *
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the server's default destination, or empty if none is set
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public Optional<Printer> getDefault(IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.Op_getDefault, monitor);
		IppMessage request = request(IppOperation.CUPS_GET_DEFAULT)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, PRINTER_ATTRIBUTES.toArray()).build();
		IppMessage response = ipp(op, request, ROOT_PATH, true, null, null);
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return Optional.empty();
		}
		check(op, response);
		IppAttributeGroup group = response.group(IppTag.PRINTER_ATTRIBUTES);
		return group == null ? Optional.empty() : Optional.of(new Printer(group));
	}

	/**
	 * Get-Printer-Attributes of one queue. Collection values (e.g. {@code media-col-default}) are decoded as
	 * {@link org.cupola.ipp.codec.IppCollection}.
	 *
	 * @param name
	 *            the queue name
	 * @param requested
	 *            the attributes or groups (e.g. {@code printer-description}) to fetch; null for all
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the queue
	 * @throws IppException
	 *             when CUPS or the network fails; {@link IppStatusException} with client-error-not-found for an
	 *             unknown queue
	 */
	public Printer getPrinterAttributes(String name, List<String> requested, IProgressMonitor monitor)
			throws IppException {
		Op op = begin(Messages.bind(Messages.Op_getPrinterAttributes, name), monitor);
		IppMessage request = request(IppOperation.GET_PRINTER_ATTRIBUTES)
				.operation(PRINTER_URI, IppTag.URI, printerUri(name))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD,
						requested == null || requested.isEmpty() ? new Object[] { "all" } : requested.toArray()) //$NON-NLS-1$
				.build();
		IppMessage response = check(op, ipp(op, request, printerPath(name), true, null, null));
		IppAttributeGroup group = response.group(IppTag.PRINTER_ATTRIBUTES);
		if (group == null) {
			throw new MalformedResponseException(Messages.bind(Messages.Error_malformed, server.hostAndPort(),
					op.name, "no printer-attributes group"), null); //$NON-NLS-1$
		}
		return new Printer(group);
	}

	/**
	 * Sends any IPP request (the escape hatch for operations without a method here), with the same authentication,
	 * cancellation and error handling. An IPP error status is returned, not thrown (except the authentication ones).
	 *
	 * @param request
	 *            the request; its request-id is used as is
	 * @param resourcePath
	 *            the HTTP path, e.g. {@code /}, {@code /admin/}, {@code /printers/NAME}
	 * @param humanName
	 *            what the operation does, lower case, e.g. "fetching supported values" (progress, prompt, errors)
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the response
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public IppMessage send(IppMessage request, String resourcePath, String humanName, IProgressMonitor monitor)
			throws IppException {
		Op op = begin(humanName == null ? Messages.bind(Messages.Op_send, IppOperation.name(request.operation()))
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

	// ---------------------------------------------------------------------------------------------------------
	// Devices and drivers

	/**
	 * CUPS-Get-Devices, streamed: CUPS runs its backends and reports devices as they are found; each one is handed
	 * to {@code onDevice} (on the calling thread) as soon as it is parsed, and the monitor shows "Found N devices…".
	 * cupsd writes a device's group when its backend reports it and then sends nothing until the next backend
	 * answers, so waiting for the group to be complete (the next delimiter) would hold each device back until the
	 * next one is found. Instead a device is handed over as soon as the last of its six attributes has been read
	 * ({@code device-location}, the last one cupsd writes); a group that lacks one of them is handed over when it
	 * is complete. Each device is reported exactly once. The request may take {@link DeviceQuery#timeoutSeconds()}
	 * plus {@link ConnectionOptions#devicesTimeout()}.
	 * CUPS requires an administrator for this.
	 *
	 * @param query
	 *            the schemes, timeout and limit; null for {@link DeviceQuery#ALL}
	 * @param onDevice
	 *            called for each device as it is decoded, or null
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return every device found
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Device> getDevices(DeviceQuery query, Consumer<Device> onDevice, IProgressMonitor monitor)
			throws IppException {
		DeviceQuery q = query == null ? DeviceQuery.ALL : query;
		Op op = begin(Messages.Op_getDevices, monitor);
		IppMessage.Builder builder = request(IppOperation.CUPS_GET_DEVICES)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser());
		if (q.timeoutSeconds() > 0) {
			builder.operation("timeout", IppTag.INTEGER, Integer.valueOf(q.timeoutSeconds())); //$NON-NLS-1$
		}
		if (q.limit() > 0) {
			builder.operation("limit", IppTag.INTEGER, Integer.valueOf(q.limit())); //$NON-NLS-1$
		}
		if (!q.includeSchemes().isEmpty()) {
			builder.operation("include-schemes", IppTag.NAME, q.includeSchemes().toArray()); //$NON-NLS-1$
		}
		if (!q.excludeSchemes().isEmpty()) {
			builder.operation("exclude-schemes", IppTag.NAME, q.excludeSchemes().toArray()); //$NON-NLS-1$
		}
		List<Device> devices = new ArrayList<>();
		IppGroupListener listener = new DeviceListener(device -> {
			devices.add(device);
			op.monitor.subTask(Messages.bind(Messages.Op_foundDevices, Integer.valueOf(devices.size())));
			op.monitor.setWorkRemaining(100).worked(1);
			if (onDevice != null) {
				onDevice.accept(device);
			}
		});
		Duration timeout = options.devicesTimeout()
				.plusSeconds(q.timeoutSeconds() > 0 ? q.timeoutSeconds() : 15);
		IppMessage response = ipp(op, IppEncoder.encode(builder.build()), null, ROOT_PATH, true, listener, timeout);
		check(op, response);
		return List.copyOf(devices);
	}

	/**
	 * Turns the printer-attributes groups of a CUPS-Get-Devices response into devices, each reported once: as soon
	 * as the group holds a first value of every attribute a {@link Device} is made of (for cupsd: when the value of
	 * {@code device-location} has been read), or else when the group is complete. The early device is built from
	 * exactly the values the complete group will hold (the first value of the first attribute of each name), so both
	 * paths give the same device.
	 */
	private static final class DeviceListener implements IppGroupListener {

		/** The attributes of a device, in the order cups-deviced writes them. */
		private static final List<String> ATTRIBUTES = List.of("device-class", "device-info", //$NON-NLS-1$ //$NON-NLS-2$
				"device-make-and-model", "device-uri", "device-id", "device-location"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		private final Consumer<Device> emit;
		/** First value of each device attribute seen in the current group; at most {@code ATTRIBUTES.size()}. */
		private final Map<String, IppAttribute> firstValues = new LinkedHashMap<>();
		/** Whether the current group's device has been reported. */
		private boolean reported;

		DeviceListener(Consumer<Device> emit) {
			this.emit = emit;
		}

		@Override
		public void valueDecoded(int groupTag, String name, int valueTag, Object value, int index) {
			if (groupTag != IppTag.PRINTER_ATTRIBUTES || index != 0 || reported || !ATTRIBUTES.contains(name)
					|| firstValues.containsKey(name)) {
				return;
			}
			firstValues.put(name, new IppAttribute(name, valueTag, List.of(value)));
			if (firstValues.size() == ATTRIBUTES.size()) {
				reported = true;
				emit.accept(device(new IppAttributeGroup(groupTag, List.copyOf(firstValues.values()))));
			}
		}

		@Override
		public void groupDecoded(IppAttributeGroup group) {
			boolean pending = !reported;
			firstValues.clear();
			reported = false;
			if (pending && group.tag() == IppTag.PRINTER_ATTRIBUTES) {
				emit.accept(device(group));
			}
		}

		private static Device device(IppAttributeGroup group) {
			return new Device(group.getString("device-class"), group.getString("device-uri"), //$NON-NLS-1$ //$NON-NLS-2$
					group.getString("device-info"), group.getString("device-make-and-model"), //$NON-NLS-1$ //$NON-NLS-2$
					orEmpty(group.getString("device-id")), orEmpty(group.getString("device-location"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * CUPS-Get-PPDs: the drivers CUPS offers.
	 *
	 * @param query
	 *            make, make-and-model and limit; null for {@link PpdQuery#ALL}
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the PPDs
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Ppd> getPpds(PpdQuery query, IProgressMonitor monitor) throws IppException {
		PpdQuery q = query == null ? PpdQuery.ALL : query;
		Op op = begin(Messages.Op_getPpds, monitor);
		IppMessage.Builder builder = request(IppOperation.CUPS_GET_PPDS)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, PPD_ATTRIBUTES.toArray());
		if (q.limit() > 0) {
			builder.operation("limit", IppTag.INTEGER, Integer.valueOf(q.limit())); //$NON-NLS-1$
		}
		if (q.make() != null) {
			builder.operation("ppd-make", IppTag.TEXT, q.make()); //$NON-NLS-1$
		}
		if (q.makeAndModel() != null) {
			builder.operation("ppd-make-and-model", IppTag.TEXT, q.makeAndModel()); //$NON-NLS-1$
		}
		IppMessage response = ipp(op, IppEncoder.encode(builder.build()), null, ROOT_PATH, true, null,
				options.devicesTimeout());
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return List.of();
		}
		check(op, response);
		return response.groups(IppTag.PRINTER_ATTRIBUTES).stream()
				.map(g -> new Ppd(g.getString("ppd-name"), g.getString("ppd-make"), //$NON-NLS-1$ //$NON-NLS-2$
						g.getString("ppd-make-and-model"), g.getString("ppd-natural-language"), //$NON-NLS-1$ //$NON-NLS-2$
						orEmpty(g.getString("ppd-device-id")), orEmpty(g.getString("ppd-product")))) //$NON-NLS-1$ //$NON-NLS-2$
				.toList();
	}

	/**
	 * Fetches a queue's PPD ({@code GET /printers/NAME.ppd}).
	 *
	 * @param printer
	 *            the queue name
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the PPD text, or null if the queue has none (raw queues, classes, unknown queues)
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public String getPpd(String printer, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(Messages.Op_getPpd, printer), monitor);
		byte[] ppd = http(op, "GET", "/printers/" + encodePath(printer) + ".ppd", Map.of(), null, true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				MAX_HTTP_BODY, true);
		if (ppd == null) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(ppd)).toString();
		} catch (CharacterCodingException e) {
			return new String(ppd, StandardCharsets.ISO_8859_1); // old PPDs: *LanguageEncoding: ISOLatin1
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Jobs

	/**
	 * Get-Jobs.
	 *
	 * @param printerOrNull
	 *            the queue, or null for every queue
	 * @param which
	 *            which jobs; null for {@link WhichJobs#NOT_COMPLETED}
	 * @param myJobs
	 *            only the jobs of {@link #currentUser()}
	 * @param limit
	 *            the maximum number of jobs; 0 for no limit
	 * @param requested
	 *            the attributes to fetch; null for {@link #JOB_ATTRIBUTES}
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the jobs
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Job> getJobs(String printerOrNull, WhichJobs which, boolean myJobs, int limit, List<String> requested,
			IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.Op_getJobs, monitor);
		IppMessage.Builder builder = request(IppOperation.GET_JOBS)
				.operation(PRINTER_URI, IppTag.URI, printerOrServerUri(printerOrNull))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation("which-jobs", IppTag.KEYWORD, (which == null ? WhichJobs.NOT_COMPLETED : which).keyword()) //$NON-NLS-1$
				.operation("my-jobs", IppTag.BOOLEAN, Boolean.valueOf(myJobs)); //$NON-NLS-1$
		if (limit > 0) {
			builder.operation("limit", IppTag.INTEGER, Integer.valueOf(limit)); //$NON-NLS-1$
		}
		builder.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD,
				(requested == null || requested.isEmpty() ? JOB_ATTRIBUTES : requested).toArray());
		IppMessage response = ipp(op, builder.build(), ROOT_PATH, true, null, null);
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND && printerOrNull == null) {
			return List.of();
		}
		check(op, response);
		return response.groups(IppTag.JOB_ATTRIBUTES).stream().map(Job::new).toList();
	}

	/**
	 * Get-Job-Attributes (all attributes).
	 *
	 * @param jobId
	 *            the job
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the job
	 * @throws IppException
	 *             when CUPS or the network fails; {@link IppStatusException} client-error-not-found for an unknown
	 *             job
	 */
	public Job getJobAttributes(int jobId, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(Messages.Op_getJobAttributes, Integer.toString(jobId)), monitor);
		IppMessage request = request(IppOperation.GET_JOB_ATTRIBUTES).operation(JOB_URI, IppTag.URI, jobUri(jobId))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, "all").build(); //$NON-NLS-1$
		IppMessage response = check(op, ipp(op, request, JOBS_PATH, true, null, null));
		IppAttributeGroup group = response.group(IppTag.JOB_ATTRIBUTES);
		if (group == null) {
			throw new IppException(Messages.bind(Messages.Error_jobNotFound, server.hostAndPort(),
					Integer.toString(jobId)));
		}
		return new Job(group);
	}

	/**
	 * Print-Job. The document is read into memory first (at most {@link #MAX_DOCUMENT_BYTES}) so the request can be
	 * sent again after an authentication prompt; a Print-Job is never re-sent after a network failure.
	 *
	 * @param printer
	 *            the queue
	 * @param jobName
	 *            the job's name
	 * @param documentFormat
	 *            the MIME type, e.g. {@code application/pdf}; null for {@code application/octet-stream} (auto)
	 * @param document
	 *            the document; read to the end, not closed
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the job id
	 * @throws IppException
	 *             when CUPS or the network fails, or the document cannot be read
	 */
	public int printJob(String printer, String jobName, String documentFormat, InputStream document,
			IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(Messages.Op_printJob, jobName, printer), monitor);
		byte[] data = readDocument(document, op);
		IppMessage request = request(IppOperation.PRINT_JOB).operation(PRINTER_URI, IppTag.URI, printerUri(printer))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation("job-name", IppTag.NAME, jobName == null ? "untitled" : jobName) //$NON-NLS-1$ //$NON-NLS-2$
				.operation("document-format", IppTag.MIME_MEDIA_TYPE, //$NON-NLS-1$
						documentFormat == null ? "application/octet-stream" : documentFormat) //$NON-NLS-1$
				.build();
		IppMessage response = check(op,
				ipp(op, IppEncoder.encode(request), data, printerPath(printer), false, null, options.readTimeout()));
		IppAttributeGroup job = response.group(IppTag.JOB_ATTRIBUTES);
		int id = job == null ? 0 : job.getInt("job-id", 0); //$NON-NLS-1$
		if (id <= 0) {
			throw new MalformedResponseException(Messages.bind(Messages.Error_noJobId, server.hostAndPort()), null);
		}
		return id;
	}

	/**
	 * Prints Cupola's one-page test page (PDF) on a queue.
	 *
	 * @param printer
	 *            the queue
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the job id
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public int printTestPage(String printer, IProgressMonitor monitor) throws IppException {
		try (InputStream in = getClass().getResourceAsStream(TEST_PAGE)) {
			if (in == null) {
				throw new IppException(Messages.Error_testPageMissing);
			}
			return printJob(printer, "Cupola test page", "application/pdf", in, monitor); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new IppException(Messages.bind(Messages.Error_readDocument, e.getMessage()), e);
		}
	}

	private byte[] readDocument(InputStream document, Op op) throws IppException {
		Objects.requireNonNull(document, "document"); //$NON-NLS-1$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 << 10];
		try {
			int n;
			while ((n = document.read(buffer)) >= 0) {
				op.waiter.checkCanceled();
				out.write(buffer, 0, n);
				if (out.size() > MAX_DOCUMENT_BYTES) {
					throw new IppException(
							Messages.bind(Messages.Error_documentTooLarge, Integer.toString(MAX_DOCUMENT_BYTES >> 20)));
				}
			}
		} catch (IOException e) {
			throw new IppException(Messages.bind(Messages.Error_readDocument, e.getMessage()), e);
		}
		return out.toByteArray();
	}

	/**
	 * Cancel-Job.
	 *
	 * @param jobId
	 *            the job
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void cancelJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobOperation(IppOperation.CANCEL_JOB, Messages.Op_cancelJob, jobId, false, monitor);
	}

	/**
	 * Hold-Job (indefinitely).
	 *
	 * @param jobId
	 *            the job
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void holdJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobOperation(IppOperation.HOLD_JOB, Messages.Op_holdJob, jobId, true, monitor);
	}

	/**
	 * Release-Job.
	 *
	 * @param jobId
	 *            the job
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void releaseJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobOperation(IppOperation.RELEASE_JOB, Messages.Op_releaseJob, jobId, true, monitor);
	}

	/**
	 * Restart-Job (print a finished job again; needs PreserveJobFiles).
	 *
	 * @param jobId
	 *            the job
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void restartJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobOperation(IppOperation.RESTART_JOB, Messages.Op_restartJob, jobId, false, monitor);
	}

	private void jobOperation(int operation, String message, int jobId, boolean idempotent, IProgressMonitor monitor)
			throws IppException {
		Op op = begin(Messages.bind(message, Integer.toString(jobId)), monitor);
		IppMessage request = request(operation).operation(JOB_URI, IppTag.URI, jobUri(jobId))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser()).build();
		check(op, ipp(op, request, JOBS_PATH, idempotent, null, null));
	}

	/**
	 * Cancels every job of a queue (Purge-Jobs).
	 *
	 * @param printer
	 *            the queue, or null for every queue
	 * @param purge
	 *            also remove the jobs from the history
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void cancelAllJobs(String printer, boolean purge, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(Messages.Op_cancelAllJobs, printer == null ? server.hostAndPort() : printer),
				monitor);
		IppMessage request = request(IppOperation.PURGE_JOBS)
				.operation(PRINTER_URI, IppTag.URI, printer == null ? server.ippUri("/printers/") : printerUri(printer)) //$NON-NLS-1$
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation("purge-jobs", IppTag.BOOLEAN, Boolean.valueOf(purge)).build(); //$NON-NLS-1$
		check(op, ipp(op, request, ADMIN_PATH, false, null, null));
	}

	// ---------------------------------------------------------------------------------------------------------
	// Queue administration

	/**
	 * Pause-Printer: stops the queue (jobs are kept).
	 *
	 * @param name
	 *            the queue
	 * @param reasonMessageOrNull
	 *            the printer-state-message to set, or null
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void pausePrinter(String name, String reasonMessageOrNull, IProgressMonitor monitor) throws IppException {
		printerOperation(IppOperation.PAUSE_PRINTER, Messages.Op_pausePrinter, name, reasonMessageOrNull, monitor);
	}

	/**
	 * Resume-Printer.
	 *
	 * @param name
	 *            the queue
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void resumePrinter(String name, IProgressMonitor monitor) throws IppException {
		printerOperation(IppOperation.RESUME_PRINTER, Messages.Op_resumePrinter, name, null, monitor);
	}

	/**
	 * CUPS-Accept-Jobs.
	 *
	 * @param name
	 *            the queue
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void acceptJobs(String name, IProgressMonitor monitor) throws IppException {
		printerOperation(IppOperation.CUPS_ACCEPT_JOBS, Messages.Op_acceptJobs, name, null, monitor);
	}

	/**
	 * CUPS-Reject-Jobs.
	 *
	 * @param name
	 *            the queue
	 * @param message
	 *            the printer-state-message to set, or null
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void rejectJobs(String name, String message, IProgressMonitor monitor) throws IppException {
		printerOperation(IppOperation.CUPS_REJECT_JOBS, Messages.Op_rejectJobs, name, message, monitor);
	}

	/**
	 * CUPS-Set-Default.
	 *
	 * @param name
	 *            the queue
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void setDefault(String name, IProgressMonitor monitor) throws IppException {
		printerOperation(IppOperation.CUPS_SET_DEFAULT, Messages.Op_setDefault, name, null, monitor);
	}

	/**
	 * CUPS-Delete-Printer.
	 *
	 * @param name
	 *            the queue
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void deletePrinter(String name, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(Messages.Op_deletePrinter, name), monitor);
		IppMessage request = request(IppOperation.CUPS_DELETE_PRINTER)
				.operation(PRINTER_URI, IppTag.URI, printerUri(name))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser()).build();
		check(op, ipp(op, request, ADMIN_PATH, false, null, null));
	}

	private void printerOperation(int operation, String message, String name, String stateMessage,
			IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(message, name), monitor);
		IppMessage.Builder builder = request(operation).operation(PRINTER_URI, IppTag.URI, printerUri(name))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser());
		if (stateMessage != null) {
			builder.operation(PRINTER_STATE_MESSAGE, IppTag.TEXT, stateMessage);
		}
		check(op, ipp(op, builder.build(), ADMIN_PATH, true, null, null));
	}

	/**
	 * CUPS-Add-Modify-Printer: creates the queue or changes the fields that are set in {@code settings}.
	 *
	 * @param name
	 *            the queue name (letters, digits, {@code -} and {@code _})
	 * @param settings
	 *            the fields to set
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void addModifyPrinter(String name, PrinterSettings settings, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(Messages.Op_addModifyPrinter, name), monitor);
		IppMessage.Builder builder = request(IppOperation.CUPS_ADD_MODIFY_PRINTER)
				.operation(PRINTER_URI, IppTag.URI, printerUri(name))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser()).group(IppTag.PRINTER_ATTRIBUTES);
		if (settings.deviceUri() != null) {
			builder.attribute("device-uri", IppTag.URI, settings.deviceUri()); //$NON-NLS-1$
		}
		if (settings.ppdName() != null) {
			builder.attribute("ppd-name", IppTag.NAME, settings.ppdName()); //$NON-NLS-1$
		}
		if (settings.info() != null) {
			builder.attribute("printer-info", IppTag.TEXT, settings.info()); //$NON-NLS-1$
		}
		if (settings.location() != null) {
			builder.attribute("printer-location", IppTag.TEXT, settings.location()); //$NON-NLS-1$
		}
		if (settings.shared() != null) {
			builder.attribute("printer-is-shared", IppTag.BOOLEAN, settings.shared()); //$NON-NLS-1$
		}
		if (settings.errorPolicy() != null) {
			builder.attribute("printer-error-policy", IppTag.NAME, settings.errorPolicy()); //$NON-NLS-1$
		}
		if (settings.enabled() != null) {
			builder.attribute("printer-state", IppTag.ENUM, //$NON-NLS-1$
					Integer.valueOf(settings.enabled().booleanValue() ? 3 : 5));
		}
		if (settings.acceptingJobs() != null) {
			builder.attribute("printer-is-accepting-jobs", IppTag.BOOLEAN, settings.acceptingJobs()); //$NON-NLS-1$
		}
		check(op, ipp(op, IppEncoder.encode(builder.build()), null, ADMIN_PATH, true, null,
				options.readTimeout().plus(options.readTimeout())));
	}

	// ---------------------------------------------------------------------------------------------------------
	// Subscriptions

	/**
	 * Create-Printer-Subscriptions with the ippget pull method.
	 *
	 * @param printerOrNull
	 *            the queue, or null for every queue and the server
	 * @param events
	 *            the {@code notify-events}, e.g. {@code job-state-changed}, {@code printer-state-changed}; empty for
	 *            {@code all}
	 * @param leaseSeconds
	 *            the lease; 0 for one that never expires
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the subscription id
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public int createSubscription(String printerOrNull, List<String> events, int leaseSeconds,
			IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.Op_createSubscription, monitor);
		IppMessage request = request(IppOperation.CREATE_PRINTER_SUBSCRIPTIONS)
				.operation(PRINTER_URI, IppTag.URI, printerOrServerUri(printerOrNull))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser()).group(IppTag.SUBSCRIPTION_ATTRIBUTES)
				.attribute("notify-pull-method", IppTag.KEYWORD, "ippget") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("notify-events", IppTag.KEYWORD, //$NON-NLS-1$
						events == null || events.isEmpty() ? new Object[] { "all" } : events.toArray()) //$NON-NLS-1$
				.attribute("notify-lease-duration", IppTag.INTEGER, Integer.valueOf(Math.max(0, leaseSeconds))) //$NON-NLS-1$
				.build();
		IppMessage response = check(op, ipp(op, request, ROOT_PATH, false, null, null));
		IppAttributeGroup group = response.group(IppTag.SUBSCRIPTION_ATTRIBUTES);
		int id = group == null ? 0 : group.getInt("notify-subscription-id", 0); //$NON-NLS-1$
		if (id <= 0) {
			throw new MalformedResponseException(
					Messages.bind(Messages.Error_noSubscriptionId, server.hostAndPort()), null);
		}
		return id;
	}

	/**
	 * Get-Notifications (without waiting): the events of a subscription from a sequence number on.
	 *
	 * @param subscriptionId
	 *            the subscription
	 * @param sinceSequence
	 *            the first sequence number wanted (1 for all; {@link Notifications#lastSequenceNumber()} + 1 next)
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the events and the suggested poll interval
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public Notifications getNotifications(int subscriptionId, int sinceSequence, IProgressMonitor monitor)
			throws IppException {
		Op op = begin(Messages.Op_getNotifications, monitor);
		IppMessage request = request(IppOperation.GET_NOTIFICATIONS)
				.operation(PRINTER_URI, IppTag.URI, server.ippUri(ROOT_PATH))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation("notify-subscription-ids", IppTag.INTEGER, Integer.valueOf(subscriptionId)) //$NON-NLS-1$
				.operation("notify-sequence-numbers", IppTag.INTEGER, Integer.valueOf(Math.max(1, sinceSequence))) //$NON-NLS-1$
				.operation("notify-wait", IppTag.BOOLEAN, Boolean.FALSE).build(); //$NON-NLS-1$
		IppMessage response = check(op, ipp(op, request, ROOT_PATH, true, null, null));
		IppAttributeGroup operation = response.group(IppTag.OPERATION_ATTRIBUTES);
		int interval = operation == null ? 0 : operation.getInt("notify-get-interval", 0); //$NON-NLS-1$
		return new Notifications(response.groups(IppTag.EVENT_NOTIFICATION_ATTRIBUTES), interval);
	}

	/**
	 * Cancel-Subscription.
	 *
	 * @param subscriptionId
	 *            the subscription
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void cancelSubscription(int subscriptionId, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.bind(Messages.Op_cancelSubscription, Integer.toString(subscriptionId)), monitor);
		IppMessage request = request(IppOperation.CANCEL_SUBSCRIPTION)
				.operation(PRINTER_URI, IppTag.URI, server.ippUri(ROOT_PATH))
				.operation(REQUESTING_USER_NAME, IppTag.NAME, currentUser())
				.operation("notify-subscription-id", IppTag.INTEGER, Integer.valueOf(subscriptionId)).build(); //$NON-NLS-1$
		check(op, ipp(op, request, ROOT_PATH, false, null, null));
	}

	// ---------------------------------------------------------------------------------------------------------
	// Server configuration and logs

	/**
	 * Downloads {@code cupsd.conf} ({@code GET /admin/conf/cupsd.conf}; administrators only).
	 *
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the file's bytes
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public byte[] getServerConfig(IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.Op_getServerConfig, monitor);
		return http(op, "GET", CONF_PATH, Map.of(), null, true, MAX_HTTP_BODY, false); //$NON-NLS-1$
	}

	/**
	 * Uploads {@code cupsd.conf} ({@code PUT}, text/plain; administrators only). CUPS then restarts itself; this
	 * method returns once the server answers again (at most about twice the read timeout), so the next operation
	 * finds it up.
	 *
	 * @param conf
	 *            the new file
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS or the network fails, or CUPS does not come back in time
	 */
	public void putServerConfig(byte[] conf, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.Op_putServerConfig, monitor);
		// an idle connection that the restart will close: the sign that the restart happened
		Socket watch = openWatchSocket();
		try {
			http(op, "PUT", CONF_PATH, Map.of(CONTENT_TYPE, "text/plain"), conf, false, DRAIN_BYTES, false); //$NON-NLS-1$ //$NON-NLS-2$
			op.monitor.subTask(Messages.Op_waitRestart);
			awaitRestart(op, watch);
		} finally {
			closeQuietly(watch);
		}
	}

	private Socket openWatchSocket() {
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

	private void awaitRestart(Op op, Socket watch) throws IppException {
		long deadline = System.nanoTime() + options.readTimeout().toNanos();
		if (watch != null) {
			CancelToken.Registration registration = op.waiter.token().onCancel(() -> closeQuietly(watch));
			try {
				watch.setSoTimeout(100);
				InputStream in = watch.getInputStream();
				while (System.nanoTime() < deadline) {
					op.waiter.checkCanceled();
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
			op.waiter.checkCanceled();
			try {
				IppMessage probe = request(IppOperation.CUPS_GET_DEFAULT)
						.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, "printer-name").build(); //$NON-NLS-1$
				Map<String, String> headers = Map.of(CONTENT_TYPE, "application/ipp"); //$NON-NLS-1$
				try (HttpTransport.Response response = transport.exchange(new HttpTransport.Request("POST", ROOT_PATH, //$NON-NLS-1$
						headers, List.of(IppEncoder.encode(probe)), options.readTimeout(), options.readTimeout(), true),
						op.waiter)) {
					response.drain(DRAIN_BYTES);
					return;
				}
			} catch (IOException e) {
				if (System.nanoTime() > deadline) {
					throw new IppException(Messages.bind(Messages.Error_restartTimeout, server.hostAndPort(),
							Long.toString(options.readTimeout().toSeconds())), e);
				}
			}
			sleep(op, 100);
		}
	}

	private static void sleep(Op op, long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		op.waiter.checkCanceled();
	}

	/**
	 * Reads the CUPS error log from a byte offset on ({@code GET /admin/log/error_log}, with a {@code Range} header
	 * that CUPS may honour; otherwise the start is skipped). If the log is now shorter than {@code fromOffset} (it was
	 * rotated or truncated) the chunk starts at 0. Administrators only.
	 *
	 * @param fromOffset
	 *            the first byte wanted; 0 for the whole log, or {@link #getErrorLogSize(IProgressMonitor)} as a
	 *            checkpoint taken earlier
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the bytes from the offset to the current end
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public LogChunk getErrorLog(long fromOffset, IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.Op_getErrorLog, monitor);
		long from = Math.max(0, fromOffset);
		LogChunk chunk = from > 0 ? readLog(op, from, true) : null;
		if (chunk == null) {
			chunk = readLog(op, from, false);
		}
		return chunk != null ? chunk : readLog(op, 0, false);
	}

	/** One GET of the error log; null if a range request was refused (416) or the log is shorter than from. */
	private LogChunk readLog(Op op, long from, boolean range) throws IppException {
		Map<String, String> headers = range ? Map.of("Range", "bytes=" + from + '-') : Map.of(); //$NON-NLS-1$ //$NON-NLS-2$
		return withAuth(op, authorization -> {
			try (HttpTransport.Response response = transport.exchange(httpRequest("GET", ERROR_LOG_PATH, headers, //$NON-NLS-1$
					null, authorization, true), op.waiter)) {
				Outcome<LogChunk> auth = authOutcome(response);
				if (auth != null) {
					return auth;
				}
				int status = response.status();
				if (status == 416) {
					// nothing after the offset, or the log shrank: the caller asks again for the whole log
					response.drain(DRAIN_BYTES);
					return Outcome.ok(null);
				}
				if (status == 206) {
					long start = parseContentRangeStart(response.header("Content-Range").orElse(null), from); //$NON-NLS-1$
					byte[] data = response.readAll(MAX_HTTP_BODY);
					return Outcome.ok(new LogChunk(start, start + data.length, data));
				}
				if (status != 200) {
					throw httpError(op, response);
				}
				// no range support: skip what the caller has
				InputStream body = response.body();
				long skipped = 0;
				byte[] buffer = new byte[64 << 10];
				ByteArrayOutputStream rest = new ByteArrayOutputStream();
				int n;
				while ((n = body.read(buffer)) >= 0) {
					int skip = (int) Math.min(n, from - skipped);
					skipped += skip;
					rest.write(buffer, skip, n - skip);
					if (rest.size() > MAX_HTTP_BODY) {
						throw new IOException("error log larger than " + MAX_HTTP_BODY); //$NON-NLS-1$
					}
				}
				if (skipped < from) {
					return Outcome.ok(null); // rotated or truncated since the checkpoint: all of it is new
				}
				byte[] data = rest.toByteArray();
				return Outcome.ok(new LogChunk(from, from + data.length, data));
			}
		}, chunk -> chunk);
	}

	/**
	 * The current size of the CUPS error log: a checkpoint to pass to {@link #getErrorLog(long, IProgressMonitor)}
	 * later to get only what was logged in between. Administrators only.
	 *
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the size in bytes
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public long getErrorLogSize(IProgressMonitor monitor) throws IppException {
		Op op = begin(Messages.Op_getErrorLog, monitor);
		return withAuth(op, authorization -> {
			try (HttpTransport.Response response = transport
					.exchange(httpRequest("GET", ERROR_LOG_PATH, Map.of(), null, authorization, true), op.waiter)) { //$NON-NLS-1$
				Outcome<Long> auth = authOutcome(response);
				if (auth != null) {
					return auth;
				}
				if (response.status() != 200) {
					throw httpError(op, response);
				}
				long length = response.body().transferTo(java.io.OutputStream.nullOutputStream());
				return Outcome.ok(Long.valueOf(length));
			}
		}, Long::longValue);
	}

	private static long parseContentRangeStart(String contentRange, long dflt) {
		// "bytes 100-199/200"
		if (contentRange == null) {
			return dflt;
		}
		try {
			String range = contentRange.trim();
			int space = range.indexOf(' ');
			int dash = range.indexOf('-', space + 1);
			return Long.parseLong(range.substring(space + 1, dash).trim());
		} catch (RuntimeException e) {
			return dflt;
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Plumbing

	/** One running operation: its human name, its monitor and how it is cancelled. */
	private record Op(String name, SubMonitor monitor, Waiter waiter) {
	}

	private Op begin(String name, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.capitalize(name), 100);
		Waiter waiter = new Waiter(monitor);
		waiter.checkCanceled();
		return new Op(name, sub, waiter);
	}

	private IppMessage.Builder request(int operation) {
		return IppMessage.request(operation, requestIds.incrementAndGet() & 0x7FFFFFFF);
	}

	private String printerOrServerUri(String nameOrNull) {
		return nameOrNull == null ? server.ippUri(ROOT_PATH) : printerUri(nameOrNull);
	}

	private String printerUri(String name) {
		return server.ippUri(printerPath(name));
	}

	private static String printerPath(String name) {
		return "/printers/" + encodePath(name); //$NON-NLS-1$
	}

	private String jobUri(int jobId) {
		return server.ippUri(JOBS_PATH + jobId);
	}

	private static String encodePath(String segment) {
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

	private static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	private IppMessage check(Op op, IppMessage response) throws IppStatusException {
		int status = response.status();
		if (IppStatus.isSuccess(status)) {
			return response;
		}
		String statusName = IppStatus.name(status);
		String statusMessage = response.statusMessage();
		String message = statusMessage == null || statusMessage.isBlank()
				? Messages.bind(Messages.Error_ippStatusNoMessage, server.hostAndPort(), op.name, statusName)
				: Messages.bind(Messages.Error_ippStatus, server.hostAndPort(), op.name, statusMessage, statusName);
		throw new IppStatusException(message, status, statusName, statusMessage);
	}

	private IppMessage ipp(Op op, IppMessage request, String path, boolean idempotent, byte[] document,
			IppGroupListener listener) throws IppException {
		return ipp(op, IppEncoder.encode(request), document, path, idempotent, listener, options.readTimeout());
	}

	/** Sends an encoded IPP request (plus document) with authentication; returns the response whatever its status. */
	private IppMessage ipp(Op op, byte[] encoded, byte[] document, String path, boolean idempotent,
			IppGroupListener listener, Duration timeout) throws IppException {
		List<byte[]> body = document == null ? List.of(encoded) : List.of(encoded, document);
		op.monitor.setWorkRemaining(100).split(10);
		IppMessage message = withAuth(op, authorization -> {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put(CONTENT_TYPE, "application/ipp"); //$NON-NLS-1$
			if (authorization != null) {
				headers.put(AUTHORIZATION, authorization);
			}
			HttpTransport.Request request = new HttpTransport.Request("POST", path, headers, body, timeout, timeout, //$NON-NLS-1$
					idempotent);
			try (HttpTransport.Response response = transport.exchange(request, op.waiter)) {
				Outcome<IppMessage> auth = authOutcome(response);
				if (auth != null) {
					return auth;
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
		op.monitor.done();
		return message;
	}

	/**
	 * A plain HTTP request with authentication.
	 *
	 * @return the body; null on 404 if {@code nullIfNotFound}
	 */
	private byte[] http(Op op, String method, String path, Map<String, String> extraHeaders, byte[] body,
			boolean idempotent, long limit, boolean nullIfNotFound) throws IppException {
		op.monitor.setWorkRemaining(100).split(10);
		byte[] result = withAuth(op, authorization -> {
			try (HttpTransport.Response response = transport
					.exchange(httpRequest(method, path, extraHeaders, body, authorization, idempotent), op.waiter)) {
				Outcome<byte[]> auth = authOutcome(response);
				if (auth != null) {
					return auth;
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
		op.monitor.done();
		return result;
	}

	private HttpTransport.Request httpRequest(String method, String path, Map<String, String> extraHeaders,
			byte[] body, String authorization, boolean idempotent) {
		Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
		if (authorization != null) {
			headers.put(AUTHORIZATION, authorization);
		}
		return new HttpTransport.Request(method, path, headers, body == null ? List.of() : List.of(body),
				options.readTimeout(), options.readTimeout(), idempotent);
	}

	private static <T> Outcome<T> authOutcome(HttpTransport.Response response) {
		int status = response.status();
		if (status == 401) {
			response.drain(DRAIN_BYTES);
			return Outcome.unauthorized();
		}
		if (status == 403) {
			response.drain(DRAIN_BYTES);
			return Outcome.forbidden();
		}
		return null;
	}

	private IppException httpError(Op op, HttpTransport.Response response) {
		response.drain(DRAIN_BYTES);
		return new IppException(Messages.bind(Messages.Error_http, server.hostAndPort(),
				Integer.toString(response.status()), op.name));
	}

	/** What one attempt of a request ended with. */
	private record Outcome<T>(T value, int kind) {
		static final int OK = 0;
		static final int UNAUTHORIZED = 1;
		static final int FORBIDDEN = 2;

		static <T> Outcome<T> ok(T value) {
			return new Outcome<>(value, OK);
		}

		static <T> Outcome<T> unauthorized() {
			return new Outcome<>(null, UNAUTHORIZED);
		}

		static <T> Outcome<T> forbidden() {
			return new Outcome<>(null, FORBIDDEN);
		}
	}

	/** One attempt of a request with the given Authorization header value (null for none). */
	@FunctionalInterface
	private interface Attempt<T> {
		Outcome<T> run(String authorization) throws IOException, IppException;
	}

	/** Post-processing of a successful outcome. */
	@FunctionalInterface
	private interface Finish<T, R> {
		R apply(T value) throws IppException;
	}

	/** Credentials in use by one operation, with the cache generation they came from (-1: from the prompt). */
	private record InUse(Credentials credentials, long generation) {
	}

	/**
	 * Runs attempts until one is authorized: the authentication state machine described in the class comment.
	 */
	private <T, R> R withAuth(Op op, Attempt<T> attempt, Finish<T, R> finish) throws IppException {
		InUse current = cached();
		List<Long> triedGenerations = new ArrayList<>();
		if (current != null) {
			triedGenerations.add(Long.valueOf(current.generation()));
		}
		int prompts = 0;
		try {
			while (true) {
				op.waiter.checkCanceled();
				Outcome<T> outcome;
				String header = current == null ? null : basicAuthorization(current.credentials());
				try {
					outcome = attempt.run(header);
				} catch (IOException e) {
					throw map(op, e);
				}
				if (outcome.kind() == Outcome.OK) {
					if (current != null && current.generation() < 0) {
						cacheCredentials(current.credentials()); // the prompt's credentials worked: keep them
						current = null; // now owned by the cache
					}
					return finish.apply(outcome.value());
				}
				String user = current == null ? options.requestingUser() : current.credentials().user();
				if (outcome.kind() == Outcome.FORBIDDEN) {
					throw current != null
							? new ForbiddenException(Messages.bind(Messages.Error_forbidden, user, server), user)
							: new ForbiddenException(Messages.bind(Messages.Error_forbiddenAnonymous,
									server.hostAndPort(), op.name, user), user);
				}
				// 401: wrong credentials or none
				CredentialsRequest.Reason reason = CredentialsRequest.Reason.REQUIRED;
				String previousUser = null;
				if (current != null) {
					reason = CredentialsRequest.Reason.WRONG_PASSWORD;
					previousUser = current.credentials().user();
					forget(current);
					current = null;
				}
				InUse next = untriedCached(triedGenerations);
				if (next == null) {
					next = promptForCredentials(op, reason, previousUser, prompts, triedGenerations);
					prompts++;
				}
				current = next;
			}
		} finally {
			if (current != null && current.generation() < 0) {
				current.credentials().clear();
			}
			if (promptLock.isHeldByCurrentThread()) {
				promptLock.unlock();
			}
		}
	}

	private InUse promptForCredentials(Op op, CredentialsRequest.Reason reason, String previousUser, int prompts,
			List<Long> triedGenerations) throws NotAuthorizedException {
		CredentialsPrompt p = prompt;
		if (p == null) {
			throw previousUser == null
					? new NotAuthorizedException(
							Messages.bind(Messages.Error_notAuthorizedNoPrompt, server.hostAndPort(), op.name), null)
					: new NotAuthorizedException(Messages.bind(Messages.Error_notAuthorized, previousUser, server,
							Integer.toString(triedGenerations.size())), previousUser);
		}
		if (prompts >= options.maxAuthAttempts()) {
			throw new NotAuthorizedException(Messages.bind(Messages.Error_notAuthorized,
					previousUser == null ? options.requestingUser() : previousUser, server, Integer.toString(prompts)),
					previousUser);
		}
		// One prompt at a time per connection, and the lock is kept (by withAuth) until the answer has been tried:
		// a thread that waited then finds the credentials another thread was given and that worked.
		if (!promptLock.isHeldByCurrentThread()) {
			lockPrompt(op);
		}
		InUse fresh = untriedCached(triedGenerations);
		if (fresh != null) {
			return fresh;
		}
		op.monitor.subTask(Messages.Op_waitCredentials);
		Credentials answer = p.getCredentials(
				new CredentialsRequest(server, op.name, prompts + 1, reason, previousUser, op.waiter.token()));
		op.monitor.subTask(""); //$NON-NLS-1$
		if (answer == null) {
			throw new OperationCanceledException();
		}
		if (op.waiter.isCanceled()) {
			answer.clear();
			throw new OperationCanceledException();
		}
		return new InUse(answer, -1);
	}

	private void lockPrompt(Op op) {
		try {
			while (!promptLock.tryLock(100, TimeUnit.MILLISECONDS)) {
				op.waiter.checkCanceled();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private InUse cached() {
		synchronized (credentialsLock) {
			return credentials == null ? null : new InUse(credentials.copy(), credentialsGeneration);
		}
	}

	private InUse untriedCached(List<Long> triedGenerations) {
		synchronized (credentialsLock) {
			if (credentials == null || triedGenerations.contains(Long.valueOf(credentialsGeneration))) {
				return null;
			}
			triedGenerations.add(Long.valueOf(credentialsGeneration));
			return new InUse(credentials.copy(), credentialsGeneration);
		}
	}

	/** Wrong credentials: drop them from the cache if they are still the cached ones, and zero our copy. */
	private void forget(InUse wrong) {
		synchronized (credentialsLock) {
			if (wrong.generation() >= 0 && wrong.generation() == credentialsGeneration && credentials != null) {
				credentials.clear();
				credentials = null;
				credentialsGeneration++;
			}
		}
		wrong.credentials().clear();
	}

	/** The value of an {@code Authorization: Basic} header; the password copies are zeroed. */
	private static String basicAuthorization(Credentials credentials) {
		char[] password = credentials.password();
		char[] joined = new char[credentials.user().length() + 1 + password.length];
		ByteBuffer bytes = null;
		try {
			credentials.user().getChars(0, credentials.user().length(), joined, 0);
			joined[credentials.user().length()] = ':';
			System.arraycopy(password, 0, joined, credentials.user().length() + 1, password.length);
			CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE);
			bytes = encoder.encode(java.nio.CharBuffer.wrap(joined));
			byte[] raw = new byte[bytes.remaining()];
			bytes.get(raw);
			try {
				return "Basic " + Base64.getEncoder().encodeToString(raw); //$NON-NLS-1$
			} finally {
				Arrays.fill(raw, (byte) 0);
			}
		} catch (CharacterCodingException e) {
			throw new IllegalStateException(e); // cannot happen with REPLACE
		} finally {
			Arrays.fill(password, '\0');
			Arrays.fill(joined, '\0');
			if (bytes != null && bytes.hasArray()) {
				Arrays.fill(bytes.array(), (byte) 0);
			}
		}
	}

	/** Maps a transport failure to the exception a user understands. */
	private IppException map(Op op, IOException e) {
		String where = server.hostAndPort();
		if (e instanceof CanceledIOException || op.waiter.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (e instanceof org.cupola.ipp.internal.IppFailureException f) {
			return f.failure(); // an untrusted certificate, a refused clear-text password: the message is ready
		}
		if (e instanceof MalformedIppException) {
			return new MalformedResponseException(Messages.bind(Messages.Error_malformed, where, op.name,
					e.getMessage()), e);
		}
		if (e instanceof HttpConnectTimeoutException) {
			return new ServerUnreachableException(Messages.bind(Messages.Error_connectTimeout, where,
					Long.toString(options.connectTimeout().toSeconds())), e);
		}
		if (e instanceof HttpTimeoutException || e instanceof ReadTimeoutException) {
			return new IppTimeoutException(Messages.bind(Messages.Error_timeout, where,
					Long.toString(options.readTimeout().toSeconds()), op.name), e);
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ConnectException) {
				return new ServerUnreachableException(Messages.bind(Messages.Error_connectRefused, where), e);
			}
			if (t instanceof UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
				return new ServerUnreachableException(Messages.bind(Messages.Error_unknownHost, where), e);
			}
			if (t instanceof SSLException) {
				return new IppException(Messages.bind(Messages.Error_tls, where, op.name, t.getMessage()), e);
			}
		}
		if (HttpTransport.isConnectFailure(e)) {
			return new ServerUnreachableException(Messages.bind(Messages.Error_unreachable, where, e.getMessage()), e);
		}
		String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
				: e.getMessage();
		return new IppException(Messages.bind(Messages.Error_connectionLost, where, op.name, detail), e);
	}
}
