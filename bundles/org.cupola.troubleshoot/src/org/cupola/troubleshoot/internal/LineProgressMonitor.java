package org.cupola.troubleshoot.internal;

import java.io.PrintStream;
import java.util.Objects;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor for the command line: prints each new task and subtask name as a line (on stderr), nothing
 * else.
 */
public final class LineProgressMonitor extends NullProgressMonitor {

	private final PrintStream out;
	private String last;

	/**
	 * @param out
	 *            where lines go
	 */
	public LineProgressMonitor(PrintStream out) {
		this.out = Objects.requireNonNull(out);
	}

	@Override
	public void beginTask(String name, int totalWork) {
		print(name);
	}

	@Override
	public void setTaskName(String name) {
		print(name);
	}

	@Override
	public void subTask(String name) {
		print(name);
	}

	private void print(String name) {
		if (name == null || name.isBlank() || name.equals(last)) {
			return;
		}
		last = name;
		out.println(Messages.bind(Messages.Cli_progress, name));
	}
}
