package org.cupola.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Start-up milestones for {@code ./dev bench-startup} and the start-up profile (docs/PERFORMANCE.md). Off unless the
 * system property {@code cupola.startupTrace} (or the environment variable {@code CUPOLA_STARTUP_TRACE}) names a
 * file; then each milestone appends one line, once per run:
 * {@code <event> <epoch milliseconds>}.
 */
public final class StartupTrace {

	/** The property, else the environment variable CUPOLA_STARTUP_TRACE (native launchers take no -D from outside). */
	private static final String FILE = System.getProperty("cupola.startupTrace", //$NON-NLS-1$
			System.getenv("CUPOLA_STARTUP_TRACE")); //$NON-NLS-1$
	private static final Set<String> DONE = ConcurrentHashMap.newKeySet();

	private StartupTrace() {
	}

	/** {@return whether tracing is on} */
	public static boolean enabled() {
		return FILE != null && !FILE.isEmpty();
	}

	/**
	 * Records a milestone the first time it is reached.
	 *
	 * @param event
	 *            a word without blanks, e.g. {@code window-open}
	 */
	public static void mark(String event) {
		if (!enabled() || !DONE.add(event)) {
			return;
		}
		String line = event + ' ' + System.currentTimeMillis() + '\n';
		try {
			Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			// a trace that cannot be written must not disturb the start
		}
	}
}
