package org.cupola.troubleshoot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.TrustRequest;
import org.cupola.troubleshoot.internal.CertificateMessages;
import org.cupola.troubleshoot.internal.CliArgs;
import org.cupola.troubleshoot.internal.Messages;

/**
 * {@code cupola certificates list|trust|forget}: the server certificates the user trusts, the ones the GUI's trust
 * dialog pins too ({@link CertificatePins#user()}).
 *
 * <pre>
 * cupola certificates list
 * cupola certificates trust --server HOST[:PORT] [--fingerprint SHA256]
 * cupola certificates forget --server HOST[:PORT]
 * </pre>
 *
 * {@code trust} fetches the certificate over TLS and shows it; it pins it when {@code --fingerprint} matches, or
 * after a yes on the terminal. Exit status {@value #EXIT_OK} done, {@value #EXIT_FAILED} otherwise.
 */
public final class CertificatesCommand {

	/** Done. */
	public static final int EXIT_OK = 0;
	/** Usage error, server unreachable, fingerprint mismatch or declined. */
	public static final int EXIT_FAILED = 2;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT) //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final BufferedReader terminal;
	private Duration timeout = Duration.ofSeconds(10);

	/**
	 * @param terminal
	 *            where a yes/no answer is read from, or null when there is no terminal
	 */
	public CertificatesCommand(BufferedReader terminal) {
		this.terminal = terminal;
	}

	/**
	 * Runs the command.
	 *
	 * @param args
	 *            the arguments (after {@code certificates})
	 * @param out
	 *            results
	 * @param err
	 *            errors
	 * @return the exit status
	 */
	public int run(String[] args, PrintStream out, PrintStream err) {
		String verb = null;
		String server = null;
		String fingerprint = null;
		try {
			CliArgs a = new CliArgs(args);
			while (a.next()) {
				String arg = a.option();
				switch (arg) {
				case "certificates" -> { //$NON-NLS-1$
					// the launcher may pass the command name
				}
				case "list", "trust", "forget" -> verb = arg; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				case "--server", "-s" -> server = a.value(); //$NON-NLS-1$ //$NON-NLS-2$
				case "--fingerprint" -> fingerprint = CertificateInfo.normalizeFingerprint(a.value()); //$NON-NLS-1$
				case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
					out.println(CertificateMessages.usage);
					return EXIT_OK;
				}
				default -> throw a.unknown();
				}
			}
			if (verb == null || !"list".equals(verb) && server == null) { //$NON-NLS-1$
				throw new IllegalArgumentException(verb == null ? "list, trust or forget?" : "--server is required"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (IllegalArgumentException e) {
			err.println(Messages.bind(CertificateMessages.error, e.getMessage()));
			err.println(CertificateMessages.usage);
			return EXIT_FAILED;
		}
		CertificatePins pins = CertificatePins.user();
		if ("list".equals(verb)) { //$NON-NLS-1$
			Map<String, String> all = pins.list();
			if (all.isEmpty()) {
				out.println(Messages.bind(CertificateMessages.none, pins.file()));
			}
			all.forEach((k, v) -> out.println(Messages.bind(CertificateMessages.listLine, k, v)));
			return EXIT_OK;
		}
		CupsServer s;
		try {
			s = CupsServer.parse(server);
		} catch (IllegalArgumentException e) {
			err.println(Messages.bind(CertificateMessages.error, e.getMessage()));
			return EXIT_FAILED;
		}
		if ("forget".equals(verb)) { //$NON-NLS-1$
			boolean had = pins.forget(s.hostAndPort());
			out.println(Messages.bind(had ? CertificateMessages.forgotten : CertificateMessages.notPinned,
					s.hostAndPort()));
			return EXIT_OK;
		}
		return trust(s, fingerprint, pins, out, err);
	}

	private int trust(CupsServer server, String fingerprint, CertificatePins pins, PrintStream out, PrintStream err) {
		TrustRequest request;
		try {
			request = CertificatePins.fetch(server, timeout);
		} catch (IOException e) {
			err.println(Messages.bind(CertificateMessages.error,
					Messages.bind(CertificateMessages.fetchFailed, server.hostAndPort(), e.getMessage())));
			return EXIT_FAILED;
		}
		CertificateInfo c = request.certificate();
		String hostPort = server.hostAndPort();
		if (request.problems().isEmpty()) {
			out.println(Messages.bind(CertificateMessages.systemTrusted, hostPort, c.sha256()));
			return EXIT_OK;
		}
		out.println(Messages.bind(CertificateMessages.shown, hostPort, c.subject(), c.issuer(),
				DATE.format(c.notBefore()), DATE.format(c.notAfter()), c.sha256(), request.problems().stream()
						.sorted().map(TrustRequest::describe).collect(Collectors.joining(", ")))); //$NON-NLS-1$
		if (c.sha256().equals(pins.pinned(hostPort).orElse(null))) {
			out.println(Messages.bind(CertificateMessages.alreadyPinned, hostPort, c.sha256()));
			return EXIT_OK;
		}
		if (request.pinnedSha256() != null) {
			out.println(request.describe());
		}
		if (fingerprint != null) {
			if (!fingerprint.equals(c.sha256())) {
				err.println(Messages.bind(CertificateMessages.mismatch, hostPort, c.sha256(), fingerprint));
				return EXIT_FAILED;
			}
		} else {
			if (terminal == null) {
				err.println(Messages.bind(CertificateMessages.error, CertificateMessages.noConsole));
				return EXIT_FAILED;
			}
			out.print(Messages.bind(CertificateMessages.askTrust, hostPort));
			out.flush();
			String answer;
			try {
				answer = terminal.readLine();
			} catch (IOException e) {
				answer = null;
			}
			if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) { //$NON-NLS-1$
				out.println(CertificateMessages.declined);
				return EXIT_FAILED;
			}
		}
		pins.pin(hostPort, c.sha256());
		out.println(Messages.bind(CertificateMessages.pinned, hostPort, c.sha256(), pins.file()));
		return EXIT_OK;
	}
}
