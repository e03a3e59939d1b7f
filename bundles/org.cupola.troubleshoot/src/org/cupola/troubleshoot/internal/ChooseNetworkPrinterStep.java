package org.cupola.troubleshoot.internal;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** ChooseNetworkPrinter (question): which queue of the remote CUPS server is the printer? */
final class ChooseNetworkPrinterStep extends AbstractStep {

	ChooseNetworkPrinterStep() {
		super("ChooseNetworkPrinter"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return Question.NOT_LISTED.equals(answers.get(Keys.QUEUE)) && answers.isTrue(Keys.REMOTE_SERVER_CUPS);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Answers a = context.answers();
		String queue = a.get(Keys.REMOTE_QUEUE);
		if (queue == null || Question.NOT_LISTED.equals(queue)) {
			return;
		}
		CupsServer remote = new CupsServer(a.isTrue(Keys.REMOTE_SERVER_SECURE), a.get(Keys.REMOTE_SERVER_NAME),
				a.get(Keys.REMOTE_SERVER_PORT, Integer.valueOf(631)).intValue());
		CupsConnection c = remote.equals(context.server()) ? context.connection() : context.openConnection(remote);
		try {
			Printer p = c.getPrinterAttributes(queue, List.of("printer-is-shared", "printer-state-message"), //$NON-NLS-1$ //$NON-NLS-2$
					SubMonitor.convert(monitor, 1).split(1));
			if (p.attributes().contains("printer-is-shared")) { //$NON-NLS-1$
				a.put(Keys.REMOTE_QUEUE_SHARED, Boolean.valueOf(p.shared()));
			}
			if (p.stateMessage() != null) {
				a.put(Keys.REMOTE_QUEUE_STATE, p.stateMessage());
			}
		} catch (IppException e) {
			// s-c-p: nothing to say
		}
	}

	@Override
	public Question question(Answers answers) {
		List<Question.Choice> choices = new ArrayList<>();
		for (String name : answers.get(Keys.REMOTE_QUEUES_AVAILABLE, List.of())) {
			choices.add(new Question.Choice(name, name));
		}
		choices.add(new Question.Choice(Question.NOT_LISTED, Messages.ChooseNetworkPrinter_notListed));
		return new Question(id(), Keys.REMOTE_QUEUE, Messages.ChooseNetworkPrinter_title,
				Messages.bind(Messages.ChooseNetworkPrinter_text, answers.get(Keys.REMOTE_SERVER_NAME)),
				Question.Kind.CHOICE, choices, null);
	}
}
