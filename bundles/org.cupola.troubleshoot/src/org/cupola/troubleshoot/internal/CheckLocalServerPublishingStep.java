package org.cupola.troubleshoot.internal;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * CheckLocalServerPublishing: lists the queues (CUPS-Get-Printers, CUPS-Get-Classes); if one is shared but the
 * server does not publish shared printers ({@code server-is-sharing-printers} false), warns and offers to turn
 * publishing on.
 */
final class CheckLocalServerPublishingStep extends AbstractStep {

	CheckLocalServerPublishingStep() {
		super("CheckLocalServerPublishing"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.isTrue(Keys.SCHEDULER_RUNNING);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Publishing_task, 3);
		Answers a = context.answers();
		List<Printer> queues = new ArrayList<>();
		try {
			queues.addAll(context.connection().getPrinters(sub.split(1)));
			queues.addAll(context.connection().getClasses(sub.split(1)));
		} catch (IppException e) {
			context.report(finding(Severity.WARNING, Messages.Publishing_listFailed, e.getMessage(), null));
			return;
		}
		a.put(Keys.QUEUE_LIST, List.copyOf(queues));
		a.put(Keys.QUEUES_AVAILABLE, queues.stream().map(Printer::name).toList());
		Printer shared = queues.stream().filter(Printer::shared).findFirst().orElse(null);
		if (shared == null) {
			return;
		}
		try {
			Printer p = context.connection().getPrinterAttributes(shared.name(),
					List.of("server-is-sharing-printers"), sub.split(1)); //$NON-NLS-1$
			if (p.attributes().contains("server-is-sharing-printers")) { //$NON-NLS-1$
				boolean sharing = p.attributes().getBoolean("server-is-sharing-printers", true); //$NON-NLS-1$
				a.put(Keys.SERVER_EXPORTING, Boolean.valueOf(sharing));
				if (!sharing) {
					context.report(finding(Severity.WARNING, Messages.Publishing_title,
							Messages.bind(Messages.Publishing_explanation, shared.name()), Messages.Publishing_fix,
							Fixes.turnOnPublishing()));
				}
			}
		} catch (IppException e) {
			// unknown: nothing to say
		}
	}
}
