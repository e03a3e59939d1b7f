package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.ADMIN_PATH;
import static org.cupola.ipp.internal.session.IppExchange.MAX_HTTP_BODY;
import static org.cupola.ipp.internal.session.IppExchange.PRINTER_URI;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cupola.ipp.ClassSettings;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.Job;
import org.cupola.ipp.Printer;
import org.cupola.ipp.QueueCopyException;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Duplicates or renames a queue (printer or class). CUPS has no rename: the new queue is created with every setting
 * of the old one (device URI, the PPD as the old queue has it, description, location, sharing, error and operation
 * policy, banners, allowed and denied users, quotas, every {@code *-default} job option that differs, members of a
 * class), first stopped and rejecting jobs, then given the old queue's state. A rename then adds the new queue to the
 * classes of the old one, moves the pending jobs (CUPS-Move-Job), makes it the default destination if the old one
 * was, and deletes the old queue only once everything before succeeded and no job is left on it. A failure or a
 * cancellation after the first change ends with a {@link QueueCopyException} that lists what was done.
 */
public final class QueueCopy {

	/** What is read from the old queue: all, plus what CUPS only sends when asked by name. */
	static final List<String> SOURCE_ATTRIBUTES = List.of("all", "printer-op-policy", "printer-error-policy", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"requesting-user-name-allowed", "requesting-user-name-denied", "port-monitor", "job-quota-period", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"job-k-limit", "job-page-limit", "job-sheets-default", "member-names", "printer-type", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"printer-organization", "printer-organizational-unit", "device-uri"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Settings copied as they are when the old queue has them, with the value tag CUPS expects. */
	private static final Map<String, Integer> PLAIN = Map.ofEntries(
			Map.entry("printer-info", Integer.valueOf(IppTag.TEXT)), //$NON-NLS-1$
			Map.entry("printer-location", Integer.valueOf(IppTag.TEXT)), //$NON-NLS-1$
			Map.entry("printer-organization", Integer.valueOf(IppTag.TEXT)), //$NON-NLS-1$
			Map.entry("printer-organizational-unit", Integer.valueOf(IppTag.TEXT)), //$NON-NLS-1$
			Map.entry("printer-is-shared", Integer.valueOf(IppTag.BOOLEAN)), //$NON-NLS-1$
			Map.entry("printer-error-policy", Integer.valueOf(IppTag.NAME)), //$NON-NLS-1$
			Map.entry("printer-op-policy", Integer.valueOf(IppTag.NAME)), //$NON-NLS-1$
			Map.entry("job-sheets-default", Integer.valueOf(IppTag.NAME)), //$NON-NLS-1$
			Map.entry("requesting-user-name-allowed", Integer.valueOf(IppTag.NAME)), //$NON-NLS-1$
			Map.entry("requesting-user-name-denied", Integer.valueOf(IppTag.NAME)), //$NON-NLS-1$
			Map.entry("port-monitor", Integer.valueOf(IppTag.NAME)), //$NON-NLS-1$
			Map.entry("job-quota-period", Integer.valueOf(IppTag.INTEGER)), //$NON-NLS-1$
			Map.entry("job-k-limit", Integer.valueOf(IppTag.INTEGER)), //$NON-NLS-1$
			Map.entry("job-page-limit", Integer.valueOf(IppTag.INTEGER))); //$NON-NLS-1$

	/** The value tags CUPS keeps as a queue's default option (one value each). */
	private static final Set<Integer> DEFAULT_TAGS = Set.of(Integer.valueOf(IppTag.INTEGER),
			Integer.valueOf(IppTag.BOOLEAN), Integer.valueOf(IppTag.ENUM), Integer.valueOf(IppTag.KEYWORD),
			Integer.valueOf(IppTag.NAME), Integer.valueOf(IppTag.TEXT), Integer.valueOf(IppTag.URI),
			Integer.valueOf(IppTag.RESOLUTION), Integer.valueOf(IppTag.RANGE_OF_INTEGER));

	private final IppExchange exchange;
	private final PrinterOperations printers;
	private final ClassOperations classes;
	private final JobOperations jobs;
	private final String source;
	private final String target;
	private final boolean rename;
	private final List<String> done = new ArrayList<>();
	private boolean sourceDeleted;

	private QueueCopy(IppExchange exchange, String source, String target, boolean rename) {
		this.exchange = exchange;
		this.printers = new PrinterOperations(exchange);
		this.classes = new ClassOperations(exchange);
		this.jobs = new JobOperations(exchange);
		this.source = source;
		this.target = target;
		this.rename = rename;
	}

	/**
	 * Creates {@code target} as a copy of {@code source}; with {@code rename}, also moves the jobs and deletes
	 * {@code source}.
	 *
	 * @param exchange
	 *            the connection's request/response core
	 * @param source
	 *            the old queue
	 * @param target
	 *            the new name (must not exist)
	 * @param rename
	 *            true to rename, false to duplicate
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             a {@link QueueCopyException} when the server was changed before the failure, else the failure
	 */
	public static void run(IppExchange exchange, String source, String target, boolean rename,
			IProgressMonitor monitor) throws IppException {
		new QueueCopy(exchange, source, target, rename).run(monitor);
	}

	private String title() {
		return QueueMessages.bind(rename ? QueueMessages.Copy_renaming : QueueMessages.Copy_duplicating, source,
				target);
	}

	private void run(IProgressMonitor monitor) throws IppException {
		SubMonitor progress = SubMonitor.convert(monitor, title(), 100);
		if (source.equals(target)) {
			throw new IppException(QueueMessages.Copy_sameName);
		}
		try {
			copy(progress);
		} catch (IppException | RuntimeException e) { // OperationCanceledException included
			if (done.isEmpty()) {
				throw e;
			}
			throw failed(e);
		}
	}

	private void copy(SubMonitor progress) throws IppException {
		progress.subTask(QueueMessages.bind(QueueMessages.Step_read, source));
		Printer old = printers.getPrinterAttributes(source, SOURCE_ATTRIBUTES, progress.split(5));
		requireAbsent(progress.split(5));
		boolean isClass = old.isClass();
		byte[] ppd = null;
		if (!isClass) {
			progress.subTask(QueueMessages.bind(QueueMessages.Step_ppd, source));
			ppd = downloadPpd(progress.split(10));
		}
		progress.setWorkRemaining(80);
		progress.subTask(QueueMessages.bind(QueueMessages.Step_create, target));
		create(old, isClass, ppd, progress.split(20));
		progress.subTask(QueueMessages.Step_defaults);
		copyDefaults(old, isClass, progress.split(10));
		if (rename) {
			progress.subTask(QueueMessages.bind(QueueMessages.Step_classes, target, source));
			joinClasses(progress.split(10));
		}
		progress.setWorkRemaining(40);
		progress.subTask(QueueMessages.bind(QueueMessages.Step_state, target));
		setState(old, isClass, progress.split(5));
		if (!rename) {
			progress.done();
			return;
		}
		progress.subTask(QueueMessages.bind(QueueMessages.Step_jobs, target));
		moveJobs(progress.split(20));
		if (old.isDefault()) {
			printers.setDefault(target, progress.split(5));
			done.add(QueueMessages.bind(QueueMessages.Copy_madeDefault, target));
		}
		progress.setWorkRemaining(10);
		progress.subTask(QueueMessages.bind(QueueMessages.Step_delete, source));
		if (isClass) {
			classes.delete(source, progress.split(10));
		} else {
			printers.delete(source, progress.split(10));
		}
		sourceDeleted = true;
		done.add(QueueMessages.bind(QueueMessages.Copy_deleted, source));
	}

	private void requireAbsent(IProgressMonitor monitor) throws IppException {
		try {
			printers.getPrinterAttributes(target, List.of("printer-name"), monitor); //$NON-NLS-1$
		} catch (IppStatusException e) {
			if (e.isNotFound()) {
				return;
			}
			throw e;
		}
		throw new IppException(
				QueueMessages.bind(QueueMessages.Copy_targetExists, target, exchange.server().hostAndPort()));
	}

	/** {@return the PPD's bytes as they are (no decoding), or null for a queue without one} */
	private byte[] downloadPpd(IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_getPpd, source), monitor);
		String path = IppExchange.printerPath(source) + ".ppd"; //$NON-NLS-1$
		return exchange.http(op, "GET", path, Map.of(), null, true, MAX_HTTP_BODY, true); //$NON-NLS-1$
	}

	private void create(Printer old, boolean isClass, byte[] ppd, IProgressMonitor monitor) throws IppException {
		IppAttributeGroup from = old.attributes();
		IppMessage.Builder builder = exchange
				.request(isClass ? IppOperation.CUPS_ADD_MODIFY_CLASS : IppOperation.CUPS_ADD_MODIFY_PRINTER,
						PRINTER_URI, isClass ? classes.classUri(target) : exchange.printerUri(target))
				.group(IppTag.PRINTER_ATTRIBUTES);
		if (isClass) {
			builder.attribute(classes.memberUris(old.memberNames()));
		} else if (old.deviceUri() != null) {
			builder.attribute("device-uri", IppTag.URI, old.deviceUri()); //$NON-NLS-1$
		}
		for (Map.Entry<String, Integer> plain : PLAIN.entrySet()) {
			IppAttribute a = from.get(plain.getKey());
			// CUPS refuses port-monitor "none" (what it reports when there is none)
			if (a != null && !a.values().isEmpty() && a.tag() != IppTag.NO_VALUE && a.tag() != IppTag.UNKNOWN
					&& !List.of("none").equals(a.values())) { //$NON-NLS-1$
				builder.attribute(plain.getKey(), plain.getValue().intValue(), a.values().toArray());
			}
		}
		// CUPS creates a queue stopped (without the "paused" reason); it rejects jobs until the copy is complete
		builder.attribute("printer-is-accepting-jobs", IppTag.BOOLEAN, Boolean.FALSE); //$NON-NLS-1$
		Op op = Op.begin(QueueMessages.bind(QueueMessages.Op_create, target, source), monitor);
		exchange.check(op, exchange.ipp(op, IppEncoder.encode(builder.build()), ppd, ADMIN_PATH, ppd == null, null,
				exchange.options().readTimeout().plus(exchange.options().readTimeout())));
		done.add(isClass ? QueueMessages.bind(QueueMessages.Copy_createdClass, target, source)
				: QueueMessages.bind(QueueMessages.Copy_created, target));
		if (ppd != null) {
			done.add(QueueMessages.bind(QueueMessages.Copy_withPpd, source, target));
		}
	}

	/** Sends the old queue's {@code *-default} values that the new one (with the same PPD) does not have already. */
	private void copyDefaults(Printer old, boolean isClass, IProgressMonitor monitor) throws IppException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		IppAttributeGroup now = printers.getPrinterAttributes(target, SOURCE_ATTRIBUTES, progress.split(1))
				.attributes();
		List<IppAttribute> differing = new ArrayList<>();
		for (IppAttribute a : old.attributes().attributes()) {
			if (a.name().endsWith("-default") && !PLAIN.containsKey(a.name()) && a.values().size() == 1 //$NON-NLS-1$
					&& DEFAULT_TAGS.contains(Integer.valueOf(a.tag())) && !a.equals(now.get(a.name()))) {
				differing.add(a);
			}
		}
		if (differing.isEmpty()) {
			progress.done();
			return;
		}
		IppMessage.Builder builder = exchange
				.request(isClass ? IppOperation.CUPS_ADD_MODIFY_CLASS : IppOperation.CUPS_ADD_MODIFY_PRINTER,
						PRINTER_URI, isClass ? classes.classUri(target) : exchange.printerUri(target))
				.group(IppTag.PRINTER_ATTRIBUTES);
		differing.forEach(builder::attribute);
		Op op = Op.begin(QueueMessages.bind(QueueMessages.Op_defaults, target), progress.split(1));
		exchange.check(op, exchange.ipp(op, builder.build(), ADMIN_PATH, true));
		done.add(QueueMessages.bind(QueueMessages.Copy_defaults, Integer.toString(differing.size()), target));
	}

	/** Adds the new queue to every class the old one belongs to (CUPS drops the old one when it is deleted). */
	private void joinClasses(IProgressMonitor monitor) throws IppException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		List<String> joined = new ArrayList<>();
		for (Printer c : printers.getClasses(progress.split(2))) {
			List<String> members = c.memberNames();
			if (members.contains(source) && !members.contains(target)) {
				List<String> more = new ArrayList<>(members);
				more.add(target);
				progress.setWorkRemaining(8);
				classes.addModify(c.name(), ClassSettings.members(more), progress.split(1));
				joined.add(c.name());
			}
		}
		if (!joined.isEmpty()) {
			done.add(QueueMessages.bind(QueueMessages.Copy_joinedClasses, target, String.join(", ", joined))); //$NON-NLS-1$
		}
		progress.done();
	}

	private void setState(Printer old, boolean isClass, IProgressMonitor monitor) throws IppException {
		boolean enabled = old.state() != Printer.State.STOPPED;
		boolean accepting = old.acceptingJobs();
		IppMessage.Builder builder = exchange
				.request(isClass ? IppOperation.CUPS_ADD_MODIFY_CLASS : IppOperation.CUPS_ADD_MODIFY_PRINTER,
						PRINTER_URI, isClass ? classes.classUri(target) : exchange.printerUri(target))
				.group(IppTag.PRINTER_ATTRIBUTES)
				.attribute("printer-is-accepting-jobs", IppTag.BOOLEAN, Boolean.valueOf(accepting)); //$NON-NLS-1$
		// the new queue is stopped already: stopping it again would add the "paused" reason a queue that was
		// never enabled does not have
		if (enabled || old.stateReasons().contains("paused")) { //$NON-NLS-1$
			builder.attribute("printer-state", IppTag.ENUM, Integer.valueOf(enabled ? 3 : 5)); //$NON-NLS-1$
		}
		String message = old.stateMessage();
		if (message != null && !message.isEmpty()) {
			builder.attribute("printer-state-message", IppTag.TEXT, message); //$NON-NLS-1$
		}
		Op op = Op.begin(QueueMessages.bind(QueueMessages.Op_state, target), monitor);
		exchange.check(op, exchange.ipp(op, builder.build(), ADMIN_PATH, true));
		done.add(QueueMessages.bind(QueueMessages.Copy_state, new Object[] { target, source,
				Boolean.toString(enabled), Boolean.toString(accepting) }));
	}

	/** Moves every job of the old queue that has not finished; fails if one stays behind. */
	private void moveJobs(IProgressMonitor monitor) throws IppException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		List<Job> pending = jobs.getJobs(source, WhichJobs.NOT_COMPLETED, false, 0, List.of("job-id"), //$NON-NLS-1$
				progress.split(2));
		if (!pending.isEmpty()) {
			jobs.moveAll(source, target, progress.split(6));
			done.add(QueueMessages.bind(QueueMessages.Copy_movedJobs, Integer.toString(pending.size()), source,
					target));
		}
		List<Job> left = jobs.getJobs(source, WhichJobs.NOT_COMPLETED, false, 0, List.of("job-id"), //$NON-NLS-1$
				progress.split(2));
		if (!left.isEmpty()) {
			throw new IppException(
					QueueMessages.bind(QueueMessages.Copy_jobsLeft, Integer.toString(left.size()), source, target));
		}
	}

	private QueueCopyException failed(Exception cause) {
		String why = cause instanceof OperationCanceledException ? QueueMessages.Copy_cancelled : cause.getMessage();
		String kept = QueueMessages.bind(sourceDeleted ? QueueMessages.Copy_sourceGone : QueueMessages.Copy_sourceKept,
				source);
		String message = QueueMessages.bind(QueueMessages.Copy_stopped,
				new Object[] { title(), why, String.join("; ", done), kept }); //$NON-NLS-1$
		return new QueueCopyException(message, done, !sourceDeleted, cause);
	}
}
