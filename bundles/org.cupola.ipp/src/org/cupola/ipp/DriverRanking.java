package org.cupola.ipp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cupola.ipp.internal.drivers.PrinterNames;

/**
 * Ranks the server's drivers (CUPS-Get-PPDs) for one printer by its IEEE 1284 device ID, best first, each with the
 * reason it was chosen: IPP Everywhere when the printer speaks IPP, then a driver whose {@code ppd-device-id} names
 * the same make and model, then one whose make and model match, then one made for the model's series, and last the
 * generic drivers of a page description language the printer's command set ({@code CMD}) lists (PostScript, PDF,
 * PCL XL, PCL, in that order). Drivers for another make, and drivers that match nothing, are not recommended.
 * UI-free and cheap: thousands of drivers rank in milliseconds.
 */
public final class DriverRanking {

	/** The {@code ppd-name} of IPP Everywhere (driverless) queues. */
	public static final String EVERYWHERE = "everywhere"; //$NON-NLS-1$

	/** Why a driver is recommended, strongest first. */
	public enum Match {
		/** The printer speaks IPP: driverless printing, no PPD needed. */
		EVERYWHERE,
		/** The driver's {@code ppd-device-id} has the printer's manufacturer and model. */
		DEVICE_ID,
		/** The driver's make and model name the printer's make and model. */
		MAKE_AND_MODEL,
		/** The driver is made for the series the printer's model belongs to (e.g. HP LaserJet). */
		SERIES,
		/** A generic driver for a language in the printer's command set. */
		LANGUAGE;

		/** {@return whether the match names this very printer or its series, not only a language it speaks} */
		public boolean isModelSpecific() {
			return this != LANGUAGE;
		}
	}

	/**
	 * One recommended driver.
	 *
	 * @param ppd
	 *            the driver; for {@link Match#EVERYWHERE} the {@value #EVERYWHERE} driver
	 * @param match
	 *            why it is recommended
	 * @param detail
	 *            what matched, for the explanation: the make and model (of the driver's device ID, or of the
	 *            printer), the series or the language (empty for {@link Match#EVERYWHERE})
	 */
	public record Recommendation(Ppd ppd, Match match, String detail) {
	}

	private DriverRanking() {
	}

	/**
	 * Ranks drivers for a printer.
	 *
	 * @param drivers
	 *            the server's drivers (CUPS-Get-PPDs)
	 * @param device
	 *            the printer's device ID (see {@link DeviceId#fromMakeAndModel(String)} when only a make and model
	 *            are known); may be {@link DeviceId#EMPTY}
	 * @param speaksIpp
	 *            whether the printer answers IPP and prints driverless (IPP Everywhere comes first)
	 * @return the recommended drivers, best first, each driver once; empty when nothing matches
	 */
	public static List<Recommendation> rank(List<Ppd> drivers, DeviceId device, boolean speaksIpp) {
		List<Scored> scored = new ArrayList<>();
		if (speaksIpp) {
			Ppd everywhere = drivers.stream().filter(p -> EVERYWHERE.equals(p.name())).findFirst()
					.orElse(new Ppd(EVERYWHERE, "", "IPP Everywhere", "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			scored.add(new Scored(new Recommendation(everywhere, Match.EVERYWHERE, ""), 1000)); //$NON-NLS-1$
		}
		String make = PrinterNames.make(device.manufacturer());
		String model = PrinterNames.model(device.model(), device.manufacturer());
		List<String> languages = PrinterNames.languages(device.commandSet());
		for (Ppd ppd : drivers) {
			if (EVERYWHERE.equals(ppd.name()) || "raw".equals(ppd.name())) { //$NON-NLS-1$
				continue;
			}
			Scored s = score(ppd, device, make, model, languages);
			if (s != null) {
				scored.add(s);
			}
		}
		scored.sort(Comparator.comparingInt(Scored::score).reversed()
				.thenComparing(s -> nonNull(s.recommendation().ppd().makeAndModel()), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(s -> nonNull(s.recommendation().ppd().name())));
		Set<String> seen = new LinkedHashSet<>();
		List<Recommendation> result = new ArrayList<>();
		for (Scored s : scored) {
			if (seen.add(s.recommendation().ppd().name())) {
				result.add(s.recommendation());
			}
		}
		return List.copyOf(result);
	}

	private static Scored score(Ppd ppd, DeviceId device, String make, String model, List<String> languages) {
		DeviceId id = DeviceId.parse(ppd.deviceId());
		String rawMake = !id.manufacturer().isEmpty() ? id.manufacturer()
				: !nonNull(ppd.make()).isBlank() ? ppd.make() : firstWord(ppd.makeAndModel());
		String ppdMake = PrinterNames.make(rawMake);
		List<String> ppdLanguages = PrinterNames.languages(id.commandSet());
		if (ppdLanguages.isEmpty()) {
			ppdLanguages = PrinterNames.languagesNamedIn(ppd.makeAndModel());
		}
		int bonus = languageBonus(ppdLanguages, languages);
		if (!make.isEmpty() && make.equals(ppdMake) && !model.isEmpty()) {
			String idModel = PrinterNames.model(id.model(), rawMake);
			String mmModel = PrinterNames.model(nonNull(ppd.makeAndModel()), rawMake);
			String shown = display(rawMake, id.model().isEmpty() ? model : id.model());
			if (!idModel.isEmpty() && idModel.equals(model)) {
				return scored(ppd, Match.DEVICE_ID, shown, 900 + bonus);
			}
			if (PrinterNames.startsWithWords(mmModel, model)) {
				return scored(ppd, Match.MAKE_AND_MODEL, display(device.manufacturer(), device.model()), 800 + bonus);
			}
			if (bonus < 0) {
				return null; // a series driver for a language this printer does not speak
			}
			String series = !idModel.isEmpty() ? idModel : PrinterNames.series(mmModel);
			if (!series.isEmpty() && PrinterNames.startsWithWords(model, series)) {
				String seriesShown = !id.model().isEmpty() ? display(rawMake, id.model())
						: PrinterNames.seriesName(ppd.makeAndModel());
				return scored(ppd, Match.SERIES, seriesShown, 700 + bonus);
			}
		}
		if (isGeneric(ppd, ppdMake)) {
			for (int i = 0; i < languages.size(); i++) {
				String language = languages.get(i);
				if (ppdLanguages.contains(language)) {
					return scored(ppd, Match.LANGUAGE, language, 600 - PrinterNames.preference(language));
				}
			}
		}
		return null;
	}

	/** Positive when the driver speaks one of the printer's languages, negative when it speaks only others. */
	private static int languageBonus(List<String> ppdLanguages, List<String> deviceLanguages) {
		if (ppdLanguages.isEmpty() || deviceLanguages.isEmpty()) {
			return 0;
		}
		for (String l : ppdLanguages) {
			if (deviceLanguages.contains(l)) {
				return 50 - PrinterNames.preference(l);
			}
		}
		return -1;
	}

	private static boolean isGeneric(Ppd ppd, String ppdMake) {
		return "generic".equals(ppdMake) //$NON-NLS-1$
				|| nonNull(ppd.makeAndModel()).toLowerCase(Locale.ROOT).startsWith("generic "); //$NON-NLS-1$
	}

	/** The model as written, with the make in front unless it already starts with it (or an alias of it). */
	private static String display(String rawMake, String rawModel) {
		String m = rawModel.strip();
		boolean hasMake = !PrinterNames.model(m, rawMake).equals(PrinterNames.words(m));
		return hasMake ? m : (rawMake.strip() + ' ' + m).strip();
	}

	private static Scored scored(Ppd ppd, Match match, String detail, int score) {
		return new Scored(new Recommendation(ppd, match, nonNull(detail)), score);
	}

	private static String firstWord(String s) {
		String t = nonNull(s).strip();
		int space = t.indexOf(' ');
		return space < 0 ? t : t.substring(0, space);
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	private record Scored(Recommendation recommendation, int score) {
	}
}
