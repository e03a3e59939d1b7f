package org.cupola.ipp.internal.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalized printer makes, models and page description languages, so that "Hewlett-Packard" and "HP", "HP Color
 * LaserJet" with make HP and "Color LaserJet", "POSTSCRIPT" and "BR-Script" compare equal.
 */
public final class PrinterNames {

	/** Canonical languages, in the order a generic driver for them is preferred. */
	public static final List<String> LANGUAGES = List.of("PostScript", "PDF", "PCL XL", "PCL", "PWG Raster"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+"); //$NON-NLS-1$

	/** Normalized make aliases to the normalized make. */
	private static final Map<String, String> MAKES = Map.ofEntries(Map.entry("hewlett packard", "hp"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("kyocera mita", "kyocera"), Map.entry("oki data", "oki"), Map.entry("okidata", "oki"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("seiko epson", "epson"), Map.entry("konica minolta", "konica minolta"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("fujixerox", "fuji xerox")); //$NON-NLS-1$ //$NON-NLS-2$

	/** Trailing words of a company name that do not tell makes apart. */
	private static final List<String> COMPANY_WORDS = List.of("inc", "corp", "corporation", "co", "ltd", "company", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"international", "industries", "electronics"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private PrinterNames() {
	}

	/** {@return lower case words separated by single spaces, punctuation dropped} */
	public static String words(String s) {
		return s == null ? "" : NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the normalized make: "Hewlett-Packard" and "HP" give "hp", "Brother Industries" gives "brother"} */
	public static String make(String raw) {
		String w = words(raw);
		boolean trimmed = true;
		while (trimmed) {
			trimmed = false;
			for (String c : COMPANY_WORDS) {
				if (w.endsWith(' ' + c)) {
					w = w.substring(0, w.length() - c.length() - 1);
					trimmed = true;
				}
			}
		}
		return MAKES.getOrDefault(w, w);
	}

	/**
	 * {@return the normalized model without a leading make: "HP Color LaserJet 3600" of make "Hewlett-Packard" gives
	 * "color laserjet 3600"}
	 */
	public static String model(String rawModel, String rawMake) {
		String m = words(rawModel);
		String make = make(rawMake);
		if (make.isEmpty()) {
			return m;
		}
		List<String> prefixes = new ArrayList<>(List.of(words(rawMake), make));
		MAKES.forEach((alias, canonical) -> {
			if (canonical.equals(make)) {
				prefixes.add(alias);
			}
		});
		for (String p : prefixes) {
			if (!p.isEmpty() && m.startsWith(p + ' ')) {
				return m.substring(p.length() + 1);
			}
		}
		return m;
	}

	/** {@return whether the words of {@code text} begin with all the words of {@code prefix}} */
	public static boolean startsWithWords(String text, String prefix) {
		return !prefix.isEmpty() && (text.equals(prefix) || text.startsWith(prefix + ' '));
	}

	/** {@return the normalized words before "series" ("laserjet" of "laserjet series pcl 4 5"), or empty} */
	public static String series(String normalizedModel) {
		int i = (' ' + normalizedModel + ' ').indexOf(" series "); //$NON-NLS-1$
		return i <= 0 ? "" : normalizedModel.substring(0, i - 1).strip(); //$NON-NLS-1$
	}

	/** {@return the text before " Series" as written ("HP LaserJet" of "HP LaserJet Series PCL 4/5")} */
	public static String seriesName(String makeAndModel) {
		String s = makeAndModel == null ? "" : makeAndModel; //$NON-NLS-1$
		int i = s.toLowerCase(Locale.ROOT).indexOf(" series"); //$NON-NLS-1$
		return i < 0 ? s.strip() : s.substring(0, i).strip();
	}

	/**
	 * {@return the canonical languages of a command set ({@code CMD}), ordered by {@link #LANGUAGES}; PJL and
	 * languages no generic driver speaks are left out}
	 */
	public static List<String> languages(List<String> commandSet) {
		boolean[] has = new boolean[LANGUAGES.size()];
		for (String c : commandSet) {
			String l = language(c);
			if (l != null) {
				has[LANGUAGES.indexOf(l)] = true;
			}
		}
		List<String> result = new ArrayList<>();
		for (int i = 0; i < has.length; i++) {
			if (has[i]) {
				result.add(LANGUAGES.get(i));
			}
		}
		return result;
	}

	/** {@return the languages a driver's make and model names, e.g. PostScript of "Generic PostScript Printer"} */
	public static List<String> languagesNamedIn(String makeAndModel) {
		String w = ' ' + words(makeAndModel) + ' ';
		List<String> tokens = new ArrayList<>();
		if (w.contains(" postscript ")) { //$NON-NLS-1$
			tokens.add("POSTSCRIPT"); //$NON-NLS-1$
		}
		if (w.contains(" pdf ")) { //$NON-NLS-1$
			tokens.add("PDF"); //$NON-NLS-1$
		}
		if (w.contains(" pcl 6 ") || w.contains(" pcl6 ") || w.contains(" pcl xl ") || w.contains(" pxl ")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			tokens.add("PCLXL"); //$NON-NLS-1$
		} else if (w.contains(" pcl ")) { //$NON-NLS-1$
			tokens.add("PCL"); //$NON-NLS-1$
		}
		return languages(tokens);
	}

	/** {@return the canonical language of one command-set entry, or null} */
	static String language(String token) {
		String t = token.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		if (t.equals("PS") || t.startsWith("POSTSCRIPT") || t.equals("PS2") || t.equals("PS3") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| t.equals("BRSCRIPT") || t.equals("KPDL")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "PostScript"; //$NON-NLS-1$
		}
		if (t.equals("PDF")) { //$NON-NLS-1$
			return "PDF"; //$NON-NLS-1$
		}
		if (t.equals("PCLXL") || t.equals("PCL6") || t.equals("PXL")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return "PCL XL"; //$NON-NLS-1$
		}
		if (t.equals("PCL") || t.equals("PCL5") || t.equals("PCL5E") || t.equals("PCL5C")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return "PCL"; //$NON-NLS-1$
		}
		if (t.equals("PWGRASTER") || t.equals("PWG")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "PWG Raster"; //$NON-NLS-1$
		}
		return null;
	}

	/** {@return the rank of a canonical language in {@link #LANGUAGES} (0 is preferred)} */
	public static int preference(String language) {
		int i = LANGUAGES.indexOf(language);
		return i < 0 ? LANGUAGES.size() : i;
	}
}
