package org.cupola.troubleshoot.internal;

import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** QueueNotEnabled: the queue is stopped (dead end; the fix resumes it). */
final class QueueNotEnabledStep extends AbstractStep {

	QueueNotEnabledStep() {
		super("QueueNotEnabled"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		Printer p = answers.get(Keys.PRINTER);
		return p != null && p.state() == Printer.State.STOPPED;
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Printer p = context.answers().get(Keys.PRINTER);
		String message = p.stateMessage();
		String explanation = message == null || message.isBlank()
				? Messages.bind(Messages.QueueNotEnabled_explanation, p.name())
				: Messages.bind(Messages.QueueNotEnabled_explanationWithMessage, p.name(), message);
		context.deadEnd(finding(Severity.ERROR, Messages.QueueNotEnabled_title, explanation,
				Messages.bind(Messages.QueueNotEnabled_fix, p.name()), Fixes.enableQueue(p.name())));
	}
}
