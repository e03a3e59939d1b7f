package org.cupola.ipp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An IEEE 1284 device ID ({@code MFG:HP;MDL:LaserJet 4000;CMD:PJL,PCL,POSTSCRIPT;}), as printers report it and as
 * CUPS lists it for devices ({@code device-id}) and drivers ({@code ppd-device-id}). Keys are compared without regard
 * to case; the long and short spellings are both read ({@code MANUFACTURER}/{@code MFG}, {@code MODEL}/{@code MDL},
 * {@code COMMAND SET}/{@code CMD}).
 *
 * @param fields
 *            every key (upper case) with its value, in the order given
 */
public record DeviceId(Map<String, String> fields) {

	/** The empty device ID. */
	public static final DeviceId EMPTY = new DeviceId(Map.of());

	/**
	 * Keeps an unmodifiable copy.
	 */
	public DeviceId {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/**
	 * Parses a device ID; malformed pairs (no colon) are skipped, white space around keys and values is dropped.
	 *
	 * @param text
	 *            the device ID, or null
	 * @return the parsed ID, {@link #EMPTY} for null or blank text
	 */
	public static DeviceId parse(String text) {
		if (text == null || text.isBlank()) {
			return EMPTY;
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (String pair : text.split(";")) { //$NON-NLS-1$
			int colon = pair.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String key = pair.substring(0, colon).strip().toUpperCase(Locale.ROOT);
			String value = pair.substring(colon + 1).strip();
			if (!key.isEmpty() && !map.containsKey(key)) {
				map.put(key, value);
			}
		}
		return new DeviceId(map);
	}

	/**
	 * A device ID made of a make and model only, e.g. from {@code printer-make-and-model} when a printer reports no
	 * device ID: the first word is taken as the make ({@code Hewlett-Packard} and {@code HP} alike).
	 *
	 * @param makeAndModel
	 *            e.g. "HP LaserJet 4000", or null
	 * @return the ID, {@link #EMPTY} for null, blank or "Unknown"
	 */
	public static DeviceId fromMakeAndModel(String makeAndModel) {
		if (makeAndModel == null || makeAndModel.isBlank() || "unknown".equalsIgnoreCase(makeAndModel.strip())) { //$NON-NLS-1$
			return EMPTY;
		}
		String s = makeAndModel.strip();
		int space = s.indexOf(' ');
		if (space < 0) {
			return new DeviceId(Map.of("MFG", s)); //$NON-NLS-1$
		}
		Map<String, String> map = new LinkedHashMap<>();
		map.put("MFG", s.substring(0, space)); //$NON-NLS-1$
		map.put("MDL", s.substring(space + 1).strip()); //$NON-NLS-1$
		return new DeviceId(map);
	}

	/** {@return the value of a key (any case), or an empty string} */
	public String get(String key) {
		String v = fields.get(key.toUpperCase(Locale.ROOT));
		return v == null ? "" : v; //$NON-NLS-1$
	}

	/** {@return the manufacturer ({@code MFG} or {@code MANUFACTURER}), or an empty string} */
	public String manufacturer() {
		return first("MFG", "MANUFACTURER"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the model ({@code MDL} or {@code MODEL}), or an empty string} */
	public String model() {
		return first("MDL", "MODEL"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the page description languages ({@code CMD} or {@code COMMAND SET}), as given, e.g. [PJL, PCL]} */
	public List<String> commandSet() {
		String cmd = first("CMD", "COMMAND SET"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> list = new ArrayList<>();
		for (String s : cmd.split(",")) { //$NON-NLS-1$
			if (!s.isBlank()) {
				list.add(s.strip());
			}
		}
		return List.copyOf(list);
	}

	/** {@return whether neither manufacturer, model nor command set is known} */
	public boolean isEmpty() {
		return manufacturer().isEmpty() && model().isEmpty() && commandSet().isEmpty();
	}

	private String first(String a, String b) {
		String v = get(a);
		return v.isEmpty() ? get(b) : v;
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();
		fields.forEach((k, v) -> sb.append(k).append(':').append(v).append(';'));
		return sb.toString();
	}
}
