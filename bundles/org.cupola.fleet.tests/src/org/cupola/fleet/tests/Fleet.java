package org.cupola.fleet.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.cupola.fleet.FleetCommand;
import org.cupola.ipp.ConnectionOptions;

/** Runs {@code cupola export|diff|apply|diagnose} in-process, without a terminal. */
final class Fleet {

	static final ConnectionOptions OPTIONS = ConnectionOptions.DEFAULTS.withConnectTimeout(Duration.ofSeconds(3))
			.withReadTimeout(Duration.ofSeconds(20));

	record Result(int status, String out, String err) {
		@Override
		public String toString() {
			return "exit " + status + "\n--- out ---\n" + out + "\n--- err ---\n" + err; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private Fleet() {
	}

	static Result run(Map<String, String> env, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new FleetCommand().withConsole(null).withOptions(OPTIONS)
				.withTestPageTimeout(Duration.ofSeconds(20))
				.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), env);
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The administrator's password in the environment, as a user of the command would give it. */
	static Map<String, String> admin() {
		return Map.of("CUPOLA_PASSWORD", CupsTools.PASSWORD); //$NON-NLS-1$
	}
}
