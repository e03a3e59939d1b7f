package org.cupola.ipp.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cupola.ipp.server.CupsdConf.Entry;

/**
 * "Allow users to cancel any job": the {@code <Limit>} of {@code <Policy default>} that governs {@code Cancel-Job}
 * (the one that lists it, else {@code <Limit All>}). As {@code cupsAdminGetServerSettings} reads it, any user may
 * cancel any job when that limit has no {@code Require} line. The edits are {@code cupsAdminSetServerSettings}'s, in
 * place: on, {@code Cancel-Job} leaves its limit (the whole section when it was the only operation); off, the
 * limit that lists it gets {@code Require user @OWNER @SYSTEM}, or a new {@code <Limit Cancel-Job>} is inserted
 * before {@code <Limit All>} (or before {@code </Policy>}).
 */
final class CancelPolicy {

	private static final String CANCEL_JOB = "Cancel-Job"; //$NON-NLS-1$
	private static final String LIMIT = "<Limit"; //$NON-NLS-1$
	private static final String REQUIRE_OWNER = "Require user @OWNER @SYSTEM"; //$NON-NLS-1$
	private static final String STEP = "  "; //$NON-NLS-1$

	/** One {@code <Limit ops>} ... {@code </Limit>} section of the default policy. */
	private record Limit(Entry open, int close, List<String> operations, boolean requires, String childIndent) {
		boolean lists(String operation) {
			return operations.stream().anyMatch(operation::equalsIgnoreCase);
		}
	}

	private CancelPolicy() {
	}

	static boolean userCancelAny(CupsdConf conf) {
		Limit limit = governing(limits(conf));
		return limit == null || !limit.requires();
	}

	static void setUserCancelAny(CupsdConf conf, boolean any) {
		if (any) {
			List<Limit> limits = limits(conf);
			for (int i = limits.size() - 1; i >= 0; i--) {
				Limit limit = limits.get(i);
				if (!limit.lists(CANCEL_JOB)) {
					continue;
				}
				List<String> rest = new ArrayList<>(limit.operations());
				rest.removeIf(CANCEL_JOB::equalsIgnoreCase);
				if (rest.isEmpty()) {
					conf.removeLines(limit.open().index(), limit.close());
				} else {
					Entry open = limit.open();
					conf.replaceLine(open.index(), open.indent() + LIMIT + ' ' + String.join(" ", rest) + '>' //$NON-NLS-1$
							+ open.comment());
				}
			}
			if (!userCancelAny(conf)) {
				insertLimit(conf, false); // <Limit All> requires a user: Cancel-Job gets its own open limit
			}
			return;
		}
		List<Limit> limits = limits(conf);
		Limit governing = governing(limits);
		if (governing != null && governing.lists(CANCEL_JOB)) {
			conf.insertLine(governing.open().index() + 1, governing.childIndent() + REQUIRE_OWNER);
		} else {
			insertLimit(conf, true);
		}
	}

	/** Inserts {@code <Limit Cancel-Job>} before {@code <Limit All>} or {@code </Policy>} of the default policy. */
	private static void insertLimit(CupsdConf conf, boolean require) {
		List<Limit> limits = limits(conf);
		int at = -1;
		String indent = STEP;
		for (Limit limit : limits) {
			if (limit.lists("All")) { //$NON-NLS-1$
				at = limit.open().index();
				indent = limit.open().indent();
				break;
			}
		}
		if (at < 0) {
			for (Entry e : conf.entries()) {
				if (e.closes() && isDefaultPolicy(e.section())) {
					at = e.index();
					indent = e.indent() + STEP;
				}
			}
		}
		if (at < 0) {
			return; // no default policy: cupsd's built-in one applies, which Cupola does not rewrite
		}
		List<String> block = new ArrayList<>();
		block.add(indent + LIMIT + ' ' + CANCEL_JOB + '>');
		block.add(indent + STEP + "Order deny,allow"); //$NON-NLS-1$
		if (require) {
			block.add(indent + STEP + REQUIRE_OWNER);
		}
		block.add(indent + "</Limit>"); //$NON-NLS-1$
		for (int i = block.size() - 1; i >= 0; i--) {
			conf.insertLine(at, block.get(i));
		}
	}

	/** The limit that governs Cancel-Job: the last one listing it, else the last {@code <Limit All>}. */
	private static Limit governing(List<Limit> limits) {
		Limit all = null;
		Limit cancel = null;
		for (Limit limit : limits) {
			if (limit.lists(CANCEL_JOB)) {
				cancel = limit;
			} else if (limit.lists("All")) { //$NON-NLS-1$
				all = limit;
			}
		}
		return cancel != null ? cancel : all;
	}

	private static List<Limit> limits(CupsdConf conf) {
		List<Entry> entries = conf.entries();
		List<Limit> result = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry open = entries.get(i);
			if (!LIMIT.equalsIgnoreCase(open.name()) || !isDefaultPolicy(open.section()) || open.value() == null) {
				continue;
			}
			boolean requires = false;
			String childIndent = open.indent() + STEP;
			int close = -1;
			for (int j = i + 1; j < entries.size(); j++) {
				Entry inside = entries.get(j);
				if ("/Limit".equalsIgnoreCase(inside.name()) || inside.closes()) { //$NON-NLS-1$
					close = inside.index();
					break;
				}
				if ("Require".equalsIgnoreCase(inside.name())) { //$NON-NLS-1$
					requires = true;
				}
				if (inside.name() != null && childIndent.equals(open.indent() + STEP)) {
					childIndent = inside.indent();
				}
			}
			if (close >= 0) {
				result.add(new Limit(open, close, Arrays.asList(open.value().trim().split("\\s+")), requires, //$NON-NLS-1$
						childIndent));
			}
		}
		return result;
	}

	private static boolean isDefaultPolicy(String section) {
		if (section == null) {
			return false;
		}
		String[] parts = section.trim().split("\\s+", 2); //$NON-NLS-1$
		return parts.length == 2 && "Policy".equalsIgnoreCase(parts[0]) && "default".equalsIgnoreCase(parts[1].trim()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
