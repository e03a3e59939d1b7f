package org.cupola.troubleshoot.internal;

import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ipp.server.CupsdConf;
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

	/**
	 * Turns on publishing of shared printers ({@link CupsdConf#setPublishing(boolean)}: Browsing Yes,
	 * BrowseLocalProtocols dnssd when none), holding the server's {@link ServerFilesRule} from the read to the PUT.
	 */
	static FixAction turnOnPublishing() {
		return new FixAction() {
			@Override
			public String label() {
				return Messages.Fix_publish;
			}

			@Override
			public void apply(Context context, IProgressMonitor monitor) throws IppException {
				SubMonitor sub = SubMonitor.convert(monitor, label(), 3);
				ServerFilesRule.run(context.server(), sub.split(3), m -> {
					SubMonitor s = SubMonitor.convert(m, 3);
					CupsdConf conf = CupsdConf.parse(context.connection().getServerConfig(s.split(1)));
					conf.setPublishing(true);
					context.connection().putServerConfig(conf.toBytes(), s.split(2));
					return null;
				});
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
