package org.cupola.ipp.log;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the CUPS error log, {@code L [03/Dec/2026:09:35:16 +0000] [Job 1] message}: its level letter, time, job
 * and message (with CUPS's backslash escapes undone). A line that does not have this shape is kept with level
 * {@code '?'} and the whole text as message.
 *
 * @param level
 *            E error, W warning, N notice, I info, D debug, d debug2, C/A/X critical/alert/emergency, '?' unknown
 * @param time
 *            when, or null
 * @param jobId
 *            the job of a {@code [Job N]} line, else 0
 * @param message
 *            the text after the time (and after {@code [Job N] })
 * @param raw
 *            the line as read
 */
public record LogLine(char level, Instant time, int jobId, String message, String raw) {

	private static final Pattern LINE = Pattern.compile("^([EWNIDdCAX]) \\[([^\\]]+)\\] (?:\\[Job (\\d+)\\] )?(.*)$"); //$NON-NLS-1$
	private static final Pattern SCOPE = Pattern.compile("^\\[(Client|CGI|Subscription|cups-deviced|cups-driverd) ?[^\\]]*\\]"); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT); //$NON-NLS-1$

	/**
	 * Parses a line.
	 *
	 * @param raw
	 *            the line, without its line break
	 * @return the parsed line (never null)
	 */
	public static LogLine parse(String raw) {
		Matcher m = LINE.matcher(raw);
		if (!m.matches()) {
			return new LogLine('?', null, 0, raw, raw);
		}
		Instant time;
		try {
			time = OffsetDateTime.parse(m.group(2), TIME).toInstant();
		} catch (DateTimeParseException e) {
			time = null;
		}
		int job = 0;
		if (m.group(3) != null) {
			try {
				job = Integer.parseInt(m.group(3));
			} catch (NumberFormatException e) {
				job = 0;
			}
		}
		return new LogLine(m.group(1).charAt(0), time, job, unescape(m.group(4)), raw);
	}

	/** {@return whether the line is a warning or worse (W, E, C, A, X)} */
	public boolean isWarningOrError() {
		return level == 'W' || level == 'E' || level == 'C' || level == 'A' || level == 'X';
	}

	/** {@return whether the line is an error or worse (E, C, A, X)} */
	public boolean isError() {
		return level == 'E' || level == 'C' || level == 'A' || level == 'X';
	}

	/**
	 * {@return whether cupsd wrote it about a client request, a CGI, a subscription or a helper (e.g. the
	 * {@code [Client 25] ...} lines logging the troubleshooter's own requests), not about a job or a printer}
	 */
	public boolean isAboutRequest() {
		return jobId == 0 && SCOPE.matcher(message).find();
	}

	/** CUPS escapes quotes and backslashes in the log ({@code \"}, {@code \'}, {@code \\}). */
	private static String unescape(String s) {
		if (s.indexOf('\\') < 0) {
			return s;
		}
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length() && "\"'\\".indexOf(s.charAt(i + 1)) >= 0) { //$NON-NLS-1$
				sb.append(s.charAt(++i));
			} else {
				sb.append(c);
			}
		}
		return sb.toString();
	}
}
