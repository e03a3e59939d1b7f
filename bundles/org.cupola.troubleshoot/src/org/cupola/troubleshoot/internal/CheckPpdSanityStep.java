package org.cupola.troubleshoot.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * CheckPPDSanity: fetches the queue's PPD, checks it minimally ({@link PpdSummary}) and, when the server is this
 * machine, that the filter programs it names exist in the filter directory.
 */
final class CheckPpdSanityStep extends AbstractStep {

	CheckPpdSanityStep() {
		super("CheckPPDSanity"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		Printer p = answers.get(Keys.PRINTER);
		return p != null && !answers.isTrue(Keys.IS_CLASS) && !answers.isTrue(Keys.PRINTER_REMOTE);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Ppd_task, 1);
		Answers a = context.answers();
		String queue = Keys.queue(a);
		String ppd;
		try {
			ppd = context.connection().getPpd(queue, sub.split(1));
		} catch (IppException e) {
			context.report(finding(Severity.WARNING, Messages.Ppd_fetchFailed, e.getMessage(), null));
			return;
		}
		a.put(Keys.PPD_PRESENT, Boolean.valueOf(ppd != null));
		if (ppd == null) {
			context.report(finding(Severity.INFO, Messages.Ppd_noneTitle, Messages.bind(Messages.Ppd_none, queue),
					null));
			return;
		}
		PpdSummary summary = PpdSummary.parse(ppd);
		a.put(Keys.PPD_VALID, Boolean.valueOf(summary.valid() && summary.problems().isEmpty()));
		a.put(Keys.PPD_FILTERS, summary.filters());
		if (summary.defaultPageSize() != null) {
			a.put(Keys.PPD_DEFAULT_PAGE_SIZE, summary.defaultPageSize());
		}
		if (!summary.problems().isEmpty()) {
			context.report(finding(Severity.ERROR, Messages.Ppd_invalidTitle,
					Messages.bind(Messages.Ppd_invalid, queue, String.join("\n", summary.problems())), //$NON-NLS-1$
					Messages.Ppd_invalidFix));
		}
		if (!context.isLocalServer()) {
			return; // the filters run on the server: they cannot be checked from here
		}
		List<String> missing = new ArrayList<>();
		for (String program : summary.filters()) {
			Path path = program.startsWith("/") ? Path.of(program) : context.filterDirectory().resolve(program); //$NON-NLS-1$
			if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
				missing.add(path.toString());
			}
		}
		a.put(Keys.MISSING_FILTERS, List.copyOf(missing));
		if (!missing.isEmpty()) {
			context.report(finding(Severity.ERROR, Messages.Ppd_missingTitle,
					Messages.bind(Messages.Ppd_missing, queue, String.join(", ", missing)), //$NON-NLS-1$
					Messages.Ppd_missingFix));
		}
	}
}
