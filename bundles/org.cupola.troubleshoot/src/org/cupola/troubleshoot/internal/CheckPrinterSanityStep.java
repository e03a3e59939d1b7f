package org.cupola.troubleshoot.internal;

import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * CheckPrinterSanity (probe): the queue's attributes (Get-Printer-Attributes), whether it is a class, and its device
 * URI taken apart: scheme, and for ipp/ipps/http/https the server's host and port.
 */
final class CheckPrinterSanityStep extends AbstractStep {

	CheckPrinterSanityStep() {
		super("CheckPrinterSanity"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return Keys.queue(answers) != null && answers.isTrue(Keys.QUEUE_LISTED);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.PrinterSanity_task, 1);
		Answers a = context.answers();
		String queue = Keys.queue(a);
		Printer p;
		try {
			p = context.connection().getPrinterAttributes(queue, null, sub.split(1));
		} catch (IppException e) {
			context.report(finding(Severity.WARNING, Messages.bind(Messages.PrinterSanity_failed, queue),
					e.getMessage(), null));
			return;
		}
		a.put(Keys.PRINTER, p);
		a.put(Keys.IS_CLASS, Boolean.valueOf(p.isClass()));
		a.put(Keys.PRINTER_REMOTE, Boolean.valueOf((p.type() & Printer.TYPE_REMOTE) != 0));
		DeviceUri uri = DeviceUri.parse(p.deviceUri());
		if (uri != null) {
			a.put(Keys.DEVICE_URI_SCHEME, uri.scheme());
			if (DeviceUri.isIppScheme(uri.scheme()) && uri.host() != null) {
				a.put(Keys.REMOTE_SERVER_NAME, uri.host());
				a.put(Keys.REMOTE_SERVER_PORT, Integer.valueOf(uri.portOrDefault()));
				a.put(Keys.REMOTE_SERVER_SECURE, Boolean.valueOf(uri.secure()));
			}
		}
	}
}
