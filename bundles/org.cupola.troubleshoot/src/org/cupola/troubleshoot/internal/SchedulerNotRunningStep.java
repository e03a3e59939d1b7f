package org.cupola.troubleshoot.internal;

import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** SchedulerNotRunning: the server does not answer (dead end). */
final class SchedulerNotRunningStep extends AbstractStep {

	SchedulerNotRunningStep() {
		super("SchedulerNotRunning"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.isFalse(Keys.SCHEDULER_RUNNING);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		String failure = context.answers().get(Keys.CONNECTION_FAILURE, ""); //$NON-NLS-1$
		String where = context.server().hostAndPort();
		if (context.isLocalServer()) {
			context.deadEnd(finding(Severity.ERROR, Messages.SchedulerNotRunning_title,
					Messages.bind(Messages.SchedulerNotRunning_localExplanation, where, failure),
					Messages.SchedulerNotRunning_localFix));
		} else {
			context.deadEnd(finding(Severity.ERROR, Messages.SchedulerNotRunning_remoteTitle,
					Messages.bind(Messages.SchedulerNotRunning_remoteExplanation, where, failure),
					Messages.bind(Messages.SchedulerNotRunning_remoteFix, context.server().host(),
							Integer.toString(context.server().port()))));
		}
	}
}
