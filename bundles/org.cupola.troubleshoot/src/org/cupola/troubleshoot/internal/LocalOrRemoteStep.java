package org.cupola.troubleshoot.internal;

import java.util.List;

import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.eclipse.core.runtime.IProgressMonitor;

/** LocalOrRemote (question): for a queue that is not listed, is the printer local or on the network? */
final class LocalOrRemoteStep extends AbstractStep {

	LocalOrRemoteStep() {
		super("LocalOrRemote"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return Question.NOT_LISTED.equals(answers.get(Keys.QUEUE));
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		// a pure question
	}

	@Override
	public Question question(Answers answers) {
		return new Question(id(), Keys.LOCAL_OR_REMOTE, Messages.LocalOrRemote_title, Messages.LocalOrRemote_text,
				Question.Kind.CHOICE, List.of(new Question.Choice(Question.LOCAL, Messages.LocalOrRemote_local),
						new Question.Choice(Question.REMOTE, Messages.LocalOrRemote_remote)),
				null);
	}
}
