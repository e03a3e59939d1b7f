package org.cupola.troubleshoot.internal;

import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.PrinterSettings;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.FixAction;
import org.cupola.troubleshoot.Keys;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** The fix actions the steps offer. Each runs through the IPP core; CUPS asks for an administrator. */
final class Fixes {

	private Fixes() {
	}

	/** Resume-Printer, then refresh the printer's attributes. */
	static FixAction enableQueue(String queue) {
		return new FixAction() {
			@Override
			public String label() {
				return Messages.bind(Messages.Fix_enableQueue, queue);
			}

			@Override
			public void apply(Context context, IProgressMonitor monitor) throws IppException {
				SubMonitor sub = SubMonitor.convert(monitor, label(), 2);
				context.connection().resumePrinter(queue, sub.split(1));
				refresh(context, queue, sub.split(1));
			}
		};
	}

	/** CUPS-Accept-Jobs, then refresh. */
	static FixAction acceptJobs(String queue) {
		return new FixAction() {
			@Override
			public String label() {
				return Messages.bind(Messages.Fix_acceptJobs, queue);
			}

			@Override
			public void apply(Context context, IProgressMonitor monitor) throws IppException {
				SubMonitor sub = SubMonitor.convert(monitor, label(), 2);
				context.connection().acceptJobs(queue, sub.split(1));
				refresh(context, queue, sub.split(1));
			}
		};
	}

	/** Shares a queue on a (remote) server: CUPS-Add-Modify-Printer printer-is-shared=true. */
	static FixAction shareQueue(CupsServer server, String queue) {
		return new FixAction() {
			@Override
			public String label() {
				return Messages.bind(Messages.Fix_shareQueue, queue, server.hostAndPort());
			}

			@Override
			public void apply(Context context, IProgressMonitor monitor) throws IppException {
				CupsConnection c = server.equals(context.server()) ? context.connection()
						: context.openConnection(server);
				c.addModifyPrinter(queue, PrinterSettings.builder().shared(Boolean.TRUE).build(), monitor);
				context.answers().put(Keys.REMOTE_QUEUE_SHARED, Boolean.TRUE);
			}
		};
	}

	/** Turns on publishing of shared printers (cupsd.conf: Browsing Yes, BrowseLocalProtocols dnssd). */
	static FixAction turnOnPublishing() {
		return new FixAction() {
			@Override
			public String label() {
				return Messages.Fix_publish;
			}

			@Override
			public void apply(Context context, IProgressMonitor monitor) throws IppException {
				SubMonitor sub = SubMonitor.convert(monitor, label(), 3);
				byte[] conf = context.connection().getServerConfig(sub.split(1));
				byte[] changed = CupsdConf.set(conf, "Browsing", "Yes"); //$NON-NLS-1$ //$NON-NLS-2$
				String protocols = CupsdConf.get(changed, "BrowseLocalProtocols"); //$NON-NLS-1$
				if (protocols == null || protocols.isBlank() || "none".equalsIgnoreCase(protocols.strip())) { //$NON-NLS-1$
					changed = CupsdConf.set(changed, "BrowseLocalProtocols", "dnssd"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				context.connection().putServerConfig(changed, sub.split(2));
				context.answers().put(Keys.SERVER_EXPORTING, Boolean.TRUE);
			}
		};
	}

	static void refresh(Context context, String queue, IProgressMonitor monitor) throws IppException {
		context.answers().put(Keys.PRINTER, context.connection().getPrinterAttributes(queue, null, monitor));
	}

	static List<String> reasonsOf(org.cupola.ipp.Printer p) {
		return p == null ? List.of() : p.stateReasons();
	}
}
