package org.cupola.fleet.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code cupola export|diff|apply|diagnose}: the options every command shares ({@code --server}
 * repeated, {@code --servers-file}, {@code --parallel}, {@code --json}, {@code --user}, {@code --timeout}), the
 * command's own, and for {@code diagnose} the rest, passed on to the troubleshooter per server.
 */
public final class CliArgs {

	/** The default of {@code --parallel}: enough for a fleet, few enough for a laptop's sockets and threads. */
	public static final int DEFAULT_PARALLEL = 16;

	public String command;
	public final List<String> servers = new ArrayList<>();
	public String file;
	public String output;
	public String user;
	public int parallel = DEFAULT_PARALLEL;
	public int timeoutSeconds;
	public boolean json;
	public boolean yes;
	public boolean prune;
	public boolean help;
	/** diagnose: the arguments for each server's troubleshooter (without the fleet options). */
	public final List<String> passOn = new ArrayList<>();

	/**
	 * @param args
	 *            the arguments, the command first
	 * @return the parsed arguments
	 * @throws IllegalArgumentException
	 *             with a message for the user
	 */
	public static CliArgs parse(String[] args) {
		CliArgs a = new CliArgs();
		if (args.length == 0) {
			throw new IllegalArgumentException(Messages.Cli_noCommand);
		}
		a.command = args[0];
		boolean diagnose = "diagnose".equals(a.command); //$NON-NLS-1$
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) { //$NON-NLS-1$
				value = arg.substring(eq + 1);
				arg = arg.substring(0, eq);
			}
			switch (arg) {
			case "--server", "-s" -> a.servers.add(value != null ? value : next(args, ++i, arg)); //$NON-NLS-1$ //$NON-NLS-2$
			case "--servers-file" -> a.servers.addAll(readServers(value != null ? value : next(args, ++i, arg))); //$NON-NLS-1$
			case "--parallel" -> a.parallel = positive(value != null ? value : next(args, ++i, arg), arg); //$NON-NLS-1$
			case "--timeout" -> a.timeoutSeconds = positive(value != null ? value : next(args, ++i, arg), arg); //$NON-NLS-1$
			case "--json" -> { //$NON-NLS-1$
				a.json = true;
				a.passOn.add(arg);
			}
			case "--help", "-h" -> a.help = true; //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (diagnose) {
					a.diagnoseArg(args, i, arg, value);
					if (value == null && takesValue(arg)) {
						i++;
					}
				} else {
					i = a.commandArg(args, i, arg, value);
				}
			}
			}
		}
		return a;
	}

	private static boolean takesValue(String arg) {
		return List.of("--printer", "-p", "--user", "-u").contains(arg); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void diagnoseArg(String[] args, int i, String arg, String value) {
		if (value != null) {
			passOn.add(arg + '=' + value);
		} else {
			passOn.add(arg);
			if (takesValue(arg)) {
				passOn.add(next(args, i + 1, arg));
			}
		}
		if (arg.equals("--user") || arg.equals("-u")) { //$NON-NLS-1$ //$NON-NLS-2$
			user = value != null ? value : args[i + 1];
		}
	}

	private int commandArg(String[] args, int i, String arg, String value) {
		switch (arg) {
		case "--user", "-u" -> { //$NON-NLS-1$ //$NON-NLS-2$
			if (value != null) {
				user = value;
				return i;
			}
			user = next(args, i + 1, arg);
			return i + 1;
		}
		case "--output", "-o" -> { //$NON-NLS-1$ //$NON-NLS-2$
			if (value != null) {
				output = value;
				return i;
			}
			output = next(args, i + 1, arg);
			return i + 1;
		}
		case "--yes", "-y" -> yes = true; //$NON-NLS-1$ //$NON-NLS-2$
		case "--prune" -> prune = true; //$NON-NLS-1$
		default -> {
			if (arg.startsWith("-") || value != null || file != null) { //$NON-NLS-1$
				throw new IllegalArgumentException(Messages.bind(Messages.Cli_unknownArgument, args[i]));
			}
			file = arg;
		}
		}
		return i;
	}

	private static List<String> readServers(String file) {
		try {
			List<String> servers = new ArrayList<>();
			for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
				String s = line.strip();
				if (!s.isEmpty() && !s.startsWith("#")) { //$NON-NLS-1$
					servers.add(s);
				}
			}
			return servers;
		} catch (IOException e) {
			throw new IllegalArgumentException(Messages.bind(Messages.Cli_cannotRead, file, e.getMessage()));
		}
	}

	private static int positive(String value, String option) {
		try {
			int n = Integer.parseInt(value);
			if (n > 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new IllegalArgumentException(Messages.bind(Messages.Cli_notPositive, option, value));
	}

	private static String next(String[] args, int i, String option) {
		if (i >= args.length || args[i].startsWith("--") || args[i].isBlank()) { //$NON-NLS-1$
			throw new IllegalArgumentException(Messages.bind(Messages.Cli_missingValue, option));
		}
		return args[i];
	}
}
