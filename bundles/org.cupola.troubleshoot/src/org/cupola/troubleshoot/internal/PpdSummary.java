package org.cupola.troubleshoot.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The few facts the troubleshooter needs from a PPD, parsed minimally: is it a PPD at all, which filter programs its
 * {@code *cupsFilter} / {@code *cupsFilter2} lines name, and its {@code *DefaultPageSize}. Not a PPD validator
 * (cupstestppd is not run: it may not be installed next to the server).
 *
 * @param valid
 *            whether the text starts with {@code *PPD-Adobe:}
 * @param filters
 *            the filter programs (without "-", the no-op filter), in order, without duplicates
 * @param defaultPageSize
 *            {@code *DefaultPageSize}, or null
 * @param problems
 *            what is wrong, in plain words (empty when fine)
 */
public record PpdSummary(boolean valid, List<String> filters, String defaultPageSize, List<String> problems) {

	private static final String CUPS_FILTER = "*cupsFilter:"; //$NON-NLS-1$
	private static final String CUPS_FILTER2 = "*cupsFilter2:"; //$NON-NLS-1$
	private static final String DEFAULT_PAGE_SIZE = "*DefaultPageSize:"; //$NON-NLS-1$

	/**
	 * Parses a PPD.
	 *
	 * @param text
	 *            the PPD text
	 * @return the summary
	 */
	public static PpdSummary parse(String text) {
		List<String> problems = new ArrayList<>();
		String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$ //$NON-NLS-2$
		boolean valid = body.startsWith("*PPD-Adobe:"); //$NON-NLS-1$
		if (!valid) {
			problems.add(Messages.Ppd_notAPpd);
		}
		Set<String> filters = new LinkedHashSet<>();
		String pageSize = null;
		int lineNo = 0;
		for (String raw : body.split("\r\n|\r|\n")) { //$NON-NLS-1$
			lineNo++;
			String line = raw.strip();
			if (line.startsWith(CUPS_FILTER2)) {
				// "src/type dst/type cost program"
				String value = unquote(line.substring(CUPS_FILTER2.length()));
				String[] parts = value.split("\\s+"); //$NON-NLS-1$
				if (parts.length < 4) {
					problems.add(Messages.bind(Messages.Ppd_badFilterLine, Integer.valueOf(lineNo), line));
				} else {
					addProgram(filters, parts[3]);
				}
			} else if (line.startsWith(CUPS_FILTER)) {
				// "src/type cost program"
				String value = unquote(line.substring(CUPS_FILTER.length()));
				String[] parts = value.split("\\s+"); //$NON-NLS-1$
				if (parts.length < 3) {
					problems.add(Messages.bind(Messages.Ppd_badFilterLine, Integer.valueOf(lineNo), line));
				} else {
					addProgram(filters, parts[2]);
				}
			} else if (line.startsWith(DEFAULT_PAGE_SIZE) && pageSize == null) {
				pageSize = line.substring(DEFAULT_PAGE_SIZE.length()).strip();
			}
		}
		return new PpdSummary(valid, List.copyOf(filters), pageSize, List.copyOf(problems));
	}

	private static void addProgram(Set<String> filters, String program) {
		if (!"-".equals(program) && !program.isEmpty()) { //$NON-NLS-1$
			filters.add(program);
		}
	}

	private static String unquote(String s) {
		String t = s.strip();
		if (t.startsWith("\"")) { //$NON-NLS-1$
			t = t.substring(1);
		}
		int end = t.indexOf('"');
		return (end >= 0 ? t.substring(0, end) : t).strip();
	}
}
