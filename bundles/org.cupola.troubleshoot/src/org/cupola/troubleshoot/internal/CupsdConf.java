package org.cupola.troubleshoot.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Minimal edits of cupsd.conf for the troubleshooter: read and set top-level directives (outside
 * {@code <Location>}/{@code <Policy>} blocks), keeping every other byte as it was. The bytes are handled as
 * ISO-8859-1 so that any encoding survives the round trip.
 */
public final class CupsdConf {

	private CupsdConf() {
	}

	/**
	 * @param conf
	 *            cupsd.conf
	 * @param directive
	 *            e.g. {@code LogLevel}
	 * @return the value of the first top-level occurrence, or null
	 */
	public static String get(byte[] conf, String directive) {
		int depth = 0;
		for (String line : lines(conf)) {
			String t = line.strip();
			if (t.startsWith("</")) { //$NON-NLS-1$
				depth = Math.max(0, depth - 1);
			} else if (t.startsWith("<")) { //$NON-NLS-1$
				depth++;
			} else if (depth == 0 && isDirective(t, directive)) {
				return t.substring(directive.length()).strip();
			}
		}
		return null;
	}

	/**
	 * Sets a top-level directive: replaces its first top-level occurrence, or inserts it at the top.
	 *
	 * @param conf
	 *            cupsd.conf
	 * @param directive
	 *            e.g. {@code LogLevel}
	 * @param value
	 *            e.g. {@code debug}
	 * @return the new bytes
	 */
	public static byte[] set(byte[] conf, String directive, String value) {
		List<String> lines = lines(conf);
		String newline = new String(conf, StandardCharsets.ISO_8859_1).contains("\r\n") ? "\r\n" : "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		int depth = 0;
		boolean done = false;
		for (int i = 0; i < lines.size() && !done; i++) {
			String t = lines.get(i).strip();
			if (t.startsWith("</")) { //$NON-NLS-1$
				depth = Math.max(0, depth - 1);
			} else if (t.startsWith("<")) { //$NON-NLS-1$
				depth++;
			} else if (depth == 0 && isDirective(t, directive)) {
				lines.set(i, directive + ' ' + value);
				done = true;
			}
		}
		if (!done) {
			lines.add(0, directive + ' ' + value);
		}
		String text = String.join(newline, lines);
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * @param level
	 *            a LogLevel value, may be null
	 * @return whether it logs debug messages
	 */
	public static boolean isDebug(String level) {
		return level != null && level.toLowerCase(Locale.ROOT).startsWith("debug"); //$NON-NLS-1$
	}

	private static boolean isDirective(String line, String directive) {
		return line.length() > directive.length() && line.regionMatches(true, 0, directive, 0, directive.length())
				&& Character.isWhitespace(line.charAt(directive.length()));
	}

	/** The lines; the last element is empty when the text ends with a newline (so joining restores it). */
	private static List<String> lines(byte[] conf) {
		String text = new String(conf, StandardCharsets.ISO_8859_1);
		return new ArrayList<>(List.of(text.split("\r\n|\n", -1))); //$NON-NLS-1$
	}
}
