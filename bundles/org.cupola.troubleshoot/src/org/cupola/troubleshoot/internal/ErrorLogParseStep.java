package org.cupola.troubleshoot.internal;

import java.util.List;

import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** ErrorLogParse: the error log lines since the checkpoint that start with "E " (errors). */
final class ErrorLogParseStep extends AbstractStep {

	/** At most this many error lines go into the finding's text. */
	static final int MAX_SHOWN = 30;

	ErrorLogParseStep() {
		super("ErrorLogParse"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.has(Keys.ERROR_LOG);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		List<String> errors = context.answers().get(Keys.ERROR_LOG).stream().filter(l -> l.startsWith("E ")) //$NON-NLS-1$
				.toList();
		context.answers().put(Keys.ERROR_LOG_ERRORS, errors);
		if (errors.isEmpty()) {
			return;
		}
		List<String> shown = errors.size() > MAX_SHOWN ? errors.subList(errors.size() - MAX_SHOWN, errors.size())
				: errors;
		context.report(finding(Severity.ERROR, Messages.LogParse_title,
				Messages.bind(Messages.LogParse_explanation, Integer.toString(errors.size())) + '\n'
						+ String.join("\n", shown), //$NON-NLS-1$
				Messages.LogParse_fix));
	}
}
