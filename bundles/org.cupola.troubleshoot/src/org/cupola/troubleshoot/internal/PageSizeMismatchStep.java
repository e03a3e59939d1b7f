package org.cupola.troubleshoot.internal;

import java.util.Locale;
import java.util.Map;

import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * PageSizeMismatch (s-c-p's Locale page): the test job's page size differs from the PPD's default. Only when both
 * are known: the job's {@code media}/{@code PageSize} (CUPS reports it only when the job asked for one) and the PPD's
 * {@code *DefaultPageSize}.
 */
final class PageSizeMismatchStep extends AbstractStep {

	/** PWG self-describing names of the common sizes, to compare with PPD names. */
	private static final Map<String, String> PWG = Map.ofEntries(Map.entry("iso_a4_210x297mm", "a4"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("iso_a3_297x420mm", "a3"), Map.entry("iso_a5_148x210mm", "a5"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("na_letter_8.5x11in", "letter"), Map.entry("na_legal_8.5x14in", "legal"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("na_executive_7.25x10.5in", "executive"), Map.entry("jis_b5_182x257mm", "b5"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("iso_b5_176x250mm", "isob5"), Map.entry("na_ledger_11x17in", "tabloid")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	PageSizeMismatchStep() {
		super("PageSizeMismatch"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.has(Keys.PPD_DEFAULT_PAGE_SIZE) && answers.has(Keys.JOB_PAGE_SIZE);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		String printer = context.answers().get(Keys.PPD_DEFAULT_PAGE_SIZE);
		String job = context.answers().get(Keys.JOB_PAGE_SIZE);
		if (!normalize(printer).equals(normalize(job))) {
			context.report(finding(Severity.WARNING, Messages.PageSize_title,
					Messages.bind(Messages.PageSize_explanation, job, printer), Messages.PageSize_fix));
		}
	}

	static String normalize(String size) {
		String s = size.strip().toLowerCase(Locale.ROOT);
		int dot = s.indexOf('.');
		if (dot > 0 && !s.contains("_")) { //$NON-NLS-1$
			s = s.substring(0, dot); // PPD variants: A4.Borderless, Letter.Fullbleed
		}
		return PWG.getOrDefault(s, s);
	}
}
