package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.ADMIN_PATH;
import static org.cupola.ipp.internal.session.IppExchange.PRINTER_URI;
import static org.cupola.ipp.internal.session.IppExchange.REQUESTED_ATTRIBUTES;
import static org.cupola.ipp.internal.session.IppExchange.REQUESTING_USER_NAME;
import static org.cupola.ipp.internal.session.IppExchange.ROOT_PATH;

import java.util.List;
import java.util.Optional;

import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/** The operations on queues and classes: listing them, their attributes, and their administration. */
public final class PrinterOperations {

	private static final String PRINTER_STATE_MESSAGE = "printer-state-message"; //$NON-NLS-1$

	/** Everything {@link Printer} reads. */
	public static final List<String> ATTRIBUTES = List.of("printer-name", "printer-uri-supported", //$NON-NLS-1$ //$NON-NLS-2$
			"printer-state", PRINTER_STATE_MESSAGE, "printer-state-reasons", "printer-state-change-time", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"printer-is-accepting-jobs", "printer-is-shared", "printer-is-temporary", "printer-location", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"printer-info", "printer-make-and-model", "device-uri", "printer-type", "member-names", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"printer-error-policy", "queued-job-count", "marker-names", "marker-levels", "marker-colors", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"marker-types"); //$NON-NLS-1$

	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 */
	public PrinterOperations(IppExchange exchange) {
		this.exchange = exchange;
	}

	/** CUPS-Get-Printers. */
	public List<Printer> getPrinters(IProgressMonitor monitor) throws IppException {
		return list(IppOperation.CUPS_GET_PRINTERS, Messages.Op_getPrinters, monitor);
	}

	/** CUPS-Get-Classes. */
	public List<Printer> getClasses(IProgressMonitor monitor) throws IppException {
		return list(IppOperation.CUPS_GET_CLASSES, Messages.Op_getClasses, monitor);
	}

	private List<Printer> list(int operation, String name, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(name, monitor);
		IppMessage request = exchange.request(operation)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, exchange.currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, ATTRIBUTES.toArray()).build();
		IppMessage response = exchange.ipp(op, request, ROOT_PATH, true);
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return List.of(); // CUPS: "No destinations added."
		}
		exchange.check(op, response);
		return response.groups(IppTag.PRINTER_ATTRIBUTES).stream().map(Printer::new).toList();
	}

	/** CUPS-Get-Default. */
	public Optional<Printer> getDefault(IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.Op_getDefault, monitor);
		IppMessage request = exchange.request(IppOperation.CUPS_GET_DEFAULT)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, exchange.currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, ATTRIBUTES.toArray()).build();
		IppMessage response = exchange.ipp(op, request, ROOT_PATH, true);
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return Optional.empty();
		}
		exchange.check(op, response);
		IppAttributeGroup group = response.group(IppTag.PRINTER_ATTRIBUTES);
		return group == null ? Optional.empty() : Optional.of(new Printer(group));
	}

	/** Get-Printer-Attributes of one queue; null or empty {@code requested} for all. */
	public Printer getPrinterAttributes(String name, List<String> requested, IProgressMonitor monitor)
			throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_getPrinterAttributes, name), monitor);
		IppMessage request = exchange.request(IppOperation.GET_PRINTER_ATTRIBUTES, PRINTER_URI, exchange.printerUri(name))
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD,
						requested == null || requested.isEmpty() ? new Object[] { "all" } : requested.toArray()) //$NON-NLS-1$
				.build();
		IppMessage response = exchange.check(op, exchange.ipp(op, request, IppExchange.printerPath(name), true));
		IppAttributeGroup group = response.group(IppTag.PRINTER_ATTRIBUTES);
		if (group == null) {
			throw exchange.errors().malformed(op, "no printer-attributes group", null); //$NON-NLS-1$
		}
		return new Printer(group);
	}

	/** Pause-Printer. */
	public void pause(String name, String reasonMessageOrNull, IProgressMonitor monitor) throws IppException {
		administer(IppOperation.PAUSE_PRINTER, Messages.Op_pausePrinter, name, reasonMessageOrNull, monitor);
	}

	/** Resume-Printer. */
	public void resume(String name, IProgressMonitor monitor) throws IppException {
		administer(IppOperation.RESUME_PRINTER, Messages.Op_resumePrinter, name, null, monitor);
	}

	/** CUPS-Accept-Jobs. */
	public void acceptJobs(String name, IProgressMonitor monitor) throws IppException {
		administer(IppOperation.CUPS_ACCEPT_JOBS, Messages.Op_acceptJobs, name, null, monitor);
	}

	/** CUPS-Reject-Jobs. */
	public void rejectJobs(String name, String message, IProgressMonitor monitor) throws IppException {
		administer(IppOperation.CUPS_REJECT_JOBS, Messages.Op_rejectJobs, name, message, monitor);
	}

	/** CUPS-Set-Default. */
	public void setDefault(String name, IProgressMonitor monitor) throws IppException {
		administer(IppOperation.CUPS_SET_DEFAULT, Messages.Op_setDefault, name, null, monitor);
	}

	/** CUPS-Delete-Printer (never re-sent after a network failure). */
	public void delete(String name, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_deletePrinter, name), monitor);
		IppMessage request = exchange
				.request(IppOperation.CUPS_DELETE_PRINTER, PRINTER_URI, exchange.printerUri(name)).build();
		exchange.check(op, exchange.ipp(op, request, ADMIN_PATH, false));
	}

	private void administer(int operation, String message, String name, String stateMessage,
			IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(message, name), monitor);
		IppMessage.Builder builder = exchange.request(operation, PRINTER_URI, exchange.printerUri(name));
		if (stateMessage != null) {
			builder.operation(PRINTER_STATE_MESSAGE, IppTag.TEXT, stateMessage);
		}
		exchange.check(op, exchange.ipp(op, builder.build(), ADMIN_PATH, true));
	}

	/** CUPS-Add-Modify-Printer: creates the queue or changes the fields that are set. */
	public void addModify(String name, PrinterSettings settings, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_addModifyPrinter, name), monitor);
		IppMessage.Builder builder = exchange
				.request(IppOperation.CUPS_ADD_MODIFY_PRINTER, PRINTER_URI, exchange.printerUri(name))
				.group(IppTag.PRINTER_ATTRIBUTES);
		if (settings.deviceUri() != null) {
			builder.attribute("device-uri", IppTag.URI, settings.deviceUri()); //$NON-NLS-1$
		}
		if (settings.ppdName() != null) {
			builder.attribute("ppd-name", IppTag.NAME, settings.ppdName()); //$NON-NLS-1$
		}
		if (settings.info() != null) {
			builder.attribute("printer-info", IppTag.TEXT, settings.info()); //$NON-NLS-1$
		}
		if (settings.location() != null) {
			builder.attribute("printer-location", IppTag.TEXT, settings.location()); //$NON-NLS-1$
		}
		if (settings.shared() != null) {
			builder.attribute("printer-is-shared", IppTag.BOOLEAN, settings.shared()); //$NON-NLS-1$
		}
		if (settings.errorPolicy() != null) {
			builder.attribute("printer-error-policy", IppTag.NAME, settings.errorPolicy()); //$NON-NLS-1$
		}
		if (settings.enabled() != null) {
			builder.attribute("printer-state", IppTag.ENUM, //$NON-NLS-1$
					Integer.valueOf(settings.enabled().booleanValue() ? 3 : 5));
		}
		if (settings.acceptingJobs() != null) {
			builder.attribute("printer-is-accepting-jobs", IppTag.BOOLEAN, settings.acceptingJobs()); //$NON-NLS-1$
		}
		exchange.check(op, exchange.ipp(op, IppEncoder.encode(builder.build()), null, ADMIN_PATH,
				true, null, exchange.options().readTimeout().plus(exchange.options().readTimeout())));
	}
}
