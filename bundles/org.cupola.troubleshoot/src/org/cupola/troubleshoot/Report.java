package org.cupola.troubleshoot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cupola.ipp.Printer;
import org.cupola.ipp.log.LogExcerpt;
import org.cupola.troubleshoot.internal.Json;
import org.cupola.troubleshoot.internal.Messages;

/**
 * The troubleshooter's report, as plain text or JSON, with every string passed through the run's {@link Redactor}:
 * no password from a device URI, an Authorization header or the credentials typed during the run can appear. JSON
 * shape: <code>{"server":..., "printer":..., "findings":[{"id":..., "severity":"error", "title":..., "detail":...,
 * "fix":..., "action":..., "fixed":...}], "answers":{...}}</code>.
 */
public final class Report {

	private final String server;
	private final String printer;
	private final List<Finding> findings;
	private final Set<Finding> fixed;
	private final Map<String, Object> answers;
	private final Redactor redactor;

	Report(Context context, List<Finding> findings, Set<Finding> fixed) {
		this.redactor = context.redactor();
		this.server = context.server().toString();
		this.printer = Keys.queue(context.answers());
		this.findings = List.copyOf(findings);
		this.fixed = Set.copyOf(fixed);
		Map<String, Object> visible = new LinkedHashMap<>();
		context.answers().asMap().forEach((key, value) -> {
			if (!key.isHidden()) {
				visible.put(key.name(), reportable(value));
			}
		});
		this.answers = visible;
	}

	/** {@return the findings} */
	public List<Finding> findings() {
		return findings;
	}

	/** {@return whether a warning or error finding was not fixed} */
	public boolean hasProblems() {
		return findings.stream().anyMatch(f -> f.severity().isProblem() && !fixed.contains(f));
	}

	/** {@return the JSON report} */
	public String toJson() {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("server", scrub(server)); //$NON-NLS-1$
		root.put("printer", scrub(printer)); //$NON-NLS-1$
		List<Object> list = new ArrayList<>();
		for (Finding f : findings) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", f.id()); //$NON-NLS-1$
			m.put("severity", f.severity().keyword()); //$NON-NLS-1$
			m.put("title", scrub(f.title())); //$NON-NLS-1$
			m.put("detail", scrub(f.explanation())); //$NON-NLS-1$
			m.put("fix", scrub(f.suggestedFix())); //$NON-NLS-1$
			if (f.fix() != null) {
				m.put("action", scrub(f.fix().label())); //$NON-NLS-1$
				m.put("fixed", Boolean.valueOf(fixed.contains(f))); //$NON-NLS-1$
			}
			list.add(m);
		}
		root.put("findings", list); //$NON-NLS-1$
		root.put("answers", scrubValue(answers)); //$NON-NLS-1$
		return Json.write(root) + '\n';
	}

	/**
	 * {@return the plain-text report; of the error log it shows only the lines that matter (the test job's, warnings
	 * and errors) and says how many it left out}
	 */
	public String toText() {
		return toText(false);
	}

	/**
	 * The plain-text report.
	 *
	 * @param completeLog
	 *            whether to show every error-log line (as the JSON report does) instead of the lines that matter
	 * @return the text
	 */
	public String toText(boolean completeLog) {
		StringBuilder sb = new StringBuilder();
		sb.append(Messages.bind(Messages.Report_header, scrub(server),
				printer == null ? Messages.Report_noPrinter : scrub(printer))).append('\n');
		if (findings.isEmpty()) {
			sb.append(Messages.Report_noFindings).append('\n');
		}
		for (Finding f : findings) {
			sb.append('\n').append('[').append(f.severity().name()).append("] ").append(f.id()).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
					.append(scrub(f.title()));
			if (fixed.contains(f)) {
				sb.append(' ').append(Messages.Report_fixed);
			}
			sb.append('\n');
			appendIndented(sb, scrub(f.explanation()));
			if (f.suggestedFix() != null && !f.suggestedFix().isBlank()) {
				appendIndented(sb, Messages.Report_fixPrefix + scrub(f.suggestedFix()));
			}
			if (f.fix() != null && !fixed.contains(f)) {
				appendIndented(sb, Messages.bind(Messages.Report_actionAvailable, scrub(f.fix().label())));
			}
		}
		sb.append('\n').append(Messages.Report_answers).append('\n');
		for (Map.Entry<String, Object> e : answers.entrySet()) {
			sb.append("  ").append(e.getKey()).append(" = "); //$NON-NLS-1$ //$NON-NLS-2$
			Object v = scrubValue(e.getValue());
			String omitted = null;
			if (!completeLog && Keys.ERROR_LOG.name().equals(e.getKey()) && v instanceof List<?> all) {
				LogExcerpt excerpt = LogExcerpt.select(all.stream().map(String::valueOf).toList(), testJob());
				v = excerpt.lines();
				if (excerpt.omitted() > 0) {
					omitted = Messages.bind(Messages.Report_logOmitted, Integer.toString(excerpt.omitted()));
				}
			}
			if (v instanceof Collection<?> c && c.size() > 1) {
				sb.append('\n');
				for (Object o : c) {
					sb.append("      ").append(o).append('\n'); //$NON-NLS-1$
				}
			} else {
				sb.append(v).append('\n');
			}
			if (omitted != null) {
				sb.append("      ").append(omitted).append('\n'); //$NON-NLS-1$
			}
		}
		return sb.toString();
	}

	private int testJob() {
		return answers.get(Keys.TEST_PAGE_JOB_ID.name()) instanceof Number n ? n.intValue() : 0;
	}

	private static void appendIndented(StringBuilder sb, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		for (String line : text.split("\n")) { //$NON-NLS-1$
			sb.append("    ").append(line).append('\n'); //$NON-NLS-1$
		}
	}

	private String scrub(String s) {
		return redactor.scrub(s);
	}

	private Object scrubValue(Object value) {
		if (value instanceof String s) {
			return scrub(s);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> m = new LinkedHashMap<>();
			map.forEach((k, v) -> m.put(scrub(String.valueOf(k)), scrubValue(v)));
			return m;
		}
		if (value instanceof Collection<?> c) {
			List<Object> l = new ArrayList<>(c.size());
			c.forEach(o -> l.add(scrubValue(o)));
			return l;
		}
		return value;
	}

	/** Turns answer values into JSON-able values (a Printer becomes a map of the attributes worth reporting). */
	private static Object reportable(Object value) {
		if (value instanceof Printer p) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("printer-name", p.name()); //$NON-NLS-1$
			m.put("printer-state", p.state() == null ? null : p.state().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
			m.put("printer-state-message", p.stateMessage()); //$NON-NLS-1$
			m.put("printer-state-reasons", p.stateReasons()); //$NON-NLS-1$
			m.put("printer-is-accepting-jobs", Boolean.valueOf(p.acceptingJobs())); //$NON-NLS-1$
			m.put("printer-is-shared", Boolean.valueOf(p.shared())); //$NON-NLS-1$
			m.put("printer-type", Integer.valueOf(p.type())); //$NON-NLS-1$
			m.put("device-uri", Redactor.maskUriPassword(p.deviceUri())); //$NON-NLS-1$
			m.put("printer-make-and-model", p.makeAndModel()); //$NON-NLS-1$
			m.put("printer-info", p.info()); //$NON-NLS-1$
			m.put("printer-location", p.location()); //$NON-NLS-1$
			m.put("member-names", p.memberNames()); //$NON-NLS-1$
			return m;
		}
		if (value instanceof byte[]) {
			return "<binary>"; //$NON-NLS-1$
		}
		if (value instanceof Collection<?> c) {
			List<Object> l = new ArrayList<>(c.size());
			c.forEach(o -> l.add(reportable(o)));
			return l;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || value == null) {
			return value;
		}
		return value.toString();
	}
}
