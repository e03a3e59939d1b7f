package org.cupola.troubleshoot.internal;

/**
 * Walks the arguments of a {@code cupola} command: options as {@code --name=value} or {@code --name value}, flags
 * without a value. Errors are {@link IllegalArgumentException}s with a message for the user.
 *
 * <pre>
 * CliArgs a = new CliArgs(args);
 * while (a.next()) {
 * 	switch (a.option()) {
 * 	case "--server" -> server = a.value();
 * 	case "--json" -> json = a.flag();
 * 	default -> throw a.unknown();
 * 	}
 * }
 * </pre>
 */
public final class CliArgs {

	private final String[] args;
	private int index = -1;
	private String option;
	/** The value given after {@code =}, or null. */
	private String inline;

	/**
	 * @param args
	 *            the command-line arguments
	 */
	public CliArgs(String[] args) {
		this.args = args;
	}

	/** {@return true if there is another argument, which becomes the current one} */
	public boolean next() {
		index++;
		if (index >= args.length) {
			return false;
		}
		option = args[index];
		inline = null;
		int eq = option.indexOf('=');
		if (option.startsWith("--") && eq > 0) { //$NON-NLS-1$
			inline = option.substring(eq + 1);
			option = option.substring(0, eq);
		}
		return true;
	}

	/** {@return the current argument, without an {@code =value}} */
	public String option() {
		return option;
	}

	/** {@return the position of the current argument} */
	public int index() {
		return index;
	}

	/**
	 * {@return the value of the current option: after its {@code =}, else the next argument (consumed)}
	 *
	 * @throws IllegalArgumentException
	 *             if there is no value
	 */
	public String value() {
		if (inline != null) {
			return inline;
		}
		index++;
		if (index >= args.length || args[index].isBlank() || args[index].startsWith("--")) { //$NON-NLS-1$
			throw new IllegalArgumentException(Messages.bind(Messages.Cli_missingValue, option));
		}
		return args[index];
	}

	/**
	 * {@return true: the current option is a flag}
	 *
	 * @throws IllegalArgumentException
	 *             if it was given a value with {@code =}
	 */
	public boolean flag() {
		if (inline != null) {
			throw new IllegalArgumentException(Messages.bind(Messages.Cli_noValue, option));
		}
		return true;
	}

	/** {@return the error for an unknown current argument} */
	public IllegalArgumentException unknown() {
		return new IllegalArgumentException(Messages.bind(Messages.Cli_unknownArgument, option));
	}
}
