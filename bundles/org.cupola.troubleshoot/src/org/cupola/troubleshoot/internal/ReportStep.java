package org.cupola.troubleshoot.internal;

import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** Report (s-c-p's Shrug): the end of the flow; says so when nothing was found. */
final class ReportStep extends AbstractStep {

	ReportStep() {
		super("Report"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return true;
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		if (context.findings().stream().noneMatch(f -> f.severity().isProblem())) {
			context.report(finding(Severity.INFO, Messages.Report_nothingTitle, Messages.Report_nothing,
					Messages.Report_nothingFix));
		}
	}
}
