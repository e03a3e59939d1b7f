package org.cupola.ipp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.session.Authenticator;
import org.cupola.ipp.internal.session.DeviceOperations;
import org.cupola.ipp.internal.session.ErrorMapper;
import org.cupola.ipp.internal.session.IppExchange;
import org.cupola.ipp.internal.session.DocumentOperations;
import org.cupola.ipp.internal.session.JobAuthOperations;
import org.cupola.ipp.internal.session.JobOperations;
import org.cupola.ipp.internal.session.PrinterOperations;
import org.cupola.ipp.internal.session.QueueAdminOperations;
import org.cupola.ipp.internal.session.ServerFiles;
import org.cupola.ipp.internal.session.SubscriptionOperations;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A session with one CUPS server: every IPP and HTTP operation Cupola needs, with authentication, cancellation and
 * timeouts. Thread-safe; create one per server and {@link #close()} it when the server is disconnected.
 * <p>
 * <b>Operations</b> block the calling thread (run them in a {@code CupsJob}, never on the UI thread), take an
 * {@link IProgressMonitor} as last parameter ({@code monitor}: progress and cancellation, null allowed), and end with a value, an {@link IppException} whose
 * message a user understands, or {@link OperationCanceledException}. Each one is carried out by an operation group
 * of {@code org.cupola.ipp.internal.session} (printers, jobs, devices and drivers, subscriptions, server files) on
 * the connection's request/response core; a new operation goes into its group and gets a one-line method here.
 * <p>
 * <b>Cancellation</b>: if a {@link CancelToken} is {@link CancelToken#bind() bound} to the calling thread, cancelling
 * it aborts the HTTP exchange on the wire at once and the operation ends with {@link OperationCanceledException}; the
 * connection stays usable. Without a bound token, blocking waits wake every 100 ms to check
 * {@link IProgressMonitor#isCanceled()} (fallback). The monitor is also checked before each request is sent.
 * <p>
 * <b>Authentication</b> (HTTP Basic, as CUPS over TCP requires): on HTTP 401 (or IPP client-error-not-authenticated)
 * the connection first tries its cached credentials, then asks its {@link CredentialsPrompt} (at most
 * {@link ConnectionOptions#maxAuthAttempts()} times per operation; a null answer ends the operation with
 * {@link LoginDeclinedException}, or with {@link OperationCanceledException} if the operation was cancelled).
 * Credentials that worked are cached for this connection only and sent preemptively afterwards; wrong ones are
 * forgotten. HTTP 403 (or IPP client-error-not-authorized with credentials) ends with {@link ForbiddenException}
 * without prompting again; credentials from the prompt that were refused that way are not kept, so the next
 * operation asks again (the user may then log in as an administrator).
 * Passwords never appear in messages or logs.
 */
public final class CupsConnection implements AutoCloseable {

	/** The largest document {@link #printJob(String, String, String, InputStream, IProgressMonitor)} buffers. */
	public static final int MAX_DOCUMENT_BYTES = JobOperations.MAX_DOCUMENT_BYTES;

	/** What {@link #getPrinters(IProgressMonitor)} and friends ask for: everything {@link Printer} reads. */
	public static final List<String> PRINTER_ATTRIBUTES = PrinterOperations.ATTRIBUTES;

	/** What {@link #getJobs} asks for when given no list: everything {@link Job} reads. */
	public static final List<String> JOB_ATTRIBUTES = JobOperations.ATTRIBUTES;

	private final CupsServer server;
	private final ConnectionOptions options;
	private final HttpTransport transport;
	private final Authenticator auth;
	private final IppExchange exchange;
	private final PrinterOperations printers;
	private final JobOperations jobs;
	private final JobAuthOperations jobAuth; // held jobs and documents (issue 12)
	private final DocumentOperations documents;
	private final DeviceOperations devices;
	private final SubscriptionOperations subscriptions;
	private final ServerFiles files;
	private final QueueAdmin admin;

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
		this.transport = new HttpTransport(server, this.options);
		ErrorMapper errors = new ErrorMapper(server, this.options);
		this.auth = new Authenticator(server, this.options, errors, prompt);
		this.exchange = new IppExchange(server, this.options, transport, auth, errors);
		this.printers = new PrinterOperations(exchange);
		this.jobs = new JobOperations(exchange);
		this.jobAuth = new JobAuthOperations(exchange, printers);
		this.documents = new DocumentOperations(exchange);
		this.devices = new DeviceOperations(exchange);
		this.subscriptions = new SubscriptionOperations(exchange);
		this.files = new ServerFiles(exchange);
		this.admin = new QueueAdmin(exchange, new QueueAdminOperations(exchange, jobs));
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
		auth.setPrompt(prompt);
	}

	/**
	 * Sets the credentials to use (e.g. from secure storage); they are sent with every later request. A copy is
	 * kept: the caller may close its object.
	 *
	 * @param value
	 *            the credentials, or null to forget them
	 */
	public void setCredentials(Credentials value) {
		auth.cache(value == null ? null : value.copy());
	}

	/** Forgets (and zeroes) the cached credentials. */
	public void clearCredentials() {
		auth.cache(null);
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
		return auth.currentUser();
	}

	/** {@return whether credentials are cached} */
	public boolean hasCredentials() {
		return auth.hasCredentials();
	}

	/**
	 * Shows an observer the credentials this connection holds: at once (on the calling thread) those it holds now, if
	 * any, then every credentials it holds later (from its prompt once CUPS accepted them, or from
	 * {@link #setCredentials}), on the thread that set them. For what must know every secret in use, such as a
	 * report's redactor, or to share one login between two connections to the same server. The observer gets a copy
	 * that is zeroed after the call: it copies what it keeps, and must not throw.
	 *
	 * @param observer
	 *            the observer
	 */
	public void addCredentialsObserver(Consumer<Credentials> observer) {
		auth.addObserver(observer);
	}

	/**
	 * Stops showing credentials to an observer.
	 *
	 * @param observer
	 *            the observer
	 */
	public void removeCredentialsObserver(Consumer<Credentials> observer) {
		auth.removeObserver(observer);
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
	 * @return the printers, as CUPS orders them (by name)
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Printer> getPrinters(IProgressMonitor monitor) throws IppException {
		return printers.getPrinters(monitor);
	}

	/**
	 * CUPS-Get-Classes: every class, with {@link #PRINTER_ATTRIBUTES}.
	 *
	 * @return the classes
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Printer> getClasses(IProgressMonitor monitor) throws IppException {
		return printers.getClasses(monitor);
	}

	/**
	 * CUPS-Get-Default.
	 *
	 * @return the server's default destination, or empty if none is set
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public Optional<Printer> getDefault(IProgressMonitor monitor) throws IppException {
		return printers.getDefault(monitor);
	}

	/**
	 * Get-Printer-Attributes of one queue. Collection values (e.g. {@code media-col-default}) are decoded as
	 * {@link org.cupola.ipp.codec.IppCollection}.
	 *
	 * @param name
	 *            the queue name
	 * @param requested
	 *            the attributes or groups (e.g. {@code printer-description}) to fetch; null for all
	 * @return the queue
	 * @throws IppException
	 *             when CUPS or the network fails; {@link IppStatusException} with client-error-not-found for an
	 *             unknown queue
	 */
	public Printer getPrinterAttributes(String name, List<String> requested, IProgressMonitor monitor)
			throws IppException {
		return printers.getPrinterAttributes(name, requested, monitor);
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
	 * @return the response
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public IppMessage send(IppMessage request, String resourcePath, String humanName, IProgressMonitor monitor)
			throws IppException {
		return exchange.send(request, resourcePath, humanName, monitor);
	}

	/**
	 * As {@link #send(IppMessage, String, String, IProgressMonitor)}, with a document after the request, e.g. the PPD
	 * file of a CUPS-Add-Modify-Printer (as {@code lpadmin -P} sends it). With a document the request is never re-sent
	 * after a network failure.
	 *
	 * @param request
	 *            the request; its request-id is used as is
	 * @param document
	 *            the bytes that follow the request, or null for none
	 * @param resourcePath
	 *            the HTTP path, e.g. {@code /admin/}
	 * @param humanName
	 *            what the operation does, lower case (progress, prompt, errors)
	 * @return the response
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public IppMessage send(IppMessage request, byte[] document, String resourcePath, String humanName,
			IProgressMonitor monitor) throws IppException {
		return exchange.send(request, document, resourcePath, humanName, monitor);
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
	 * @return every device found
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Device> getDevices(DeviceQuery query, Consumer<Device> onDevice, IProgressMonitor monitor)
			throws IppException {
		return devices.getDevices(query, onDevice, monitor);
	}

	/**
	 * CUPS-Get-PPDs: the drivers CUPS offers.
	 *
	 * @param query
	 *            make, make-and-model and limit; null for {@link PpdQuery#ALL}
	 * @return the PPDs
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Ppd> getPpds(PpdQuery query, IProgressMonitor monitor) throws IppException {
		return devices.getPpds(query, monitor);
	}

	/**
	 * Fetches a queue's PPD ({@code GET /printers/NAME.ppd}).
	 *
	 * @param printer
	 *            the queue name
	 * @return the PPD text, or null if the queue has none (raw queues, classes, unknown queues)
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public String getPpd(String printer, IProgressMonitor monitor) throws IppException {
		return devices.getPpd(printer, monitor);
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
	 * @return the jobs
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public List<Job> getJobs(String printerOrNull, WhichJobs which, boolean myJobs, int limit, List<String> requested,
			IProgressMonitor monitor) throws IppException {
		return jobs.getJobs(printerOrNull, which, myJobs, limit, requested, monitor);
	}

	/**
	 * Get-Job-Attributes (all attributes).
	 *
	 * @param jobId
	 *            the job
	 * @return the job
	 * @throws IppException
	 *             when CUPS or the network fails; {@link IppStatusException} client-error-not-found for an unknown
	 *             job
	 */
	public Job getJobAttributes(int jobId, IProgressMonitor monitor) throws IppException {
		return jobs.getJobAttributes(jobId, monitor);
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
	 * @return the job id
	 * @throws IppException
	 *             when CUPS or the network fails, or the document cannot be read
	 */
	public int printJob(String printer, String jobName, String documentFormat, InputStream document,
			IProgressMonitor monitor) throws IppException {
		return jobs.printJob(printer, jobName, documentFormat, document, monitor);
	}

	/**
	 * Prints Cupola's one-page test page (PDF) on a queue.
	 *
	 * @param printer
	 *            the queue
	 * @return the job id
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public int printTestPage(String printer, IProgressMonitor monitor) throws IppException {
		return jobs.printTestPage(printer, monitor);
	}

	/**
	 * Cancel-Job.
	 *
	 * @param jobId
	 *            the job
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void cancelJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobs.cancel(jobId, monitor);
	}

	/**
	 * Hold-Job (indefinitely).
	 *
	 * @param jobId
	 *            the job
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void holdJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobs.hold(jobId, monitor);
	}

	/**
	 * Release-Job.
	 *
	 * @param jobId
	 *            the job
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void releaseJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobs.release(jobId, monitor);
	}

	/**
	 * Restart-Job (print a finished job again; needs PreserveJobFiles).
	 *
	 * @param jobId
	 *            the job
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void restartJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobs.restart(jobId, monitor);
	}

	/**
	 * Cancels every job of a queue (Purge-Jobs).
	 *
	 * @param printer
	 *            the queue, or null for every queue
	 * @param purge
	 *            also remove the jobs from the history
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void cancelAllJobs(String printer, boolean purge, IProgressMonitor monitor) throws IppException {
		jobs.cancelAll(printer, purge, monitor);
	}

	/**
	 * CUPS-Move-Job: moves a job that has not finished to another queue of the same server.
	 *
	 * @param jobId
	 *            the job
	 * @param targetPrinter
	 *            the queue to move it to
	 * @throws IppException
	 *             when CUPS refuses (e.g. the job is finished, or the target does not exist) or the network fails
	 */
	public void moveJob(int jobId, String targetPrinter, IProgressMonitor monitor) throws IppException {
		jobs.move(jobId, targetPrinter, monitor);
	}

	/**
	 * CUPS-Move-Job for every job of a queue that has not finished: moves them to another queue of the same server.
	 *
	 * @param sourcePrinter
	 *            the queue whose jobs move
	 * @param targetPrinter
	 *            the queue to move them to
	 * @throws IppException
	 *             when CUPS refuses (e.g. a queue does not exist) or the network fails
	 */
	public void moveAllJobs(String sourcePrinter, String targetPrinter, IProgressMonitor monitor) throws IppException {
		jobs.moveAll(sourcePrinter, targetPrinter, monitor);
	}

	// ---- held jobs, purge, documents (issue 12)

	/** Cancel-Job with {@code purge-job}: removes the job, finished or not, from the server's history. */
	public void purgeJob(int jobId, IProgressMonitor monitor) throws IppException {
		jobs.purge(jobId, monitor);
	}

	/** A queue's {@code auth-info-required} (empty when it does not say). */
	public AuthInfoRequired getAuthInfoRequired(String printer, IProgressMonitor monitor) throws IppException {
		return jobAuth.authInfoRequired(printer, monitor);
	}

	/** CUPS-Authenticate-Job with {@code auth-info} in the order {@code required} lists; never logs the values. */
	public void authenticateJob(int jobId, String printer, AuthInfoRequired required, Credentials credentials,
			IProgressMonitor monitor) throws IppException {
		jobAuth.authenticate(jobId, printer, required, credentials, monitor);
	}

	/** CUPS-Get-Document: a job's document (1 = the first) copied to {@code out}, which is not closed. */
	public JobDocument getDocument(int jobId, int documentNumber, OutputStream out, IProgressMonitor monitor)
			throws IppException {
		return documents.getDocument(jobId, documentNumber, out, monitor);
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
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void pausePrinter(String name, String reasonMessageOrNull, IProgressMonitor monitor) throws IppException {
		printers.pause(name, reasonMessageOrNull, monitor);
	}

	/**
	 * Resume-Printer.
	 *
	 * @param name
	 *            the queue
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void resumePrinter(String name, IProgressMonitor monitor) throws IppException {
		printers.resume(name, monitor);
	}

	/**
	 * CUPS-Accept-Jobs.
	 *
	 * @param name
	 *            the queue
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void acceptJobs(String name, IProgressMonitor monitor) throws IppException {
		printers.acceptJobs(name, monitor);
	}

	/**
	 * CUPS-Reject-Jobs.
	 *
	 * @param name
	 *            the queue
	 * @param message
	 *            the printer-state-message to set, or null
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void rejectJobs(String name, String message, IProgressMonitor monitor) throws IppException {
		printers.rejectJobs(name, message, monitor);
	}

	/**
	 * CUPS-Set-Default.
	 *
	 * @param name
	 *            the queue
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void setDefault(String name, IProgressMonitor monitor) throws IppException {
		printers.setDefault(name, monitor);
	}

	/**
	 * CUPS-Delete-Printer.
	 *
	 * @param name
	 *            the queue
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void deletePrinter(String name, IProgressMonitor monitor) throws IppException {
		printers.delete(name, monitor);
	}

	/**
	 * CUPS-Add-Modify-Printer: creates the queue or changes the fields that are set in {@code settings}.
	 *
	 * @param name
	 *            the queue name (letters, digits, {@code -} and {@code _})
	 * @param settings
	 *            the fields to set
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void addModifyPrinter(String name, PrinterSettings settings, IProgressMonitor monitor) throws IppException {
		printers.addModify(name, settings, monitor);
	}

	/**
	 * {@return the administration of queues and classes beyond their state: attributes, PPDs, commands, classes,
	 * Duplicate and Rename} It shares this connection's authentication, cancellation and timeouts.
	 */
	public QueueAdmin admin() {
		return admin;
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
	 * @return the subscription id
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public int createSubscription(String printerOrNull, List<String> events, int leaseSeconds,
			IProgressMonitor monitor) throws IppException {
		return subscriptions.create(printerOrNull, events, leaseSeconds, monitor);
	}

	/**
	 * Get-Notifications (without waiting): the events of a subscription from a sequence number on.
	 *
	 * @param subscriptionId
	 *            the subscription
	 * @param sinceSequence
	 *            the first sequence number wanted (1 for all; {@link Notifications#lastSequenceNumber()} + 1 next)
	 * @return the events and the suggested poll interval
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public Notifications getNotifications(int subscriptionId, int sinceSequence, IProgressMonitor monitor)
			throws IppException {
		return subscriptions.getNotifications(subscriptionId, sinceSequence, monitor);
	}

	/**
	 * Cancel-Subscription.
	 *
	 * @param subscriptionId
	 *            the subscription
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public void cancelSubscription(int subscriptionId, IProgressMonitor monitor) throws IppException {
		subscriptions.cancel(subscriptionId, monitor);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Server configuration and logs

	/**
	 * Downloads {@code cupsd.conf} ({@code GET /admin/conf/cupsd.conf}; administrators only).
	 *
	 * @return the file's bytes
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public byte[] getServerConfig(IProgressMonitor monitor) throws IppException {
		return files.getServerConfig(monitor);
	}

	/**
	 * Uploads {@code cupsd.conf} ({@code PUT}, text/plain; administrators only). CUPS then restarts itself; this
	 * method returns once the server answers again (at most about twice the read timeout), so the next operation
	 * finds it up.
	 *
	 * @param conf
	 *            the new file
	 * @throws IppException
	 *             when CUPS or the network fails, or CUPS does not come back in time
	 */
	public void putServerConfig(byte[] conf, IProgressMonitor monitor) throws IppException {
		files.putServerConfig(conf, monitor);
	}

	/**
	 * Saves an edited {@code cupsd.conf} (Server Settings): refused with cupsd's own message when the server's cupsd
	 * runs on this machine and {@code cupsd -t} rejects the file ({@link ServerConfigRefusedException}, nothing
	 * sent); otherwise put like {@link #putServerConfig}, and when cupsd does not come back, the original bytes are
	 * put back once it answers and this fails saying so. Administrators only; hold the server's
	 * {@code ServerFilesRule}.
	 *
	 * @param original
	 *            the file as fetched, put back if the server does not come back
	 * @param edited
	 *            the new file
	 * @throws IppException
	 *             when cupsd refuses the file, CUPS or the network fails, or CUPS did not come back
	 */
	public void saveServerConfig(byte[] original, byte[] edited, IProgressMonitor monitor) throws IppException {
		files.saveServerConfig(original, edited, monitor);
	}

	/**
	 * Reads the CUPS error log from a byte offset on ({@code GET /admin/log/error_log}, with a {@code Range} header
	 * that CUPS may honour; otherwise the start is skipped). If the log is now shorter than {@code fromOffset} (it was
	 * rotated or truncated) the chunk starts at 0. Administrators only.
	 *
	 * @param fromOffset
	 *            the first byte wanted; 0 for the whole log, or {@link #getErrorLogSize(IProgressMonitor)} as a
	 *            checkpoint taken earlier
	 * @return the bytes from the offset to the current end
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public LogChunk getErrorLog(long fromOffset, IProgressMonitor monitor) throws IppException {
		return files.getErrorLog(fromOffset, monitor);
	}

	/**
	 * The current size of the CUPS error log: a checkpoint to pass to {@link #getErrorLog(long, IProgressMonitor)}
	 * later to get only what was logged in between. Administrators only.
	 *
	 * @return the size in bytes
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public long getErrorLogSize(IProgressMonitor monitor) throws IppException {
		return files.getErrorLogSize(monitor);
	}
}
