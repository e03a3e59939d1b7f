package org.cupola.troubleshoot.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Optional;

import org.cupola.ipp.Printer;
import org.cupola.ipp.events.QueueHistory;
import org.cupola.ipp.events.StopExplainer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * QueueNotEnabled: the queue is stopped (dead end; the fix resumes it). When Cupola's queue history recorded the stop,
 * the explanation says why in one sentence ("Stopped at 14:02 after job 812 failed: ...").
 */
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
		Optional<String> why = historyOf(context, p.name());
		if (why.isPresent()) {
			explanation += ' ' + Messages.bind(Messages.QueueNotEnabled_history, why.get());
		}
		context.deadEnd(finding(Severity.ERROR, Messages.QueueNotEnabled_title, explanation,
				Messages.bind(Messages.QueueNotEnabled_fix, p.name()), Fixes.enableQueue(p.name())));
	}

	/** Why the queue stopped, from the user's queue history (kept by Cupola's GUI while it watched the server). */
	static Optional<String> historyOf(Context context, String queue) {
		try {
			return StopExplainer.explain(QueueHistory.getDefault().read(context.server().hostAndPort(), queue),
					ZoneId.systemDefault());
		} catch (IOException e) {
			return Optional.empty(); // no history to tell: the state message stands alone
		}
	}
}
