package org.cupola.troubleshoot.internal;

import java.util.List;

import org.cupola.ipp.CupsServer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** RemoteAddress (question): the network printer's or print server's address. */
final class RemoteAddressStep extends AbstractStep {

	RemoteAddressStep() {
		super("RemoteAddress"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return Question.NOT_LISTED.equals(answers.get(Keys.QUEUE))
				&& Question.REMOTE.equals(answers.get(Keys.LOCAL_OR_REMOTE));
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Answers a = context.answers();
		String address = a.get(Keys.REMOTE_ADDRESS);
		if (address == null) {
			return;
		}
		try {
			CupsServer server = CupsServer.parse(address);
			a.put(Keys.REMOTE_SERVER_NAME, server.host());
			a.put(Keys.REMOTE_SERVER_PORT, Integer.valueOf(server.port()));
			a.put(Keys.REMOTE_SERVER_SECURE, Boolean.valueOf(server.secure()));
		} catch (IllegalArgumentException e) {
			context.deadEnd(finding(Severity.ERROR, Messages.RemoteAddress_badTitle, e.getMessage(),
					Messages.RemoteAddress_badFix));
		}
	}

	@Override
	public Question question(Answers answers) {
		return new Question(id(), Keys.REMOTE_ADDRESS, Messages.RemoteAddress_title, Messages.RemoteAddress_text,
				Question.Kind.TEXT, List.of(), null);
	}
}
