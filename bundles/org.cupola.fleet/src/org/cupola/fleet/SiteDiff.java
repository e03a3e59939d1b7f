package org.cupola.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cupola.fleet.Difference.Kind;
import org.cupola.fleet.internal.DeviceUris;
import org.cupola.fleet.internal.PpdText;

/**
 * Compares a wanted site with an actual one: what {@code cupola apply} would change. A setting the wanted side does
 * not have is not managed and never a difference; runtime state (jobs, state messages, markers) is not in a site at
 * all. Device URIs are compared without passwords (CUPS never reports them), PPDs by their option defaults and by
 * the rest of their text, the server section only when both sides have one.
 */
public final class SiteDiff {

	private SiteDiff() {
	}

	/**
	 * @param wanted
	 *            the wanted site (a file, or the reference server)
	 * @param actual
	 *            the actual site (a server)
	 * @return the differences, in a stable order: server, printers, classes, default destination
	 */
	public static List<Difference> compare(Site wanted, Site actual) {
		List<Difference> out = new ArrayList<>();
		server(wanted.server(), actual.server(), out);
		queues(Difference.PRINTER, wanted.printers(), actual.printers(), out);
		queues(Difference.CLASS, wanted.classes(), actual.classes(), out);
		if (!Objects.equals(wanted.defaultDestination(), actual.defaultDestination())) {
			out.add(new Difference(Kind.CHANGED, Difference.DEFAULT, null, null, wanted.defaultDestination(),
					actual.defaultDestination()));
		}
		return out;
	}

	/** {@return the differences of one queue's settings (both sides present)} */
	public static List<Difference> compareQueue(String kind, String name, Map<String, Object> wanted,
			Map<String, Object> actual) {
		List<Difference> out = new ArrayList<>();
		queue(kind, name, wanted, actual, out);
		return out;
	}

	private static void server(Map<String, Object> wanted, Map<String, Object> actual, List<Difference> out) {
		if (wanted == null || actual == null) {
			return;
		}
		for (String section : new String[] { Site.SERVER_SETTINGS, Site.SERVER_DIRECTIVES }) {
			Map<String, Object> w = map(wanted.get(section));
			Map<String, Object> a = map(actual.get(section));
			for (Map.Entry<String, Object> e : w.entrySet()) {
				Object have = a.get(e.getKey());
				if (!sameScalar(e.getValue(), have)) {
					String key = section.equals(Site.SERVER_DIRECTIVES) ? section + '/' + e.getKey() : e.getKey();
					out.add(new Difference(Kind.CHANGED, Difference.SERVER, null, key, e.getValue(), have));
				}
			}
		}
	}

	private static void queues(String kind, Map<String, Map<String, Object>> wanted,
			Map<String, Map<String, Object>> actual, List<Difference> out) {
		TreeSet<String> names = new TreeSet<>(wanted.keySet());
		names.addAll(actual.keySet());
		for (String name : names) {
			Map<String, Object> w = wanted.get(name);
			Map<String, Object> a = actual.get(name);
			if (a == null) {
				out.add(new Difference(Kind.MISSING, kind, name, null, null, null));
			} else if (w == null) {
				out.add(new Difference(Kind.EXTRA, kind, name, null, null, null));
			} else {
				queue(kind, name, w, a, out);
			}
		}
	}

	private static void queue(String kind, String name, Map<String, Object> w, Map<String, Object> a,
			List<Difference> out) {
		for (Map.Entry<String, Object> e : w.entrySet()) {
			String key = e.getKey();
			Object want = e.getValue();
			Object have = a.get(key);
			switch (key) {
			case Site.PPD, Site.PPD_DEFAULTS -> {
				// compared below, with the driver
			}
			case Site.JOB_DEFAULTS -> {
				Map<String, Object> haveMap = map(have);
				for (Map.Entry<String, Object> d : map(want).entrySet()) {
					if (!sameScalar(d.getValue(), haveMap.get(d.getKey()))) {
						out.add(new Difference(Kind.CHANGED, kind, name, key + '/' + d.getKey(), d.getValue(),
								haveMap.get(d.getKey())));
					}
				}
			}
			case Site.DEVICE_URI -> {
				if (!DeviceUris.same(str(want), str(have))) {
					out.add(new Difference(Kind.CHANGED, kind, name, key, want, have));
				}
			}
			case Site.USERS_ALLOWED, Site.USERS_DENIED -> {
				// compared below as one access list
			}
			default -> {
				if (!same(want, have)) {
					out.add(new Difference(Kind.CHANGED, kind, name, key, want, have));
				}
			}
			}
		}
		for (String key : new String[] { Site.USERS_ALLOWED, Site.USERS_DENIED }) {
			if (!same(list(w.get(key)), list(a.get(key)))) {
				out.add(new Difference(Kind.CHANGED, kind, name, key, w.get(key), a.get(key)));
			}
		}
		if (Site.DRIVER_PPD.equals(w.get(Site.DRIVER)) && Site.DRIVER_PPD.equals(a.get(Site.DRIVER))) {
			List<String> wl = lines(w.get(Site.PPD));
			List<String> al = lines(a.get(Site.PPD));
			if (!PpdText.withoutDefaults(wl).equals(PpdText.withoutDefaults(al))) {
				out.add(new Difference(Kind.CHANGED, kind, name, Site.PPD, null, null));
			}
			Map<String, Object> wd = w.containsKey(Site.PPD_DEFAULTS) ? map(w.get(Site.PPD_DEFAULTS)) : PpdText.defaults(wl);
			Map<String, Object> ad = PpdText.defaults(al);
			for (Map.Entry<String, Object> d : wd.entrySet()) {
				if (!sameScalar(d.getValue(), ad.get(d.getKey()))) {
					out.add(new Difference(Kind.CHANGED, kind, name, Site.PPD_DEFAULTS + '/' + d.getKey(),
							d.getValue(), ad.get(d.getKey())));
				}
			}
		}
	}

	static boolean same(Object a, Object b) {
		if (a instanceof List<?> la && b instanceof List<?> lb) {
			if (la.size() != lb.size()) {
				return false;
			}
			for (int i = 0; i < la.size(); i++) {
				if (!sameScalar(la.get(i), lb.get(i))) {
					return false;
				}
			}
			return true;
		}
		return sameScalar(a, b);
	}

	/** Numbers compare by value, everything else with equals; strings exactly. */
	static boolean sameScalar(Object a, Object b) {
		if (a instanceof Number na && b instanceof Number nb) {
			return na.doubleValue() == nb.doubleValue();
		}
		return Objects.equals(a, b);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new TreeMap<>();
	}

	static List<?> list(Object o) {
		return o instanceof List<?> l ? l : List.of();
	}

	static List<String> lines(Object o) {
		return list(o).stream().map(String::valueOf).toList();
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}
}
