package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.ADMIN_PATH;
import static org.cupola.ipp.internal.session.IppExchange.MAX_HTTP_BODY;
import static org.cupola.ipp.internal.session.IppExchange.PRINTER_URI;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.IppException;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.ppd.PpdDefaults;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The administration of one queue beyond {@link PrinterOperations#addModify}: any printer attributes (policies,
 * banners, access lists, {@code *-default} job options and their removal), a PPD file uploaded as
 * {@code lpadmin -P} does, PPD option defaults rewritten as {@code lpadmin -o} does, and CUPS maintenance commands
 * ({@code application/vnd.cups-command} jobs).
 */
public final class QueueAdminOperations {

	/** The document format of a CUPS command file. */
	public static final String COMMAND_FORMAT = "application/vnd.cups-command"; //$NON-NLS-1$

	private final IppExchange exchange;
	private final JobOperations jobs;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 * @param jobs
	 *            the job operations (command files are print jobs)
	 */
	public QueueAdminOperations(IppExchange exchange, JobOperations jobs) {
		this.exchange = exchange;
		this.jobs = jobs;
	}

	/** CUPS-Add-Modify-Printer (or -Class) with the given printer attributes only. */
	public void modify(String name, boolean isClass, List<IppAttribute> attributes, IProgressMonitor monitor)
			throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_modifyQueue, name), monitor);
		send(op, name, isClass, attributes, null);
	}

	/** CUPS-Add-Modify-Printer with a PPD file as the document, as {@code lpadmin -P FILE}. */
	public void uploadPpd(String name, byte[] ppd, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_uploadPpd, name), monitor);
		send(op, name, false, List.of(), ppd);
	}

	/**
	 * As {@code lpadmin -p NAME -o Option=Choice}: downloads the queue's PPD, rewrites its {@code *Default} lines and
	 * uploads it again.
	 */
	public void setPpdDefaults(String name, Map<String, String> defaults, IProgressMonitor monitor)
			throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, 2);
		Op get = Op.begin(Messages.bind(Messages.Op_getPpd, name), sub.split(1));
		byte[] ppd = exchange.http(get, "GET", IppExchange.printerPath(name) + ".ppd", Map.of(), null, true, //$NON-NLS-1$ //$NON-NLS-2$
				MAX_HTTP_BODY, true);
		if (ppd == null) {
			throw new IppException(Messages.bind(Messages.Error_noPpd, name));
		}
		// ISO-8859-1 maps every byte to one char and back: only the rewritten lines change
		String rewritten = PpdDefaults.rewrite(new String(ppd, StandardCharsets.ISO_8859_1), defaults);
		Op put = Op.begin(Messages.bind(Messages.Op_setPpdDefaults, name), sub.split(1));
		send(put, name, false, List.of(), rewritten.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Print-Job of a CUPS command file ({@code #CUPS-COMMAND} and one command); returns the job id. */
	public int sendCommand(String name, String command, IProgressMonitor monitor) throws IppException {
		byte[] file = ("#CUPS-COMMAND\n" + command + '\n').getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
		return jobs.printJob(name, command, COMMAND_FORMAT, new ByteArrayInputStream(file), monitor);
	}

	private void send(Op op, String name, boolean isClass, List<IppAttribute> attributes, byte[] document)
			throws IppException {
		String uri = exchange.server().ippUri((isClass ? "/classes/" : "/printers/") + IppExchange.encodePath(name)); //$NON-NLS-1$ //$NON-NLS-2$
		IppMessage.Builder builder = exchange
				.request(isClass ? IppOperation.CUPS_ADD_MODIFY_CLASS : IppOperation.CUPS_ADD_MODIFY_PRINTER,
						PRINTER_URI, uri)
				.group(IppTag.PRINTER_ATTRIBUTES);
		for (IppAttribute attribute : attributes) {
			builder.attribute(attribute);
		}
		exchange.check(op, exchange.ipp(op, IppEncoder.encode(builder.build()), document, ADMIN_PATH,
				document == null, null, exchange.options().readTimeout().plus(exchange.options().readTimeout())));
	}
}
