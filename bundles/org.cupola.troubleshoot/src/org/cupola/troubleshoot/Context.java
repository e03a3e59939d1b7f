package org.cupola.troubleshoot;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.IppException;
import org.cupola.ipp.LoginDeclinedException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.troubleshoot.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * What the steps of one troubleshooter run share: the connection to the server (every credentials it holds, and every
 * password its prompt is given, are registered with the run's {@link Redactor}; it may share the workbench's login,
 * {@link #shareLoginWith(CupsConnection)}), the {@link Answers}, the findings, the cleanups that must run at the end
 * (restore cupsd.conf, cancel test jobs), and a few settings. Used from one thread at a time.
 */
public final class Context implements AutoCloseable {

	/**
	 * Work that must happen when the run ends, even after a failure or a cancel (e.g. restoring cupsd.conf).
	 */
	@FunctionalInterface
	public interface Cleanup {
		/**
		 * @param context
		 *            the context
		 * @param monitor
		 *            progress (never cancelled by the user's cancel)
		 * @throws Exception
		 *             reported as an error finding
		 */
		void run(Context context, IProgressMonitor monitor) throws Exception;
	}

	/**
	 * An administrative call.
	 *
	 * @param <T>
	 *            the result type
	 */
	@FunctionalInterface
	public interface AdminCall<T> {
		/**
		 * @return the result
		 * @throws IppException
		 *             when CUPS fails
		 */
		T call() throws IppException;
	}

	/** The user declined to authenticate, or is not an administrator. */
	public static final class AdminRefusedException extends Exception {
		private static final long serialVersionUID = 1L;

		/**
		 * @param message
		 *            why
		 */
		public AdminRefusedException(String message) {
			super(message);
		}
	}

	private final CupsServer server;
	private final ConnectionOptions options;
	private final Redactor redactor;
	private final RecordingCredentialsPrompt prompt;
	private final CupsConnection connection;
	private volatile org.cupola.ipp.TrustPrompt trustPrompt;
	private final Answers answers = new Answers();
	private final List<Finding> findings = new ArrayList<>();
	private final Map<String, Cleanup> cleanups = new LinkedHashMap<>();
	private final List<CupsConnection> extraConnections = new ArrayList<>();
	private final Consumer<Credentials> fromSharedLogin = this::fromSharedLogin;
	private volatile CupsConnection sharedLogin;
	/** Set while this thread copies credentials between the shared connections (no endless ping-pong). */
	private static final ThreadLocal<Boolean> PROPAGATING = new ThreadLocal<>();
	private Finding deadEnd;
	private String currentStep = "?"; //$NON-NLS-1$

	private Duration testPageTimeout = Duration.ofSeconds(60);
	private Duration probeTimeout = Duration.ofSeconds(5);
	private Duration restoreTimeout = Duration.ofSeconds(90);
	private int devicesTimeoutSeconds = 5;
	private Path filterDirectory = Paths.get("/usr/lib/cups/filter"); //$NON-NLS-1$
	private RestoreJournal restoreJournal;

	/**
	 * Creates the context and its connection (nothing is sent yet).
	 *
	 * @param server
	 *            the CUPS server to troubleshoot
	 * @param options
	 *            connection options, or null for the defaults
	 * @param prompt
	 *            asks the user for credentials (any thread), or null to decline every request
	 */
	public Context(CupsServer server, ConnectionOptions options, CredentialsPrompt prompt) {
		this.server = Objects.requireNonNull(server);
		this.options = options == null ? ConnectionOptions.DEFAULTS : options;
		this.redactor = new Redactor();
		this.prompt = new RecordingCredentialsPrompt(prompt, redactor);
		this.connection = new CupsConnection(server, this.options, this.prompt);
		connection.addCredentialsObserver(this::heldByRun);
	}

	/**
	 * One login per server: this run uses the credentials another connection to the same server holds (the
	 * workbench's), now and whenever it gets new ones, and credentials this run logs in with go back to it, so the user
	 * is not asked twice. Every one of them is registered with the {@link #redactor()}, so reports never contain them.
	 * Call before the run starts; {@link #stopSharingLogin()} undoes it (the user runs as someone else).
	 *
	 * @param other
	 *            a connection to {@link #server()}
	 * @throws IllegalArgumentException
	 *             if it is a connection to another server
	 */
	public void shareLoginWith(CupsConnection other) {
		if (!other.server().equals(server)) {
			throw new IllegalArgumentException(other.server() + " is not " + server); //$NON-NLS-1$
		}
		stopSharingLogin();
		sharedLogin = other;
		other.addCredentialsObserver(fromSharedLogin);
	}

	/**
	 * Stops sharing the login (see {@link #shareLoginWith(CupsConnection)}) and forgets the credentials this run's
	 * connection holds, so the next operation that needs them asks (e.g. for another user). Secrets already seen stay
	 * registered with the redactor.
	 */
	public void stopSharingLogin() {
		CupsConnection other = sharedLogin;
		sharedLogin = null;
		if (other != null) {
			other.removeCredentialsObserver(fromSharedLogin);
			connection.clearCredentials();
		}
	}

	/** {@return whether this run shares the login of another connection} */
	public boolean sharesLogin() {
		return sharedLogin != null;
	}

	/** Credentials the shared connection holds: this run uses them too. */
	private void fromSharedLogin(Credentials credentials) {
		register(credentials);
		propagate(credentials, connection);
	}

	/** Credentials this run's connection holds: scrubbed from reports, and shared back. */
	private void heldByRun(Credentials credentials) {
		register(credentials);
		CupsConnection other = sharedLogin;
		if (other != null) {
			propagate(credentials, other);
		}
	}

	private void register(Credentials credentials) {
		char[] password = credentials.password();
		try {
			redactor.addSecret(credentials.user(), password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** Copies credentials to a connection, unless this thread is already doing so (the way back of the copy). */
	private void propagate(Credentials credentials, CupsConnection to) {
		if (PROPAGATING.get() != null) {
			return;
		}
		PROPAGATING.set(Boolean.TRUE);
		try {
			to.setCredentials(credentials);
		} finally {
			PROPAGATING.remove();
		}
	}

	/**
	 * Sets who decides about server certificates the system does not trust, for this context's connections.
	 *
	 * @param value
	 *            the prompt, or null (such certificates fail)
	 */
	public void setTrustPrompt(org.cupola.ipp.TrustPrompt value) {
		trustPrompt = value;
		connection.setTrustPrompt(value);
	}

	/** {@return the server being troubleshot} */
	public CupsServer server() {
		return server;
	}

	/** {@return the connection to {@link #server()}} */
	public CupsConnection connection() {
		return connection;
	}

	/** {@return the connection options} */
	public ConnectionOptions options() {
		return options;
	}

	/** {@return the answers of this run} */
	public Answers answers() {
		return answers;
	}

	/** {@return the run's redactor (secrets typed during the run are registered with it)} */
	public Redactor redactor() {
		return redactor;
	}

	/** {@return the recording wrapper around the user's prompt} */
	public RecordingCredentialsPrompt prompt() {
		return prompt;
	}

	/**
	 * Opens a connection to another server (a remote server named by a device URI), with the same prompt and
	 * options; it is closed with this context.
	 *
	 * @param other
	 *            the server
	 * @return the connection
	 */
	public CupsConnection openConnection(CupsServer other) {
		CupsConnection c = new CupsConnection(other, options, prompt);
		c.addCredentialsObserver(this::register);
		c.setTrustPrompt(trustPrompt);
		synchronized (extraConnections) {
			extraConnections.add(c);
		}
		return c;
	}

	/** {@return whether the server is this machine (a loopback address)} */
	public boolean isLocalServer() {
		return isLoopback(server.host());
	}

	/**
	 * @param host
	 *            a host name or address
	 * @return whether it is a loopback address (without DNS for literals and "localhost")
	 */
	public static boolean isLoopback(String host) {
		if (host == null) {
			return false;
		}
		String h = host.toLowerCase(java.util.Locale.ROOT);
		if (h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| h.equals("0:0:0:0:0:0:0:1") || h.startsWith("/")) { //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		} catch (UnknownHostException | SecurityException e) {
			return false;
		}
	}

	// ------------------------------------------------------------------------------------------------------
	// findings

	void beginStep(String stepId) {
		currentStep = stepId;
	}

	/** {@return the id of the step running} */
	public String currentStep() {
		return currentStep;
	}

	/**
	 * Reports a finding.
	 *
	 * @param finding
	 *            the finding
	 */
	public void report(Finding finding) {
		findings.add(Objects.requireNonNull(finding));
	}

	/**
	 * Reports a finding that stops the flow (s-c-p's pages without Forward): the user must fix it first.
	 *
	 * @param finding
	 *            the finding
	 */
	public void deadEnd(Finding finding) {
		report(finding);
		deadEnd = finding;
	}

	Finding takeDeadEnd() {
		Finding f = deadEnd;
		deadEnd = null;
		return f;
	}

	/** {@return the findings so far (a copy)} */
	public List<Finding> findings() {
		return List.copyOf(findings);
	}

	List<Finding> findingsList() {
		return findings;
	}

	/**
	 * Reports that an admin-only check was skipped (INFO "Skipped: needs an administrator").
	 *
	 * @param stepId
	 *            the step
	 * @param whatItWouldCheck
	 *            what the step would have checked
	 * @param reason
	 *            why it was skipped (e.g. forbidden for user X), or null
	 */
	public void skippedNeedsAdmin(String stepId, String whatItWouldCheck, String reason) {
		answers.put(Keys.ADMIN_SKIPPED, Boolean.TRUE);
		report(new Finding(stepId, Severity.INFO, Messages.Admin_skippedTitle,
				Messages.bind(Messages.Admin_skippedExplanation, whatItWouldCheck,
						reason == null ? Messages.Admin_declined : reason),
				Messages.Admin_skippedFix));
	}

	/**
	 * Runs an administrative call; a declined prompt ({@link LoginDeclinedException}), failed authentication or a
	 * refusal (403) becomes {@link AdminRefusedException}. A cancel stays an {@link OperationCanceledException}.
	 *
	 * @param <T>
	 *            the result type
	 * @param call
	 *            the call
	 * @param monitor
	 *            the monitor the call runs under, may be null (unused: the connection tells a declined prompt from
	 *            a cancel)
	 * @return the result
	 * @throws AdminRefusedException
	 *             when authentication was declined, failed, or the user is not an administrator
	 * @throws IppException
	 *             other CUPS failures
	 */
	public <T> T asAdmin(AdminCall<T> call, IProgressMonitor monitor) throws AdminRefusedException, IppException {
		try {
			return call.call();
		} catch (LoginDeclinedException e) {
			throw new AdminRefusedException(Messages.Admin_declined);
		} catch (ForbiddenException e) {
			throw new AdminRefusedException(Messages.bind(Messages.Admin_forbidden, e.user()));
		} catch (NotAuthorizedException e) {
			throw new AdminRefusedException(e.getMessage());
		}
	}

	// ------------------------------------------------------------------------------------------------------
	// cleanups

	/**
	 * Registers (or replaces) a cleanup that runs when the run ends unless removed before.
	 *
	 * @param id
	 *            its id
	 * @param cleanup
	 *            the work
	 */
	public void addCleanup(String id, Cleanup cleanup) {
		cleanups.put(id, cleanup);
	}

	/**
	 * Removes a cleanup (its work was done).
	 *
	 * @param id
	 *            its id
	 */
	public void removeCleanup(String id) {
		cleanups.remove(id);
	}

	/** {@return whether a cleanup is pending} */
	public boolean hasCleanup(String id) {
		return cleanups.containsKey(id);
	}

	Map<String, Cleanup> cleanups() {
		return cleanups;
	}

	/** Closes the connections (call after the cleanups). */
	@Override
	public void close() {
		CupsConnection other = sharedLogin;
		sharedLogin = null;
		if (other != null) {
			other.removeCredentialsObserver(fromSharedLogin); // the shared connection keeps its credentials
		}
		synchronized (extraConnections) {
			extraConnections.forEach(CupsConnection::close);
			extraConnections.clear();
		}
		connection.close();
	}

	// ------------------------------------------------------------------------------------------------------
	// settings

	/** {@return how long the test page is followed before giving up} */
	public Duration testPageTimeout() {
		return testPageTimeout;
	}

	/**
	 * @param value
	 *            how long the test page is followed before giving up
	 */
	public void setTestPageTimeout(Duration value) {
		testPageTimeout = Objects.requireNonNull(value);
	}

	/** {@return how long restoring cupsd.conf keeps trying while the server restarts} */
	public Duration restoreTimeout() {
		return restoreTimeout;
	}

	/**
	 * @param value
	 *            how long restoring cupsd.conf keeps trying while the server restarts
	 */
	public void setRestoreTimeout(Duration value) {
		restoreTimeout = Objects.requireNonNull(value);
	}

	/** {@return the timeout of the TCP probe of a remote server} */
	public Duration probeTimeout() {
		return probeTimeout;
	}

	/**
	 * @param value
	 *            the timeout of the TCP probe of a remote server
	 */
	public void setProbeTimeout(Duration value) {
		probeTimeout = Objects.requireNonNull(value);
	}

	/** {@return how long CUPS may search for devices (CUPS-Get-Devices timeout)} */
	public int devicesTimeoutSeconds() {
		return devicesTimeoutSeconds;
	}

	/**
	 * @param value
	 *            how long CUPS may search for devices
	 */
	public void setDevicesTimeoutSeconds(int value) {
		devicesTimeoutSeconds = value;
	}

	/** {@return where temporary changes to server files are journaled (default: {@link RestoreJournal#standard()})} */
	public RestoreJournal restoreJournal() {
		if (restoreJournal == null) {
			restoreJournal = RestoreJournal.standard();
		}
		return restoreJournal;
	}

	/**
	 * @param value
	 *            where temporary changes to server files are journaled
	 */
	public void setRestoreJournal(RestoreJournal value) {
		restoreJournal = Objects.requireNonNull(value);
	}

	/** {@return where filter programs are looked for when the server is local} */
	public Path filterDirectory() {
		return filterDirectory;
	}

	/**
	 * @param value
	 *            where filter programs are looked for when the server is local
	 */
	public void setFilterDirectory(Path value) {
		filterDirectory = Objects.requireNonNull(value);
	}
}
