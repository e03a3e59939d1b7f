package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cupola.testing.CupsSandbox;

/** CUPS's own command line tools run against a sandbox: the second opinion on what Cupola did. */
final class CupsTools {

	private CupsTools() {
	}

	/**
	 * Runs a CUPS tool with {@code -h 127.0.0.1:PORT} and requires it to succeed.
	 *
	 * @return its output
	 */
	static String run(CupsSandbox sandbox, String tool, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(tool, "-h", "127.0.0.1:" + sandbox.port())); //$NON-NLS-1$ //$NON-NLS-2$
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), tool + " did not end"); //$NON-NLS-1$
		assertEquals(0, p.exitValue(), command + ":\n" + out); //$NON-NLS-1$
		return out;
	}

	/** {@return the "QUEUE-ID" column of {@code lpstat -o}} */
	static List<String> jobs(CupsSandbox sandbox) throws IOException, InterruptedException {
		return run(sandbox, "lpstat", "-o").lines().filter(l -> !l.isBlank()).map(l -> l.split("\\s+")[0]).toList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** {@return whether {@code lpstat -v} lists the queue} */
	static boolean exists(CupsSandbox sandbox, String queue) throws IOException, InterruptedException {
		return run(sandbox, "lpstat", "-v").lines().anyMatch(l -> l.startsWith("device for " + queue + ':')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** {@return the members {@code lpstat -c CLASS} lists, or an empty list when it lists no such class} */
	static List<String> members(CupsSandbox sandbox, String className) throws IOException, InterruptedException {
		List<String> members = new ArrayList<>();
		boolean inClass = false;
		for (String line : run(sandbox, "lpstat", "-c").lines().toList()) { //$NON-NLS-1$ //$NON-NLS-2$
			if (line.startsWith("members of class ")) { //$NON-NLS-1$
				inClass = line.equals("members of class " + className + ':'); //$NON-NLS-1$
			} else if (inClass && !line.isBlank()) {
				members.add(line.trim());
			}
		}
		return members;
	}
}
