package org.cupola.troubleshoot;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;
import org.cupola.troubleshoot.internal.CertificateMessages;
import org.cupola.troubleshoot.internal.CliArgs;
import org.cupola.troubleshoot.internal.LineProgressMonitor;
import org.cupola.troubleshoot.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * {@code cupola diagnose}: runs the troubleshooter without UI and prints the report.
 *
 * <pre>
 * cupola diagnose [--server HOST[:PORT]|SOCKET] [--printer NAME] [--user USER] [--json] [--test-page] [--fix] [--debug-logging]
 *                 [--trust-fingerprint SHA256]
 * </pre>
 *
 * A server certificate the system does not trust is accepted for this run only when its SHA-256 fingerprint is the
 * one given with {@code --trust-fingerprint}, or when it was trusted before ({@code cupola certificates trust});
 * otherwise nothing is sent and the command exits with {@value #EXIT_USAGE}, printing the fingerprint and the
 * command that would trust it.
 *
 * Questions are answered from the arguments ({@code --printer}, {@code --test-page}, {@code --debug-logging}) or with
 * their defaults (the default printer; no test page; no debug logging; "did it print?": can't tell). The password
 * comes from the environment variable {@code CUPOLA_PASSWORD}, else from the password remembered for the server (the
 * {@link CredentialsStore}; its user must be {@code --user} when that is given), else from a no-echo console prompt
 * when CUPS asks (only if there is a console; otherwise authentication is declined and admin-only checks are skipped). A change an
 * interrupted run left on the server (see {@link RestoreJournal}) is put back first, with one line saying so. Progress
 * lines go to
 * stderr, the report to stdout. Exit status: {@value #EXIT_OK} no problem found, {@value #EXIT_FINDINGS} warnings or
 * errors found, {@value #EXIT_USAGE} usage or connection error.
 */
public final class DiagnoseCommand {

	/** No problem found. */
	public static final int EXIT_OK = 0;
	/** Warning or error findings. */
	public static final int EXIT_FINDINGS = 1;
	/** Usage or connection error. */
	public static final int EXIT_USAGE = 2;

	/** The environment variable holding the password. */
	public static final String PASSWORD_ENV = "CUPOLA_PASSWORD"; //$NON-NLS-1$

	private Duration testPageTimeout = Duration.ofSeconds(60);
	private ConnectionOptions options = ConnectionOptions.DEFAULTS;
	private Console console = System.console();
	private RestoreJournal journal;
	private CredentialsStore store;

	/** Creates the command. */
	public DiagnoseCommand() {
		// defaults
	}

	/**
	 * Sets how long the test page is followed (tests shorten it).
	 *
	 * @param value
	 *            the timeout
	 * @return this
	 */
	public DiagnoseCommand withTestPageTimeout(Duration value) {
		testPageTimeout = value;
		return this;
	}

	/**
	 * Sets the connection options (tests shorten the timeouts).
	 *
	 * @param value
	 *            the options
	 * @return this
	 */
	public DiagnoseCommand withOptions(ConnectionOptions value) {
		options = value;
		return this;
	}

	/**
	 * Sets the console used for the password prompt (null: never prompt).
	 *
	 * @param value
	 *            the console
	 * @return this
	 */
	public DiagnoseCommand withConsole(Console value) {
		console = value;
		return this;
	}

	/**
	 * Sets where temporary server changes are journaled (default: {@link RestoreJournal#standard()}).
	 *
	 * @param value
	 *            the journal
	 * @return this
	 */
	public DiagnoseCommand withRestoreJournal(RestoreJournal value) {
		journal = value;
		return this;
	}

	/**
	 * Sets where remembered passwords are read (the {@link CredentialsStore} service; null: none).
	 *
	 * @param value
	 *            the store
	 * @return this
	 */
	public DiagnoseCommand withCredentialsStore(CredentialsStore value) {
		store = value;
		return this;
	}

	/** The parsed arguments. */
	private static final class Args {
		String server;
		String printer;
		String user;
		boolean json;
		boolean testPage;
		boolean fix;
		boolean debugLogging;
		boolean help;
		String trustFingerprint;
	}

	/**
	 * Runs the command.
	 *
	 * @param args
	 *            the arguments (after {@code diagnose})
	 * @param out
	 *            where the report goes
	 * @param err
	 *            where progress and errors go
	 * @param env
	 *            the environment (CUPOLA_PASSWORD, CUPS_SERVER)
	 * @return the exit status
	 */
	public int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
		Args a;
		try {
			a = parse(args);
		} catch (IllegalArgumentException e) {
			err.println(Messages.bind(Messages.Cli_error, e.getMessage()));
			err.println(Messages.Cli_usage);
			return EXIT_USAGE;
		}
		if (a.help) {
			out.println(Messages.Cli_usage);
			return EXIT_OK;
		}
		CupsServer server;
		try {
			String s = a.server != null ? a.server : env.get("CUPS_SERVER"); //$NON-NLS-1$
			server = s != null && !s.isBlank() ? CupsServer.parse(s) : CupsServer.defaultServer(null);
		} catch (IllegalArgumentException e) {
			err.println(Messages.bind(Messages.Cli_error, e.getMessage()));
			return EXIT_USAGE;
		}
		String user = a.user != null ? a.user : options.requestingUser();
		ConnectionOptions opts = options.withRequestingUser(user);
		String envPassword = env.get(PASSWORD_ENV);
		CredentialsPrompt prompt = passwordPrompt(user, a.user != null, envPassword, err);
		LineProgressMonitor monitor = new LineProgressMonitor(err);
		Context context = new Context(server, opts, prompt);
		HeadlessTrust trust = new HeadlessTrust(a.trustFingerprint);
		context.setTrustPrompt(trust);
		context.setTestPageTimeout(testPageTimeout);
		if (envPassword != null) {
			context.redactor().addSecret(user, envPassword.toCharArray());
		}
		if (journal != null) {
			context.setRestoreJournal(journal);
		}
		finishInterruptedRestore(context, monitor, err);
		Report report;
		try (Troubleshooter t = new Troubleshooter(context, Troubleshooter.defaultSteps())) {
			if (a.printer != null) {
				t.preset(Keys.QUEUE, a.printer);
			}
			t.preset(Keys.TEST_PAGE_WANTED, a.testPage ? Question.YES : Question.NO);
			t.preset(Keys.DEBUG_LOGGING_CONSENT, a.debugLogging ? Question.YES : Question.NO);
			drive(t, a, monitor, err);
			t.runCleanups(monitor);
			report = t.report();
		} catch (OperationCanceledException e) {
			if (trust.refused() == null) {
				err.println(Messages.Cli_cancelled);
			}
			report = null;
		}
		if (trust.refused() != null) {
			// an untrusted or changed certificate: nothing was sent to the server
			err.println(Messages.bind(CertificateMessages.diagnoseUntrusted, trust.refused().describe(),
					trust.refused().certificate().sha256()));
			return EXIT_USAGE;
		}
		if (report == null) {
			return EXIT_USAGE;
		}
		out.print(a.json ? report.toJson() : report.toText());
		out.flush();
		if (context.answers().isFalse(Keys.SCHEDULER_RUNNING)) {
			return EXIT_USAGE;
		}
		return report.hasProblems() ? EXIT_FINDINGS : EXIT_OK;
	}

	/**
	 * Puts back what an interrupted run (killed, crashed) left changed on this server, if its journal entry is there
	 * and its process is gone; says so in one line on {@code err}. Needs an administrator; without one the entry
	 * stays for a later run.
	 */
	private static void finishInterruptedRestore(Context context, IProgressMonitor monitor, PrintStream err) {
		RestoreJournal journal = context.restoreJournal();
		Optional<RestoreJournal.Entry> entry = journal.abandoned(context.server());
		if (entry.isEmpty()) {
			return;
		}
		String server = context.server().hostAndPort();
		try {
			context.asAdmin(() -> {
				try {
					return Boolean.valueOf(journal.restore(context.connection(), entry.get(), monitor));
				} catch (IOException e) {
					throw new IppException(e.getMessage(), e);
				}
			}, monitor);
			err.println(Messages.bind(Messages.Cli_restored, server, entry.get().change()));
		} catch (Context.AdminRefusedException | IppException e) {
			err.println(Messages.bind(Messages.Cli_restoreFailed, server, entry.get().change(), e.getMessage()));
		}
	}

	private static void drive(Troubleshooter t, Args a, LineProgressMonitor monitor, PrintStream err) {
		while (true) {
			Troubleshooter.Status status = t.next(monitor);
			switch (status) {
			case FINISHED:
				return;
			case QUESTION: {
				Question q = t.currentQuestion();
				if (q.defaultValue() != null && q.accepts(q.defaultValue())) {
					err.println(Messages.bind(Messages.Cli_answered, q.text(), q.defaultValue()));
					t.answer(q.defaultValue());
					break;
				}
				t.context().report(new Finding(q.stepId(), Severity.INFO, Messages.Cli_needsAnswerTitle,
						Messages.bind(Messages.Cli_needsAnswer, q.text()), Messages.Cli_needsAnswerFix));
				return;
			}
			case DEAD_END: {
				Finding f = t.deadEnd();
				if (!a.fix || f.fix() == null) {
					return;
				}
				err.println(Messages.bind(Messages.Cli_fixing, f.fix().label()));
				FixResult result = t.applyFix(f, monitor);
				err.println(result.message());
				if (!result.isFixed()) {
					return;
				}
				break;
			}
			default:
				return;
			}
		}
	}

	private CredentialsPrompt passwordPrompt(String user, boolean userGiven, String envPassword, PrintStream err) {
		return ConsoleLogin.of(user, userGiven, envPassword, store, console, err);
	}

	private static Args parse(String[] args) {
		Args a = new Args();
		CliArgs cli = new CliArgs(args);
		while (cli.next()) {
			switch (cli.option()) {
			case "diagnose" -> { //$NON-NLS-1$
				if (cli.index() != 0) {
					throw cli.unknown();
				}
			}
			case "--server", "-s" -> a.server = cli.value(); //$NON-NLS-1$ //$NON-NLS-2$
			case "--printer", "-p" -> a.printer = cli.value(); //$NON-NLS-1$ //$NON-NLS-2$
			case "--user", "-u" -> a.user = cli.value(); //$NON-NLS-1$ //$NON-NLS-2$
			case "--json" -> a.json = cli.flag(); //$NON-NLS-1$
			case "--test-page" -> a.testPage = cli.flag(); //$NON-NLS-1$
			case "--fix" -> a.fix = cli.flag(); //$NON-NLS-1$
			case "--debug-logging" -> a.debugLogging = cli.flag(); //$NON-NLS-1$
			case "--help", "-h" -> a.help = true; //$NON-NLS-1$ //$NON-NLS-2$
			case "--trust-fingerprint" -> a.trustFingerprint = CertificateInfo.normalizeFingerprint(cli.value()); //$NON-NLS-1$
			default -> throw cli.unknown();
			}
		}
		return a;
	}

	/** Trusts only the fingerprint given on the command line, for this run; remembers what it refused. */
	private static final class HeadlessTrust implements TrustPrompt {
		private final String fingerprint;
		private volatile TrustRequest refused;

		HeadlessTrust(String fingerprint) {
			this.fingerprint = fingerprint;
		}

		@Override
		public Decision decide(TrustRequest request) {
			if (request.certificate().sha256().equals(fingerprint)) {
				return Decision.TRUST_FOR_SESSION;
			}
			refused = request;
			return Decision.CANCEL;
		}

		TrustRequest refused() {
			return refused;
		}
	}
}
