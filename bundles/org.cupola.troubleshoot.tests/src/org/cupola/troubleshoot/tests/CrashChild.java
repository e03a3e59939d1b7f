package org.cupola.troubleshoot.tests;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.cupola.ipp.CupsServer;
import org.cupola.troubleshoot.DiagnoseCommand;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Troubleshooter;

/**
 * The child JVM of {@link CrashRestoreTest} (plain Java, no OSGi: the troubleshooter needs none).
 * <ul>
 * <li>{@code hold HOST PORT}: runs the troubleshooter with an administrator ({@code CUPOLA_PASSWORD}) on queue
 * {@code null} with a test page and debug logging, prints {@value #DEBUG_ON} once the "did it print?" question comes
 * (debug logging is on then) and waits to be killed.</li>
 * <li>{@code diagnose ARGS}: {@code cupola diagnose ARGS}, exits with its status.</li>
 * </ul>
 */
public final class CrashChild {

	/** The line {@code hold} prints while debug logging is on. */
	public static final String DEBUG_ON = "DEBUG-LOGGING-ON";

	private CrashChild() {
	}

	/**
	 * @param args
	 *            see the class comment
	 * @throws Exception
	 *             on failure (the parent sees the exit status)
	 */
	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		if ("diagnose".equals(args[0])) {
			int status = new DiagnoseCommand().withConsole(null).withOptions(TestSupport.OPTIONS).run(
					Arrays.copyOfRange(args, 1, args.length), out,
					new PrintStream(System.err, true, StandardCharsets.UTF_8), Map.copyOf(System.getenv()));
			System.exit(status);
		}
		CupsServer server = new CupsServer(false, args[1], Integer.parseInt(args[2]));
		try (Troubleshooter t = TestSupport.troubleshooter(server, TestSupport.admin())) {
			t.preset(Keys.QUEUE, "null");
			t.preset(Keys.TEST_PAGE_WANTED, Question.YES);
			t.preset(Keys.DEBUG_LOGGING_CONSENT, Question.YES);
			Troubleshooter.Status status = t.next(null);
			if (status != Troubleshooter.Status.QUESTION || !Boolean.TRUE.equals(t.answers().get(Keys.DEBUG_LOGGING_SET))) {
				out.println("unexpected: " + status + ' ' + t.findings());
				System.exit(3);
			}
			out.println(DEBUG_ON);
			Thread.sleep(Long.MAX_VALUE); // killed here
		}
	}
}
