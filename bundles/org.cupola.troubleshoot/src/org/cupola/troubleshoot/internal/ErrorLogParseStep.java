package org.cupola.troubleshoot.internal;

import java.util.List;
import java.util.Optional;

import org.cupola.ipp.log.ErrorLogParser;
import org.cupola.ipp.log.LogAnalysis;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * ErrorLogParse: what the error log since the checkpoint says about the test job (or about every job when no test page
 * was printed), as causes in plain words ({@link ErrorLogParser}), followed by the error lines ("E ...") themselves.
 */
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
		Answers a = context.answers();
		List<String> log = a.get(Keys.ERROR_LOG);
		List<String> errors = log.stream().filter(l -> l.startsWith("E ")) //$NON-NLS-1$
				.toList();
		a.put(Keys.ERROR_LOG_ERRORS, errors);
		Integer testJob = a.get(Keys.TEST_PAGE_JOB_ID);
		LogAnalysis analysis = ErrorLogParser.parse(log, testJob == null ? 0 : testJob.intValue());
		a.put(Keys.ERROR_LOG_CAUSES, analysis.causes().stream().map(LogCauses::summary).toList());
		boolean completed = "completed".equals(a.get(Keys.TEST_PAGE_OUTCOME)); //$NON-NLS-1$
		List<String> causes = completed ? List.of() : LogCauses.sentences(analysis, a.get(Keys.PRINTER));
		if (errors.isEmpty() && (causes.isEmpty() || testJob == null)) {
			return; // warnings alone make a finding only when they explain a failed test page
		}
		StringBuilder text = new StringBuilder();
		if (!causes.isEmpty()) {
			text.append(testJob == null ? Messages.LogParse_causesAll
					: Messages.bind(Messages.LogParse_causes, testJob.toString()));
			causes.forEach(s -> text.append("\n- ").append(s)); //$NON-NLS-1$
		}
		if (!errors.isEmpty()) {
			List<String> shown = errors.size() > MAX_SHOWN ? errors.subList(errors.size() - MAX_SHOWN, errors.size())
					: errors;
			text.append(text.isEmpty() ? "" : "\n") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Messages.bind(Messages.LogParse_explanation, Integer.toString(errors.size()))).append('\n')
					.append(String.join("\n", shown)); //$NON-NLS-1$
		}
		Optional<LogCauses.Explanation> why = completed ? Optional.empty()
				: LogCauses.explain(analysis, a.get(Keys.PRINTER));
		context.report(finding(errors.isEmpty() ? Severity.WARNING : Severity.ERROR, Messages.LogParse_title,
				text.toString(), why.map(LogCauses.Explanation::fix).orElse(Messages.LogParse_fix)));
	}
}
