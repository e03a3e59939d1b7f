package org.cupola.troubleshoot.internal;

import java.util.Optional;

import org.cupola.ipp.IppException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.LoginDeclinedException;
import org.cupola.ipp.MalformedResponseException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** Welcome: connects to the server (CUPS-Get-Default) and records whether the scheduler answers. */
final class WelcomeStep extends AbstractStep {

	WelcomeStep() {
		super("Welcome"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return true;
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Welcome_task, 1);
		Answers a = context.answers();
		a.put(Keys.SERVER, context.server().toString());
		a.put(Keys.SERVER_IS_LOCAL, Boolean.valueOf(context.isLocalServer()));
		try {
			Optional<Printer> dflt = context.connection().getDefault(sub.split(1));
			a.put(Keys.SCHEDULER_RUNNING, Boolean.TRUE);
			dflt.ifPresent(p -> a.put(Keys.DEFAULT_PRINTER, p.name()));
		} catch (ServerUnreachableException | IppTimeoutException | MalformedResponseException e) {
			a.put(Keys.SCHEDULER_RUNNING, Boolean.FALSE);
			a.put(Keys.CONNECTION_FAILURE, e.getMessage());
		} catch (LoginDeclinedException e) {
			a.put(Keys.SCHEDULER_RUNNING, Boolean.TRUE); // it asked for a password: it runs
		} catch (IppException e) {
			a.put(Keys.SCHEDULER_RUNNING, Boolean.TRUE); // it answered, if only with an error
			a.put(Keys.CONNECTION_FAILURE, e.getMessage());
		}
	}
}
