package org.cupola.ipp.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ErrorLogParser}: the real excerpts of {@code /errorlog} (expected causes in expected.properties), and one test
 * per cause for the messages of CUPS 2.4's sources the sandbox cannot produce on loopback.
 */
class ErrorLogParserTest {

	private static final String T = "[03/Dec/2026:09:35:"; //$NON-NLS-1$

	static List<String> resource(String name) throws IOException {
		try (InputStream in = ErrorLogParserTest.class.getResourceAsStream("/errorlog/" + name)) { //$NON-NLS-1$
			assertNotNull(in, "missing test resource /errorlog/" + name); //$NON-NLS-1$
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	@TestFactory
	Stream<DynamicTest> realExcerptsNameTheirCause() throws IOException {
		Properties expected = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/errorlog/expected.properties")) { //$NON-NLS-1$
			expected.load(in);
		}
		assertEquals(13, expected.size());
		List<DynamicTest> tests = new ArrayList<>();
		for (String name : expected.stringPropertyNames().stream().sorted().toList()) {
			String[] e = expected.getProperty(name).trim().split("\\s+"); //$NON-NLS-1$
			tests.add(DynamicTest.dynamicTest(name, () -> {
				List<String> lines = resource(name + ".log"); //$NON-NLS-1$
				LogAnalysis a = ErrorLogParser.parse(lines, Integer.parseInt(e[0]));
				Cause primary = a.primary().orElseThrow();
				assertEquals(CauseKind.valueOf(e[1]), primary.kind(), a.causes().toString());
				if (e.length > 2 && !"-".equals(e[2])) { //$NON-NLS-1$
					assertEquals(CauseKind.valueOf(e[2]), a.consequence().orElseThrow().kind(), a.causes().toString());
				} else {
					assertTrue(a.consequence().isEmpty(), a.causes().toString());
				}
				if (e.length > 3) {
					assertEquals(e[3], primary.target(), primary.toString());
				}
				assertNotNull(primary.first());
				assertFalse(primary.lines().isEmpty());
				// another job's id explains nothing in these excerpts
				assertTrue(ErrorLogParser.parse(lines, 999).causes().stream().allMatch(c -> c.jobId() == 0));
				// every line of the job is either evidence of a cause or kept as unmatched
				long jobLines = lines.stream().map(LogLine::parse).filter(l -> l.jobId() == Integer.parseInt(e[0]))
						.count();
				long used = a.causes().stream().mapToLong(c -> c.lines().stream().filter(l -> l.contains("[Job ")) //$NON-NLS-1$
						.count()).sum();
				assertTrue(a.unmatched().size() + used <= jobLines && a.unmatched().size() > 0, a.toString());
			}));
		}
		return tests.stream();
	}

	@Test
	void socketHostDownCountsTriesOnceAndKnowsBackendAndTarget() throws IOException {
		LogAnalysis a = ErrorLogParser.parse(resource("socket-refused-retrying.log"), 1); //$NON-NLS-1$
		Cause c = a.primary().orElseThrow();
		assertEquals("socket", c.program()); //$NON-NLS-1$
		assertEquals("Host is down", c.detail()); //$NON-NLS-1$
		assertEquals("The printer may not exist or is unavailable at this time.", c.message()); //$NON-NLS-1$
		// "Connection error: Host is down" and its warning are one try, not two
		long tries = resource("socket-refused-retrying.log").stream() //$NON-NLS-1$
				.filter(l -> l.endsWith("Connection error: Host is down")).count(); //$NON-NLS-1$
		assertEquals(tries, c.count());
		assertTrue(c.count() >= 2, c.toString());
		assertTrue(a.isConclusive());
		assertEquals("socket", a.backend()); //$NON-NLS-1$
	}

	@Test
	void filterExitStatusCarriesTheFiltersOwnMessage() throws IOException {
		Cause c = ErrorLogParser.parse(resource("filter-exits-1.log"), 6).primary().orElseThrow(); //$NON-NLS-1$
		assertEquals("sandboxfail", c.program()); //$NON-NLS-1$
		assertEquals("1", c.detail()); //$NON-NLS-1$
		assertEquals("sandboxfail: cannot render the job for this printer (test filter)", c.message()); //$NON-NLS-1$
		Cause crash = ErrorLogParser.parse(resource("filter-crashes.log"), 7).primary().orElseThrow(); //$NON-NLS-1$
		assertEquals("sandboxcrash", crash.program()); //$NON-NLS-1$
		assertEquals("11", crash.detail()); //$NON-NLS-1$
		Cause missing = ErrorLogParser.parse(resource("filter-missing.log"), 8).primary().orElseThrow(); //$NON-NLS-1$
		assertEquals("sandbox-not-installed", missing.program()); //$NON-NLS-1$
		assertEquals("No such file or directory", missing.detail()); //$NON-NLS-1$
	}

	@Test
	void remoteRejectingShowsTheRemoteStateMessage() throws IOException {
		LogAnalysis a = ErrorLogParser.parse(resource("ipp-remote-rejecting.log"), 3); //$NON-NLS-1$
		Cause c = a.primary().orElseThrow();
		assertEquals("Rejecting jobs: out of toner (test)", c.detail()); //$NON-NLS-1$
		assertEquals("ipp", c.program()); //$NON-NLS-1$
		assertTrue(a.isConclusive(), "it keeps refusing for more than 5 s"); //$NON-NLS-1$
	}

	@Test
	void authenticationNamesWhatIsRequired() throws IOException {
		LogAnalysis a = ErrorLogParser.parse(resource("ipp-needs-authentication.log"), 5); //$NON-NLS-1$
		Cause c = a.primary().orElseThrow();
		assertEquals(CauseKind.AUTHENTICATION_REQUIRED, c.kind());
		assertTrue(a.isConclusive());
		assertEquals(1, c.count(), c.toString());
	}

	@Test
	void silentServerIsNotConclusive() throws IOException {
		LogAnalysis a = ErrorLogParser.parse(resource("ipp-silent-server.log"), 2); //$NON-NLS-1$
		assertFalse(a.isConclusive());
		assertEquals("Getting supported attributes...", a.primary().orElseThrow().message()); //$NON-NLS-1$
	}

	@Test
	void aSingleRetriedFailureIsNotConclusiveYet() {
		List<String> one = List.of(line('D', 10, 4, "Connection error: Connection refused"), //$NON-NLS-1$
				line('W', 10, 4, "The printer is in use.")); //$NON-NLS-1$
		LogAnalysis a = ErrorLogParser.parse(one, 4);
		assertEquals(CauseKind.CONNECTION_REFUSED, a.primary().orElseThrow().kind());
		assertFalse(a.isConclusive());
		List<String> two = new ArrayList<>(one);
		two.add(line('D', 12, 4, "Connection error: Connection refused")); //$NON-NLS-1$
		assertFalse(ErrorLogParser.parse(two, 4).isConclusive(), "two tries 2 s apart"); //$NON-NLS-1$
		two.add(line('D', 15, 4, "Connection error: Connection refused")); //$NON-NLS-1$
		assertTrue(ErrorLogParser.parse(two, 4).isConclusive());
		assertEquals(3, ErrorLogParser.parse(two, 4).primary().orElseThrow().count());
	}

	@Test
	void warningsAloneWithoutDebugLogging() {
		// LogLevel warn: no "Connection error:" details, only the backends' warnings
		List<String> lines = List.of(line('W', 16, 1, "The printer may not exist or is unavailable at this time."), //$NON-NLS-1$
				line('W', 21, 1, "The printer is unreachable at this time."), //$NON-NLS-1$
				line('W', 31, 1, "The printer is unreachable at this time.")); //$NON-NLS-1$
		LogAnalysis a = ErrorLogParser.parse(lines, 1);
		assertEquals(CauseKind.HOST_DOWN, a.causes().get(0).kind());
		Cause unreachable = a.find(CauseKind.HOST_UNREACHABLE).orElseThrow();
		assertEquals(2, unreachable.count());
		assertEquals(Instant.parse("2026-12-03T09:35:21Z"), unreachable.first()); //$NON-NLS-1$
		assertEquals(Instant.parse("2026-12-03T09:35:31Z"), unreachable.last()); //$NON-NLS-1$
	}

	@Test
	void nameResolution() {
		LogAnalysis a = ErrorLogParser.parse(List.of(line('I', 1, 3, "Started backend /usr/lib/cups/backend/socket (PID 9)"), //$NON-NLS-1$
				line('D', 1, 3, "Looking up \\\"printer.example\\\"..."), //$NON-NLS-1$
				line('D', 1, 3, "Unable to locate printer \\\"printer.example\\\"."), //$NON-NLS-1$
				line('D', 11, 3, "Unable to locate printer \\\"printer.example\\\".")), 3); //$NON-NLS-1$
		Cause c = a.primary().orElseThrow();
		assertEquals(CauseKind.NAME_NOT_RESOLVED, c.kind());
		assertEquals("printer.example", c.target()); //$NON-NLS-1$
		assertEquals(2, c.count());
		assertTrue(a.isConclusive());
	}

	@Test
	void connectErrnosOfEveryNetworkBackend() {
		assertKind(CauseKind.HOST_UNREACHABLE, "Connection error: No route to host"); //$NON-NLS-1$
		assertKind(CauseKind.HOST_UNREACHABLE, "Connection error: Network is unreachable"); //$NON-NLS-1$
		assertKind(CauseKind.CONNECTION_TIMED_OUT, "Connection error: Connection timed out"); //$NON-NLS-1$
		assertKind(CauseKind.CONNECTION_REFUSED, "Connection error: Connection refused"); //$NON-NLS-1$
		assertKind(CauseKind.NOT_RESPONDING, "Connection error: Protocol error"); //$NON-NLS-1$
		assertKind(CauseKind.NOT_RESPONDING, "The printer is not responding."); //$NON-NLS-1$
	}

	@Test
	void printerNotConnectedWillRetry() {
		assertKind(CauseKind.PRINTER_NOT_CONNECTED, "The printer is not connected."); //$NON-NLS-1$
		assertKind(CauseKind.PRINTER_NOT_CONNECTED, "Waiting for printer to become available."); //$NON-NLS-1$
		assertKind(CauseKind.PRINTER_NOT_CONNECTED, "Printer not connected; will retry in 30 seconds..."); //$NON-NLS-1$
	}

	@Test
	void theRemotePrintersOwnAnswers() {
		List<String> lines = List.of(line('D', 2, 7, "Print-Job: client-error-document-format-not-supported (Unsupported format)"), //$NON-NLS-1$
				line('E', 2, 7, "Printer cannot print supplied content.")); //$NON-NLS-1$
		Cause c = ErrorLogParser.parse(lines, 7).primary().orElseThrow();
		assertEquals(CauseKind.REMOTE_UNSUPPORTED_FORMAT, c.kind());
		assertEquals("Print-Job: client-error-document-format-not-supported (Unsupported format)", c.detail()); //$NON-NLS-1$
		assertKind(CauseKind.REMOTE_UNSUPPORTED_OPTIONS, "Printer cannot print with supplied options."); //$NON-NLS-1$
		assertKind(CauseKind.REMOTE_JOB_REJECTED, "Print job was not accepted."); //$NON-NLS-1$
		assertKind(CauseKind.REMOTE_JOB_REJECTED, "Print job canceled at printer."); //$NON-NLS-1$
		assertKind(CauseKind.REMOTE_JOB_REJECTED, "Remote host did not accept control file (1)."); //$NON-NLS-1$
		assertKind(CauseKind.REMOTE_QUEUE_NOT_FOUND,
				"The printer configuration is incorrect or the printer no longer exists."); //$NON-NLS-1$
	}

	@Test
	void authenticationFromAttrLine() {
		assertKind(CauseKind.AUTHENTICATION_REQUIRED, "ATTR: auth-info-required=username,password"); //$NON-NLS-1$
		assertTrue(ErrorLogParser.parse(List.of(line('D', 1, 1, "ATTR: auth-info-required=none")), 1).causes() //$NON-NLS-1$
				.isEmpty(), "none is no cause"); //$NON-NLS-1$
	}

	@Test
	void openingDevicesAndFiles() {
		assertKind(CauseKind.UNABLE_TO_OPEN, "Unable to open device file: Permission denied"); //$NON-NLS-1$
		assertKind(CauseKind.UNABLE_TO_OPEN, "Unable to open print file: No such file or directory"); //$NON-NLS-1$
		LogAnalysis a = ErrorLogParser.parse(List.of(line('E', 1, 2,
				"Stopping job because the scheduler could not open the output file.")), 2); //$NON-NLS-1$
		assertEquals(CauseKind.UNABLE_TO_OPEN, a.primary().orElseThrow().kind());
		assertEquals(CauseKind.JOB_STOPPED, a.consequence().orElseThrow().kind());
	}

	@Test
	void schedulerOutcomes() {
		assertKind(CauseKind.UNPRINTABLE_FORMAT, "Unable to convert file 0 to printable format."); //$NON-NLS-1$
		assertKind(CauseKind.JOB_HELD, "Job held indefinitely due to backend errors."); //$NON-NLS-1$
		assertKind(CauseKind.JOB_RETRY_BY_POLICY, "Job held for 5 seconds since it could not be sent."); //$NON-NLS-1$
		assertKind(CauseKind.JOB_ABORTED_BY_POLICY, "Job aborted after 5 unsuccessful attempts."); //$NON-NLS-1$
		assertKind(CauseKind.QUEUE_STOPPED_BY_POLICY,
				"Printer stopped due to backend errors; please consult the error_log file for details."); //$NON-NLS-1$
		assertKind(CauseKind.BACKEND_CRASHED, "PID 77 (/usr/lib/cups/backend/usb) crashed on signal 6."); //$NON-NLS-1$
		assertKind(CauseKind.BACKEND_FAILED, "PID 77 (/usr/lib/cups/backend/usb) stopped with status 1."); //$NON-NLS-1$
		assertKind(CauseKind.FILTER_FAILED, "PID 78 (/usr/lib/cups/filter/pstops) stopped with status 22 (Invalid argument)"); //$NON-NLS-1$
		assertTrue(ErrorLogParser.parse(List.of(line('D', 1, 1, "PID 78 (/usr/lib/cups/filter/pstops) exited with no errors.")), 1) //$NON-NLS-1$
				.causes().isEmpty());
	}

	@Test
	void unknownErrorsBecomeCausesInTheirOwnWordsAndUnknownLinesAreKept() {
		List<String> lines = List.of(line('E', 1, 5, "Something CUPS 2.5 says"), //$NON-NLS-1$
				line('D', 1, 5, "a debug line nobody knows"), "not a log line at all"); //$NON-NLS-1$ //$NON-NLS-2$
		LogAnalysis a = ErrorLogParser.parse(lines, 5);
		Cause c = a.primary().orElseThrow();
		assertEquals(CauseKind.OTHER_ERROR, c.kind());
		assertEquals("Something CUPS 2.5 says", c.message()); //$NON-NLS-1$
		assertEquals(1, a.unmatched().size(), a.unmatched().toString());
		assertEquals("a debug line nobody knows", a.unmatched().get(0).message()); //$NON-NLS-1$
		LogAnalysis all = ErrorLogParser.parse(lines, 0);
		assertEquals(1, all.unmatched().size(), "an unparsable line is out of every job's scope"); //$NON-NLS-1$
	}

	@Test
	void logLineParsing() {
		LogLine l = LogLine.parse("E [03/Dec/2026:09:35:13 +0100] [Job 8] Unable to start filter \\\"x\\\" - No such file."); //$NON-NLS-1$
		assertEquals('E', l.level());
		assertEquals(8, l.jobId());
		assertEquals(Instant.parse("2026-12-03T08:35:13Z"), l.time()); //$NON-NLS-1$
		assertEquals("Unable to start filter \"x\" - No such file.", l.message()); //$NON-NLS-1$
		LogLine client = LogLine.parse("D [03/Dec/2026:09:35:13 +0000] [Client 25] cupsdWriteClient error=0"); //$NON-NLS-1$
		assertTrue(client.isAboutRequest());
		assertEquals(0, client.jobId());
		LogLine odd = LogLine.parse("garbage"); //$NON-NLS-1$
		assertEquals('?', odd.level());
		assertNull(odd.time());
	}

	@Test
	void excerptKeepsTheJobAndTheWarningsButNotTheClientLines() throws IOException {
		List<String> window = resource("window-eight-jobs.log"); //$NON-NLS-1$
		LogExcerpt e = LogExcerpt.select(window, 1);
		assertEquals(window.size(), e.lines().size() + e.omitted());
		assertTrue(e.lines().stream().noneMatch(l -> l.contains("[Client ")), e.lines().toString()); //$NON-NLS-1$
		assertTrue(window.stream().anyMatch(l -> l.contains("[Client ")), "the window has client lines"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.lines().containsAll(window.stream().filter(l -> l.contains("[Job 1] ")).toList())); //$NON-NLS-1$
		assertTrue(e.lines().stream().anyMatch(l -> l.contains("[Job 6] ") && l.startsWith("E ")), //$NON-NLS-1$ //$NON-NLS-2$
				"other jobs' errors stay"); //$NON-NLS-1$
		assertTrue(e.lines().stream().noneMatch(l -> l.contains("[Job 6] ") && l.startsWith("D ")), //$NON-NLS-1$ //$NON-NLS-2$
				"other jobs' debug lines go"); //$NON-NLS-1$
		assertTrue(e.omitted() > e.lines().size(), e.omitted() + " / " + e.lines().size()); //$NON-NLS-1$
	}

	private static void assertKind(CauseKind kind, String message) {
		char level = message.startsWith("Connection error") || message.startsWith("ATTR") || message.startsWith("PID") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				? 'D' : 'E';
		LogAnalysis a = ErrorLogParser.parse(List.of(line(level, 5, 42, message)), 42);
		assertEquals(kind, a.causes().isEmpty() ? null : a.causes().get(0).kind(), message + " -> " + a.causes());
		assertEquals(42, a.causes().get(0).jobId());
	}

	private static String line(char level, int second, int job, String message) {
		return level + " " + T + String.format("%02d", Integer.valueOf(second)) + " +0000] [Job " + job + "] " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ message;
	}
}
