package org.cupola.troubleshoot.internal;

import org.cupola.ipp.CupsServer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;

/** NetworkCUPSPrinterShared: the remote CUPS queue is not shared (dead end, with a fix that shares it). */
final class NetworkCupsPrinterSharedStep extends AbstractStep {

	NetworkCupsPrinterSharedStep() {
		super("NetworkCUPSPrinterShared"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.isFalse(Keys.REMOTE_QUEUE_SHARED) && answers.has(Keys.REMOTE_QUEUE);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Answers a = context.answers();
		String host = a.get(Keys.REMOTE_SERVER_NAME);
		int port = a.get(Keys.REMOTE_SERVER_PORT, Integer.valueOf(631)).intValue();
		String queue = a.get(Keys.REMOTE_QUEUE);
		CupsServer remote = new CupsServer(a.isTrue(Keys.REMOTE_SERVER_SECURE), host, port);
		context.deadEnd(finding(Severity.ERROR, Messages.NotShared_title,
				Messages.bind(Messages.NotShared_explanation, queue, remote.hostAndPort()),
				Messages.bind(Messages.NotShared_fix, queue, remote.hostAndPort()), Fixes.shareQueue(remote, queue)));
	}
}
