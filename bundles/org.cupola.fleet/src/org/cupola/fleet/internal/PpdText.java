package org.cupola.fleet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PPD file as the site description holds it: its lines, and the option defaults its {@code *DefaultOption: value}
 * lines set (what {@code lpadmin -o Option=value} rewrites). Only the defaults of options the PPD declares
 * ({@code *OpenUI *Option}) count; {@code *DefaultResolution}-style lines of other kinds stay part of the text.
 */
public final class PpdText {

	private static final Pattern DEFAULT = Pattern.compile("^\\*Default([^:\\s/]+)\\s*:\\s*(.*?)\\s*$"); //$NON-NLS-1$
	private static final Pattern OPEN_UI = Pattern.compile("^\\*(?:JCL)?OpenUI\\s+\\*([^:/\\s]+)"); //$NON-NLS-1$

	private PpdText() {
	}

	/** {@return the lines of a PPD, without line terminators} */
	public static List<String> lines(String ppd) {
		List<String> lines = new ArrayList<>(List.of(ppd.split("\r?\n", -1))); //$NON-NLS-1$
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	/** {@return the text of the lines, each ending with a newline} */
	public static String text(List<String> lines) {
		StringBuilder sb = new StringBuilder();
		for (String l : lines) {
			sb.append(l).append('\n');
		}
		return sb.toString();
	}

	/** {@return option → default, for the options the PPD declares with OpenUI} */
	public static Map<String, Object> defaults(List<String> lines) {
		List<String> options = new ArrayList<>();
		for (String l : lines) {
			Matcher m = OPEN_UI.matcher(l);
			if (m.find()) {
				options.add(m.group(1));
			}
		}
		Map<String, Object> defaults = new TreeMap<>();
		for (String l : lines) {
			Matcher m = DEFAULT.matcher(l);
			if (m.matches() && options.contains(m.group(1))) {
				defaults.put(m.group(1), m.group(2));
			}
		}
		return defaults;
	}

	/** {@return the lines with the {@code *Default} lines of the given options rewritten to the given values} */
	public static List<String> withDefaults(List<String> lines, Map<String, Object> defaults) {
		List<String> result = new ArrayList<>(lines.size());
		for (String l : lines) {
			Matcher m = DEFAULT.matcher(l);
			if (m.matches() && defaults.get(m.group(1)) != null) {
				result.add("*Default" + m.group(1) + ": " + defaults.get(m.group(1))); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				result.add(l);
			}
		}
		return result;
	}

	/** {@return the lines without the {@code *Default} lines of declared options (to compare the rest)} */
	public static List<String> withoutDefaults(List<String> lines) {
		Map<String, Object> defaults = defaults(lines);
		List<String> result = new ArrayList<>(lines.size());
		for (String l : lines) {
			Matcher m = DEFAULT.matcher(l);
			if (!(m.matches() && defaults.containsKey(m.group(1)))) {
				result.add(l);
			}
		}
		return result;
	}

	/** {@return whether the PPD is one CUPS generated for an IPP Everywhere printer} */
	public static boolean isEverywhere(List<String> lines) {
		for (String l : lines) {
			if (l.startsWith("*NickName:")) { //$NON-NLS-1$
				return l.contains("IPP Everywhere"); //$NON-NLS-1$
			}
		}
		return false;
	}
}
