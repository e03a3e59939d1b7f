package org.cupola.ipp.ppd;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the {@code *DefaultOption: Choice} lines of a PPD, as {@code lpadmin -o Option=Choice} does before it
 * uploads the PPD again: only existing lines change, every other byte stays (work on the text decoded as ISO-8859-1
 * to keep any encoding intact). A new {@code PageSize} default also becomes the {@code PageRegion} default, as in
 * lpadmin.
 */
public final class PpdDefaults {

	private static final Pattern DEFAULT = Pattern.compile("(?m)^\\*Default([^:\\s/]+)(\\s*:\\s*)(\\S*)([ \\t]*)(\r?)$"); //$NON-NLS-1$

	private PpdDefaults() {
	}

	/**
	 * @param text
	 *            the PPD's text
	 * @param defaults
	 *            option keyword → new default choice keyword
	 * @return the text with those {@code *Default} lines rewritten
	 */
	public static String rewrite(String text, Map<String, String> defaults) {
		Map<String, String> wanted = new HashMap<>(defaults);
		if (wanted.containsKey("PageSize") && !wanted.containsKey("PageRegion")) { //$NON-NLS-1$ //$NON-NLS-2$
			wanted.put("PageRegion", wanted.get("PageSize")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Matcher m = DEFAULT.matcher(text);
		StringBuilder sb = new StringBuilder(text.length());
		while (m.find()) {
			String value = wanted.get(m.group(1));
			String line = value == null ? m.group()
					: "*Default" + m.group(1) + m.group(2) + value + m.group(4) + m.group(5); //$NON-NLS-1$
			m.appendReplacement(sb, Matcher.quoteReplacement(line));
		}
		m.appendTail(sb);
		return sb.toString();
	}
}
