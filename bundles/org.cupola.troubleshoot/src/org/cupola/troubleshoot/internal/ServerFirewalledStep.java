package org.cupola.troubleshoot.internal;

import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** ServerFirewalled: the remote server's name resolves but it does not answer IPP (dead end). */
final class ServerFirewalledStep extends AbstractStep {

	ServerFirewalledStep() {
		super("ServerFirewalled"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.isFalse(Keys.REMOTE_SERVER_CONNECT_IPP)
				&& !answers.get(Keys.REMOTE_SERVER_NAME_RESOLVES, java.util.List.of()).isEmpty();
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Answers a = context.answers();
		String host = a.get(Keys.REMOTE_SERVER_TRY_CONNECT, a.get(Keys.REMOTE_SERVER_NAME));
		String port = String.valueOf(a.get(Keys.REMOTE_SERVER_PORT, Integer.valueOf(631)));
		String explanation = a.isTrue(Keys.REMOTE_SERVER_TCP)
				? Messages.bind(Messages.Firewalled_noIpp, host, port)
				: Messages.bind(Messages.Firewalled_noTcp, host, port);
		context.deadEnd(finding(Severity.ERROR, Messages.Firewalled_title, explanation,
				Messages.bind(Messages.Firewalled_fix, port, host)));
	}
}
