package org.cupola.fleet;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.cupola.fleet.internal.CliArgs;
import org.cupola.fleet.internal.CliPrompt;
import org.cupola.fleet.internal.Json;
import org.cupola.fleet.internal.Messages;
import org.cupola.fleet.internal.ServerPool;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.troubleshoot.DiagnoseCommand;

/**
 * The headless fleet commands, each for one server or many at once:
 *
 * <pre>
 * cupola export [--output PATH] SERVERS [--user U] [--json]
 * cupola diff FILE SERVERS | cupola diff --server S1 --server S2 ...  [--json]
 * cupola apply FILE SERVERS [--yes] [--prune] [--json]
 * cupola diagnose SERVERS [diagnose options]
 * SERVERS: --server HOST[:PORT] (repeatable) and/or --servers-file FILE (one per line); --parallel N; --timeout SECONDS
 * </pre>
 *
 * Servers are handled concurrently on a bounded pool ({@code --parallel}, default {@value CliArgs#DEFAULT_PARALLEL});
 * each server's result is printed as soon as it is ready — with {@code --json} as one JSON object per line with its
 * {@code "server"} (JSON Lines) —, and the exit status is the worst one: {@value #EXIT_OK} equal / no problem,
 * {@value #EXIT_DIFFERENT} different / problems found, {@value #EXIT_ERROR} errors. Logging in works as for
 * {@code cupola diagnose} ({@link CliPrompt}).
 */
public final class FleetCommand {

	/** Equal, done, no problem. */
	public static final int EXIT_OK = 0;
	/** Different (diff), problems found (diagnose). */
	public static final int EXIT_DIFFERENT = 1;
	/** Usage, connection or partial-apply errors. */
	public static final int EXIT_ERROR = 2;

	private ConnectionOptions options = ConnectionOptions.DEFAULTS;
	private Console console = System.console();
	private CredentialsStore store;
	private Function<String, String> confirm;
	private Duration testPageTimeout;

	/** Creates the command. */
	public FleetCommand() {
		// defaults
	}

	/** @return this, with these connection options (tests shorten the timeouts) */
	public FleetCommand withOptions(ConnectionOptions value) {
		options = value;
		return this;
	}

	/** @return this, with this terminal (null: never prompt) */
	public FleetCommand withConsole(Console value) {
		console = value;
		return this;
	}

	/** @return this, with remembered passwords read from this store (null: none) */
	public FleetCommand withCredentialsStore(CredentialsStore value) {
		store = value;
		return this;
	}

	/** @return this, asking the apply question here instead of on the terminal (tests) */
	public FleetCommand withConfirm(Function<String, String> value) {
		confirm = value;
		return this;
	}

	/** @return this, with the troubleshooter's test-page timeout (tests) */
	public FleetCommand withTestPageTimeout(Duration value) {
		testPageTimeout = value;
		return this;
	}

	/** The result of one server. */
	private record Result(String server, int exit, String text, Map<String, Object> json, String errText) {
	}

	/**
	 * Runs a command.
	 *
	 * @param args
	 *            the command ({@code export}, {@code diff}, {@code apply}, {@code diagnose}) and its arguments
	 * @param out
	 *            results
	 * @param err
	 *            errors and progress
	 * @param env
	 *            the environment ({@code CUPOLA_PASSWORD}, {@code CUPOLA_SECRET_*}, {@code CUPS_SERVER})
	 * @return the exit status
	 */
	public int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
		CliArgs a;
		try {
			a = CliArgs.parse(args);
			if (!List.of("export", "diff", "apply", "diagnose").contains(a.command)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				throw new IllegalArgumentException(Messages.bind(Messages.Cli_unknownCommand, a.command));
			}
		} catch (IllegalArgumentException e) {
			err.println(Messages.bind(Messages.Cli_error, e.getMessage()));
			err.println(Messages.Cli_usage);
			return EXIT_ERROR;
		}
		if (a.help) {
			out.println(Messages.Cli_usage);
			return EXIT_OK;
		}
		envPassword = env.get(DiagnoseCommand.PASSWORD_ENV);
		if (a.servers.isEmpty()) {
			a.servers.add(env.getOrDefault("CUPS_SERVER", "localhost")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (a.timeoutSeconds > 0) {
			Duration t = Duration.ofSeconds(a.timeoutSeconds);
			options = options.withConnectTimeout(t).withReadTimeout(t);
		}
		try {
			return switch (a.command) {
			case "export" -> export(a, out, err, env); //$NON-NLS-1$
			case "diff" -> diff(a, out, err, env); //$NON-NLS-1$
			case "apply" -> apply(a, out, err, env); //$NON-NLS-1$
			default -> diagnose(a, out, err, env);
			};
		} catch (IllegalArgumentException e) {
			err.println(Messages.bind(Messages.Cli_error, e.getMessage()));
			return EXIT_ERROR;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println(Messages.Cli_interrupted);
			return EXIT_ERROR;
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	private int export(CliArgs a, PrintStream out, PrintStream err, Map<String, String> env)
			throws InterruptedException {
		if (a.file != null) {
			throw new IllegalArgumentException(Messages.bind(Messages.Cli_unknownArgument, a.file));
		}
		boolean many = a.servers.size() > 1;
		if (many && a.output == null && !a.json) {
			throw new IllegalArgumentException(Messages.Cli_exportManyNeedsOutput);
		}
		return forEachServer(a, out, err, (server, connection) -> {
			SiteExport export = new SiteExport();
			Site site = export.export(connection, null);
			Map<String, Object> json = summary(site);
			StringBuilder text = new StringBuilder();
			if (export.serverSkipped() != null) {
				json.put("server-settings-skipped", export.serverSkipped()); //$NON-NLS-1$
			}
			if (a.output == null) {
				if (a.json) {
					json.put("site", site.tree()); //$NON-NLS-1$
				} else {
					text.append(site.toJson());
				}
			} else {
				Path target = Path.of(a.output);
				if (many || Files.isDirectory(target)) {
					Files.createDirectories(target);
					target = target.resolve(server.hostAndPort().replace(':', '_') + ".json"); //$NON-NLS-1$
				}
				Files.writeString(target, site.toJson(), StandardCharsets.UTF_8);
				json.put("file", target.toString()); //$NON-NLS-1$
				text.append(Messages.bind(Messages.Export_written, new Object[] { Integer.valueOf(site.printers().size()),
						Integer.valueOf(site.classes().size()), server.hostAndPort(), target })).append('\n');
			}
			String note = export.serverSkipped() == null ? null
					: Messages.bind(Messages.Export_serverSkipped, export.serverSkipped());
			return new Result(server.hostAndPort(), EXIT_OK, text.toString(), json, note);
		});
	}

	private static Map<String, Object> summary(Site site) {
		Map<String, Object> json = new TreeMap<>();
		json.put("printers", Integer.valueOf(site.printers().size())); //$NON-NLS-1$
		json.put("classes", Integer.valueOf(site.classes().size())); //$NON-NLS-1$
		return json;
	}

	private int diff(CliArgs a, PrintStream out, PrintStream err, Map<String, String> env)
			throws InterruptedException {
		Site wanted;
		String wantedLabel;
		List<String> targets = new ArrayList<>(a.servers);
		if (a.file != null) {
			wanted = readSite(a.file);
			wantedLabel = a.file;
		} else {
			if (targets.size() < 2) {
				throw new IllegalArgumentException(Messages.Cli_diffNeedsTwo);
			}
			String reference = targets.remove(0);
			CupsServer server = parseServer(reference);
			try (CupsConnection c = connect(server, a, err)) {
				wanted = new SiteExport().export(c, null);
			} catch (IppException e) {
				err.println(Messages.bind(Messages.Cli_serverFailed, reference, e.getMessage()));
				return EXIT_ERROR;
			}
			wantedLabel = server.hostAndPort();
		}
		return forEachServer(a, targets, out, err, (server, connection) -> {
			Site actual = new SiteExport().export(connection, null);
			if (wanted.server() != null && actual.server() == null) {
				throw new IppException(Messages.bind(Messages.Diff_serverUnreadable, server.hostAndPort()));
			}
			List<Difference> diffs = SiteDiff.compare(wanted, actual);
			StringBuilder text = new StringBuilder();
			List<Object> list = new ArrayList<>();
			for (Difference d : diffs) {
				String line = d.describe(wantedLabel, server.hostAndPort());
				text.append(line).append('\n');
				Map<String, Object> j = new TreeMap<>();
				j.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
				j.put("subject", d.subjectKind()); //$NON-NLS-1$
				j.put("name", d.name()); //$NON-NLS-1$
				j.put("setting", d.setting()); //$NON-NLS-1$
				j.put("text", line); //$NON-NLS-1$
				list.add(j);
			}
			if (diffs.isEmpty()) {
				text.append(Messages.bind(Messages.Diff_equal, wantedLabel, server.hostAndPort())).append('\n');
			}
			Map<String, Object> json = new TreeMap<>();
			json.put("against", wantedLabel); //$NON-NLS-1$
			json.put("differences", list); //$NON-NLS-1$
			return new Result(server.hostAndPort(), diffs.isEmpty() ? EXIT_OK : EXIT_DIFFERENT, text.toString(), json,
					null);
		});
	}

	private int apply(CliArgs a, PrintStream out, PrintStream err, Map<String, String> env)
			throws InterruptedException {
		if (a.file == null) {
			throw new IllegalArgumentException(Messages.Cli_applyNeedsFile);
		}
		Site wanted = readSite(a.file);
		boolean stream = a.servers.size() == 1 && !a.json;
		return forEachServer(a, out, err, (server, connection) -> {
			String label = server.hostAndPort();
			Site actual = new SiteExport().export(connection, null);
			if (wanted.server() != null && actual.server() == null) {
				throw new IppException(Messages.bind(Messages.Diff_serverUnreadable, label));
			}
			SiteApply.Plan plan = SiteApply.plan(wanted, actual, a.prune, env,
					name -> CliPrompt.askSecret(console, label, name));
			StringBuilder text = new StringBuilder();
			for (String kept : plan.kept()) {
				text.append(Messages.bind(Messages.Apply_kept, kept)).append('\n');
			}
			Map<String, Object> json = new TreeMap<>();
			List<Object> doneList = new ArrayList<>();
			List<Object> notDone = new ArrayList<>();
			json.put("done", doneList); //$NON-NLS-1$
			json.put("not-done", notDone); //$NON-NLS-1$
			if (plan.isEmpty()) {
				text.append(Messages.bind(Messages.Apply_nothing, label)).append('\n');
				return new Result(label, EXIT_OK, text.toString(), json, null);
			}
			text.append(Messages.bind(Messages.Apply_plan, Integer.valueOf(plan.steps().size()), label)).append('\n');
			for (SiteApply.Step s : plan.steps()) {
				text.append("  ").append(s.description()).append('\n'); //$NON-NLS-1$
			}
			if (!a.yes) {
				String answer;
				synchronized (CliPrompt.TERMINAL) {
					out.print(text);
					out.flush();
					text.setLength(0);
					String question = Messages.bind(Messages.Apply_confirm, Integer.valueOf(plan.steps().size()), label);
					answer = confirm != null ? confirm.apply(question)
							: console != null ? console.readLine("%s", question) : null; //$NON-NLS-1$
				}
				if (answer == null) {
					plan.steps().forEach(s -> notDone.add(s.description()));
					throw new IppException(Messages.Apply_noTerminal);
				}
				if (!answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) { //$NON-NLS-1$
					plan.steps().forEach(s -> notDone.add(s.description()));
					text.append(Messages.Apply_declined).append('\n');
					return new Result(label, EXIT_DIFFERENT, text.toString(), json, null);
				}
			}
			if (stream) {
				out.print(text);
				out.flush();
				text.setLength(0);
			}
			SiteApply.Outcome outcome = SiteApply.run(connection, plan, step -> {
				doneList.add(step.description());
				String line = Messages.bind(Messages.Apply_done, step.description());
				if (stream) {
					out.println(line);
					out.flush();
				} else {
					text.append(line).append('\n');
				}
			}, null);
			if (outcome.isComplete()) {
				text.append(Messages.bind(Messages.Apply_complete, label)).append('\n');
				return new Result(label, EXIT_OK, text.toString(), json, null);
			}
			text.append(Messages.bind(Messages.Apply_failed, outcome.failed().description(), outcome.error().getMessage()))
					.append('\n');
			notDone.add(outcome.failed().description());
			for (SiteApply.Step s : outcome.notDone()) {
				notDone.add(s.description());
				text.append(Messages.bind(Messages.Apply_notDone, s.description())).append('\n');
			}
			text.append(Messages.Apply_runAgain).append('\n');
			json.put("error", outcome.error().getMessage()); //$NON-NLS-1$
			return new Result(label, EXIT_ERROR, text.toString(), json, null);
		});
	}

	private int diagnose(CliArgs a, PrintStream out, PrintStream err, Map<String, String> env)
			throws InterruptedException {
		if (a.servers.size() == 1 && !a.json) {
			// one server: exactly the troubleshooter's own command, streaming its progress
			return diagnoseCommand().run(withServer(a.passOn, a.servers.get(0)), out, err, env);
		}
		int[] worst = { EXIT_OK };
		ServerPool.run(a.servers, a.parallel, s -> {
			ByteArrayOutputStream o = new ByteArrayOutputStream();
			ByteArrayOutputStream e = new ByteArrayOutputStream();
			int exit;
			try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
					PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
				exit = diagnoseCommand().run(withServer(a.passOn, s), po, pe, env);
			} catch (RuntimeException x) {
				exit = EXIT_ERROR;
				e.writeBytes(String.valueOf(x).getBytes(StandardCharsets.UTF_8));
			}
			String text = o.toString(StandardCharsets.UTF_8);
			Map<String, Object> json = null;
			if (a.json) {
				try {
					json = text.isBlank() ? new TreeMap<>() : castMap(Json.parse(text));
				} catch (IllegalArgumentException x) {
					json = new TreeMap<>();
					json.put("output", text); //$NON-NLS-1$
				}
				if (exit == EXIT_ERROR && !e.toString(StandardCharsets.UTF_8).isBlank()) {
					json.put("error", lastLine(e.toString(StandardCharsets.UTF_8))); //$NON-NLS-1$
				}
			}
			return new Result(s, exit, text, json, exit == EXIT_ERROR ? e.toString(StandardCharsets.UTF_8) : null);
		}, r -> worst[0] = Math.max(worst[0], print(r, a, out, err, true)));
		return worst[0];
	}

	private DiagnoseCommand diagnoseCommand() {
		DiagnoseCommand d = new DiagnoseCommand().withOptions(options).withConsole(console).withCredentialsStore(store);
		if (testPageTimeout != null) {
			d.withTestPageTimeout(testPageTimeout);
		}
		return d;
	}

	private static String[] withServer(List<String> passOn, String server) {
		List<String> args = new ArrayList<>(passOn);
		args.add("--server"); //$NON-NLS-1$
		args.add(server);
		return args.toArray(String[]::new);
	}

	// ---------------------------------------------------------------------------------------------------------

	/** The work for one server, on its own connection. */
	private interface ServerWork {
		Result run(CupsServer server, CupsConnection connection) throws IppException, IOException;
	}

	private int forEachServer(CliArgs a, PrintStream out, PrintStream err, ServerWork work)
			throws InterruptedException {
		return forEachServer(a, a.servers, out, err, work);
	}

	private int forEachServer(CliArgs a, List<String> servers, PrintStream out, PrintStream err, ServerWork work)
			throws InterruptedException {
		int[] worst = { EXIT_OK };
		boolean many = servers.size() > 1;
		ServerPool.run(servers, a.parallel, s -> {
			CupsServer server;
			try {
				server = parseServer(s);
			} catch (IllegalArgumentException e) {
				return failure(s, e.getMessage());
			}
			try (CupsConnection c = connect(server, a, err)) {
				return work.run(server, c);
			} catch (IppException | IOException | RuntimeException e) {
				return failure(s, e.getMessage() == null ? e.toString() : e.getMessage());
			}
		}, r -> worst[0] = Math.max(worst[0], print(r, a, out, err, many)));
		return worst[0];
	}

	private static Result failure(String server, String message) {
		Map<String, Object> json = new TreeMap<>();
		json.put("error", message); //$NON-NLS-1$
		return new Result(server, EXIT_ERROR, "", json, Messages.bind(Messages.Cli_serverFailed, server, message)); //$NON-NLS-1$
	}

	private static int print(Result r, CliArgs a, PrintStream out, PrintStream err, boolean headers) {
		synchronized (CliPrompt.TERMINAL) {
			if (a.json) {
				Map<String, Object> json = new TreeMap<>(r.json() == null ? Map.of() : r.json());
				json.put("server", r.server()); //$NON-NLS-1$
				json.put("exit", Integer.valueOf(r.exit())); //$NON-NLS-1$
				out.println(Json.compact(json));
			} else {
				if (headers) {
					out.println(Messages.bind(Messages.Cli_serverHeader, r.server(), Integer.valueOf(r.exit())));
				}
				out.print(r.text());
			}
			out.flush();
			if (r.errText() != null && !r.errText().isBlank()) {
				for (String line : r.errText().split("\n")) { //$NON-NLS-1$
					err.println(headers ? '[' + r.server() + "] " + line : line); //$NON-NLS-1$
				}
				err.flush();
			}
		}
		return r.exit();
	}

	private CupsConnection connect(CupsServer server, CliArgs a, PrintStream err) {
		String user = a.user != null ? a.user : options.requestingUser();
		return new CupsConnection(server, options.withRequestingUser(user),
				CliPrompt.of(user, a.user != null, envPassword, store, console, err));
	}

	private String envPassword;

	private static CupsServer parseServer(String s) {
		if (s.startsWith("/")) { //$NON-NLS-1$
			throw new IllegalArgumentException(Messages.Cli_noSocket);
		}
		return CupsServer.parse(s);
	}

	private static Site readSite(String file) {
		try {
			return Site.read(Path.of(file));
		} catch (IOException e) {
			throw new IllegalArgumentException(Messages.bind(Messages.Cli_cannotRead, file, e.getMessage()));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object o) {
		if (o instanceof Map<?, ?> m) {
			return new TreeMap<>((Map<String, Object>) m);
		}
		throw new IllegalArgumentException("not an object"); //$NON-NLS-1$
	}

	private static String lastLine(String s) {
		String[] lines = s.strip().split("\n"); //$NON-NLS-1$
		return lines[lines.length - 1];
	}
}
