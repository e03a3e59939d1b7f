package org.cupola.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsServer;

/**
 * A real, private cupsd on 127.0.0.1 for tests and the demo: all its state (configuration, spool, cache, logs) in a
 * temporary directory, never touching a system CUPS, plus an ippeveprinter virtual IPP Everywhere printer. It runs
 * the scripts in {@code releng/cups-sandbox} (start, populate, stop) and creates the queues
 * <ul>
 * <li>{@code ipp-everywhere}: IPP Everywhere queue to the virtual printer (the default destination),</li>
 * <li>{@code null}: device {@code file:/dev/null},</li>
 * <li>{@code paused}: disabled, with a state message,</li>
 * <li>{@code rejecting}: rejects jobs, with a state message,</li>
 * <li>{@code broken}: its device has nothing listening, so a printed job stops the queue.</li>
 * </ul>
 * Administrative operations need HTTP Basic authentication of {@link #adminUser()} (in SystemGroup lpadmin);
 * {@link #plainUser()} is a valid user outside it (403). Needs root (cupsd checks passwords through PAM) and the
 * Debian packages cups, cups-ipp-utils and dbus-daemon.
 */
public final class CupsSandbox implements AutoCloseable {

	/** The queue names, in the order populate.sh creates them. */
	public static final List<String> QUEUES = List.of("ipp-everywhere", "null", "paused", "rejecting", "broken"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final String ADMIN_USER = "cupsadmin"; //$NON-NLS-1$
	private static final String ADMIN_PASSWORD = "cupsadmin-pw"; //$NON-NLS-1$
	private static final String PLAIN_USER = "cupsuser"; //$NON-NLS-1$
	private static final String PLAIN_PASSWORD = "cupsuser-pw"; //$NON-NLS-1$
	private static CupsSandbox shared;

	private final Path scripts;
	private final Path dir;
	private final int port;
	private final int ippevePort;
	/** Put before each script's command line, e.g. {@code ip netns exec NS}; empty for none. */
	private final List<String> prefix;
	/** Extra environment of the scripts (start.sh's CUPS_EXTRA_LISTEN, CUPS_ENCRYPTION, ...). */
	private final Map<String, String> scriptEnv;
	private boolean running;

	private CupsSandbox(Path scripts, Path dir, int port, int ippevePort, List<String> prefix,
			Map<String, String> extraEnv) {
		this.scripts = scripts;
		this.dir = dir;
		this.port = port;
		this.ippevePort = ippevePort;
		this.prefix = List.copyOf(prefix);
		this.scriptEnv = Map.copyOf(extraEnv);
	}

	/**
	 * The sandbox shared by all tests of this JVM, started (and populated) on first use and stopped when the JVM
	 * exits.
	 */
	public static synchronized CupsSandbox shared() {
		if (shared == null) {
			CupsSandbox s = start(true);
			Runtime.getRuntime().addShutdownHook(new Thread(s::close, "cups-sandbox-stop")); //$NON-NLS-1$
			shared = s;
		}
		return shared;
	}

	/**
	 * Starts a new sandbox on free ports.
	 *
	 * @param populate
	 *            whether to create the five test queues
	 * @return the running sandbox; close it
	 */
	public static CupsSandbox start(boolean populate) {
		return start(populate, List.of(), Map.of(), port -> Map.of());
	}

	/**
	 * Starts a new sandbox with its scripts run under a command prefix and with extra environment (see start.sh:
	 * CUPS_EXTRA_LISTEN, CUPS_ALLOW_FROM, CUPS_ENCRYPTION, CUPS_SERVER_NAME, CUPS_SELF_SIGNED_CERTS).
	 *
	 * @param populate
	 *            whether to create the five test queues
	 * @param prefix
	 *            put before each script's command line, e.g. {@code ip netns exec NS}
	 * @param env
	 *            extra environment of the scripts
	 * @param envForPort
	 *            more environment that depends on the chosen cupsd port (a Listen address)
	 * @return the running sandbox; close it
	 */
	public static CupsSandbox start(boolean populate, List<String> prefix, Map<String, String> env,
			java.util.function.IntFunction<Map<String, String>> envForPort) {
		try {
			Path dir = Files.createTempDirectory("cupola-cups-"); //$NON-NLS-1$
			int port = freePort();
			Map<String, String> all = new java.util.HashMap<>(env);
			all.putAll(envForPort.apply(port));
			CupsSandbox s = new CupsSandbox(locateScripts(), dir, port, freePort(), prefix, all);
			s.startServer();
			if (populate) {
				try {
					s.run("populate.sh"); //$NON-NLS-1$
				} catch (IllegalStateException e) {
					// seen once on a loaded machine: ipptool could not connect mid-way ("Host is down"); populate.sh
					// is idempotent (CUPS-Add-Modify-Printer), so try once more before failing with both logs
					System.err.println("populate.sh failed, retrying once: " + e.getMessage()); //$NON-NLS-1$
					s.run("populate.sh"); //$NON-NLS-1$
				}
			}
			return s;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Starts cupsd again on the same port and directory, keeping its queues (after {@link #kill()} or stop). */
	public synchronized void restart() {
		stopServer();
		startServer();
	}

	private synchronized void startServer() {
		// start.sh recreates the directory; keep the queues (etc/printers.conf, ppd/) across a restart
		Path keep = dir.resolveSibling(dir.getFileName() + ".keep"); //$NON-NLS-1$
		boolean restore = Files.exists(dir.resolve("etc/printers.conf")); //$NON-NLS-1$
		if (restore) {
			shell("rm -rf '" + keep + "' && cp -a '" + dir.resolve("etc") + "' '" + keep + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		run("start.sh", "RESTORE_ETC=" + (restore ? keep.toString() : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		running = true;
	}

	/** The server: {@code ipp://127.0.0.1:PORT}. */
	public CupsServer server() {
		return new CupsServer(false, "127.0.0.1", port); //$NON-NLS-1$
	}

	/** The port cupsd listens on. */
	public int port() {
		return port;
	}

	/** The virtual IPP Everywhere printer's URI. */
	public String ippEverywhereUri() {
		return "ipp://127.0.0.1:" + ippevePort + "/ipp/print"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A user in SystemGroup: may administer. */
	public String adminUser() {
		return ADMIN_USER;
	}

	/** The admin user's credentials (a new copy; clear it after use). */
	public Credentials adminCredentials() {
		return new Credentials(ADMIN_USER, ADMIN_PASSWORD.toCharArray());
	}

	/** A valid user outside SystemGroup: CUPS answers 403 to its admin requests. */
	public String plainUser() {
		return PLAIN_USER;
	}

	/** The plain user's credentials. */
	public Credentials plainCredentials() {
		return new Credentials(PLAIN_USER, PLAIN_PASSWORD.toCharArray());
	}

	/** The state directory. */
	public Path directory() {
		return dir;
	}

	/** The domain socket cupsd listens on when started with CUPS_DOMAIN_SOCKET=1 ({@link #startWithDomainSocket()}). */
	public Path domainSocket() {
		return dir.resolve("cups.sock"); //$NON-NLS-1$
	}

	/**
	 * Starts a populated sandbox that also listens on the domain socket {@link #domainSocket()}, where cupsd
	 * accepts {@code Authorization: PeerCred USER} from a peer whose uid is USER's. Its SystemGroup is
	 * {@code lpadmin root}, so the tests (run as root) administer it as a SystemGroup member.
	 *
	 * @return the running sandbox; close it
	 */
	public static CupsSandbox startWithDomainSocket() {
		return start(true, List.of(), Map.of("CUPS_DOMAIN_SOCKET", "1", "CUPS_SYSTEM_GROUP", "lpadmin root"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				port -> Map.of());
	}

	/** cupsd's error log. */
	public Path errorLog() {
		return dir.resolve("log/error_log"); //$NON-NLS-1$
	}

	/** The pid of the running cupsd. */
	public long cupsdPid() {
		try {
			return Long.parseLong(Files.readString(dir.resolve("cupsd.pid")).trim()); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Kills cupsd with SIGKILL (a crash), leaving the other processes running. */
	public synchronized void kill() {
		ProcessHandle.of(cupsdPid()).ifPresent(p -> {
			p.destroyForcibly();
			p.onExit().join();
		});
	}

	/** The error log's text, for failure messages. */
	public String errorLogText() {
		try {
			return Files.exists(errorLog()) ? Files.readString(errorLog(), StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
		} catch (IOException e) {
			return e.toString();
		}
	}

	/**
	 * Adds (or modifies) a queue whose driver is one of the test PPDs in {@code releng/cups-sandbox/ppd}
	 * ({@code sandbox-fail.ppd}: a filter that exits 1, {@code sandbox-crash.ppd}: one that crashes,
	 * {@code sandbox-missing.ppd}: one that is not installed), through ipptool (CUPS-Add-Modify-Printer with the PPD
	 * as the request's document), enabled and accepting jobs.
	 *
	 * @param name
	 *            the queue
	 * @param deviceUri
	 *            its device URI
	 * @param ppd
	 *            the PPD's file name in releng/cups-sandbox/ppd
	 * @param errorPolicy
	 *            stop-printer, abort-job or retry-job
	 */
	public void addQueueWithPpd(String name, String deviceUri, String ppd, String errorPolicy) {
		Path file = scripts.resolve("ppd").resolve(ppd); //$NON-NLS-1$
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no such test PPD: " + file); //$NON-NLS-1$
		}
		List<String> command = List.of("ipptool", "-q", "-T", "30", "-d", "device_uri=" + deviceUri, "-d", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"ppd_file=" + file, "-d", "error_policy=" + errorPolicy, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"ipp://" + ADMIN_USER + ':' + ADMIN_PASSWORD + "@127.0.0.1:" + port + "/printers/" + name, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				scripts.resolve("ipp/add-printer-ppd.test").toString()); //$NON-NLS-1$
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] out = p.getInputStream().readAllBytes();
			if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
				throw new IllegalStateException("adding " + name + " failed:\n" + new String(out, StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Starts a populated sandbox that keeps the files of finished jobs ({@code PreserveJobFiles Yes}), so
	 * CUPS-Get-Document has them.
	 *
	 * @return the running sandbox; close it
	 */
	public static CupsSandbox startKeepingJobFiles() {
		return start(true, List.of(), Map.of("CUPS_PRESERVE_JOB_FILES", "Yes"), port -> Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Adds (or modifies) a queue whose device needs credentials, like an SMB share: its backend
	 * ({@code backends/sandboxauth}) exits with CUPS_BACKEND_AUTH_REQUIRED, so cupsd holds the job for
	 * {@code auth-info-required}, until CUPS passes it {@code user} and {@code password} (CUPS-Authenticate-Job).
	 *
	 * @param name
	 *            the queue
	 * @param authInfoRequired
	 *            its {@code auth-info-required}, e.g. {@code username,password}
	 * @param user
	 *            the user name the device accepts
	 * @param password
	 *            the password it accepts (letters, digits and - only)
	 */
	public void addAuthQueue(String name, String authInfoRequired, String user, String password) {
		ipptool("add-printer-auth.test", name, "device_uri=sandboxauth://" + user + ':' + password + "@device", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"ppd_name=lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd", //$NON-NLS-1$
				"auth_info_required=" + authInfoRequired); //$NON-NLS-1$
	}

	private void ipptool(String test, String queue, String... defines) {
		List<String> command = new ArrayList<>(List.of("ipptool", "-q", "-T", "30")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (String d : defines) {
			command.add("-d"); //$NON-NLS-1$
			command.add(d);
		}
		command.add("ipp://" + ADMIN_USER + ':' + ADMIN_PASSWORD + "@127.0.0.1:" + port + "/printers/" + queue); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.add(scripts.resolve("ipp").resolve(test).toString()); //$NON-NLS-1$
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] out = p.getInputStream().readAllBytes();
			if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
				throw new IllegalStateException(test + " on " + queue + " failed:\n" //$NON-NLS-1$ //$NON-NLS-2$
						+ new String(out, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Stops every process of the sandbox and removes its directory. */
	@Override
	public synchronized void close() {
		if (running) {
			stopServer();
		}
		shell("rm -rf '" + dir + "' '" + dir + ".keep'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void stopServer() {
		run("stop.sh"); //$NON-NLS-1$
		running = false;
	}

	private void run(String script, String... extraEnv) {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of("bash", scripts.resolve(script).toString())); //$NON-NLS-1$
		ProcessBuilder pb = new ProcessBuilder(command);
		Map<String, String> env = pb.environment();
		env.putAll(scriptEnv);
		env.put("CUPS_SANDBOX_DIR", dir.toString()); //$NON-NLS-1$
		env.put("CUPS_PORT", Integer.toString(port)); //$NON-NLS-1$
		env.put("IPPEVE_PORT", Integer.toString(ippevePort)); //$NON-NLS-1$
		env.put("CUPS_ADMIN_USER", ADMIN_USER); //$NON-NLS-1$
		env.put("CUPS_ADMIN_PASSWORD", ADMIN_PASSWORD); //$NON-NLS-1$
		env.put("CUPS_PLAIN_USER", PLAIN_USER); //$NON-NLS-1$
		env.put("CUPS_PLAIN_PASSWORD", PLAIN_PASSWORD); //$NON-NLS-1$
		for (String e : extraEnv) {
			int eq = e.indexOf('=');
			env.put(e.substring(0, eq), e.substring(eq + 1));
		}
		pb.redirectErrorStream(true);
		try {
			Process p = pb.start();
			byte[] out = p.getInputStream().readAllBytes();
			if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
				throw new IllegalStateException(script + " failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) //$NON-NLS-1$ //$NON-NLS-2$
						+ "):\n" + new String(out, StandardCharsets.UTF_8) + "\n--- error_log ---\n" + tail(errorLogText())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void shell(String command) {
		try {
			new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor(); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String tail(String s) {
		return s.length() > 8000 ? s.substring(s.length() - 8000) : s;
	}

	/** A port free on 127.0.0.1 right now. */
	public static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}

	private static Path locateScripts() {
		String prop = System.getProperty("cupola.sandbox.scripts"); //$NON-NLS-1$
		if (prop != null && Files.isRegularFile(Paths.get(prop, "start.sh"))) { //$NON-NLS-1$
			return Paths.get(prop);
		}
		for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) { //$NON-NLS-1$
			Path candidate = p.resolve("releng/cups-sandbox"); //$NON-NLS-1$
			if (Files.isRegularFile(candidate.resolve("start.sh"))) { //$NON-NLS-1$
				return candidate;
			}
		}
		throw new IllegalStateException(
				"releng/cups-sandbox not found: set -Dcupola.sandbox.scripts to the folder holding start.sh"); //$NON-NLS-1$
	}
}
