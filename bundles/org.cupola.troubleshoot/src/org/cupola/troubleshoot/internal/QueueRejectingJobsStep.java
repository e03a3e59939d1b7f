package org.cupola.troubleshoot.internal;

import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** QueueRejectingJobs: the queue does not accept jobs (dead end; the fix makes it accept them). */
final class QueueRejectingJobsStep extends AbstractStep {

	QueueRejectingJobsStep() {
		super("QueueRejectingJobs"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		Printer p = answers.get(Keys.PRINTER);
		return p != null && p.attributes().contains("printer-is-accepting-jobs") && !p.acceptingJobs(); //$NON-NLS-1$
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Printer p = context.answers().get(Keys.PRINTER);
		String message = p.stateMessage();
		String explanation = message == null || message.isBlank()
				? Messages.bind(Messages.QueueRejecting_explanation, p.name())
				: Messages.bind(Messages.QueueRejecting_explanationWithMessage, p.name(), message);
		context.deadEnd(finding(Severity.ERROR, Messages.QueueRejecting_title, explanation,
				Messages.bind(Messages.QueueRejecting_fix, p.name()), Fixes.acceptJobs(p.name())));
	}
}
