package org.cupola.ipp;

import java.util.List;
import java.util.Map;

import org.cupola.ipp.internal.session.ClassOperations;
import org.cupola.ipp.internal.session.IppExchange;
import org.cupola.ipp.internal.session.QueueAdminOperations;
import org.cupola.ipp.internal.session.QueueCopy;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The administration of queues and classes beyond their state (issue 11): printer attributes (policies, access
 * lists, banners, {@code *-default} job options), PPDs and their defaults, maintenance commands, classes and their
 * members, Duplicate and Rename. Reached through {@link CupsConnection#admin()}; it shares the connection's
 * authentication, cancellation and timeouts, and each method is a one-line delegate to an operation group of
 * {@code org.cupola.ipp.internal.session}. Administrators only. Every method blocks (run it in a job), takes a
 * monitor for progress and cancellation (may be null) and fails with an {@link IppException} when CUPS refuses or
 * the network fails.
 */
public final class QueueAdmin {

	private final IppExchange exchange;
	private final QueueAdminOperations queues;
	private final ClassOperations classes;

	QueueAdmin(IppExchange exchange, QueueAdminOperations queues) {
		this.exchange = exchange;
		this.queues = queues;
		this.classes = new ClassOperations(exchange);
	}

	/**
	 * CUPS-Add-Modify-Printer (or -Class if {@code isClass}) with exactly the given printer attributes, e.g. from
	 * {@link QueueAttributes} or the factories of {@link QueueSetting} ({@code *-default} job options); fails when
	 * CUPS refuses (e.g. an unknown policy).
	 */
	public void modifyQueue(String name, boolean isClass, List<QueueSetting> settings, IProgressMonitor monitor)
			throws IppException {
		queues.modify(name, isClass, settings.stream().map(QueueSetting::attribute).toList(), monitor);
	}

	/** Uploads a PPD file for a queue: CUPS-Add-Modify-Printer with the file, as {@code lpadmin -P}. */
	public void uploadPpd(String name, byte[] ppd, IProgressMonitor monitor) throws IppException {
		queues.uploadPpd(name, ppd, monitor);
	}

	/** Saves PPD option defaults (option → choice) as {@code lpadmin -o}: PPD downloaded, rewritten, uploaded. */
	public void setPpdDefaults(String name, Map<String, String> defaults, IProgressMonitor monitor)
			throws IppException {
		queues.setPpdDefaults(name, defaults, monitor);
	}

	/**
	 * Sends a maintenance command ({@code PrintSelfTestPage}, {@code Clean all}, {@code ReportLevels}) as an
	 * {@code application/vnd.cups-command} job; returns the job id.
	 */
	public int sendPrinterCommand(String name, String command, IProgressMonitor monitor) throws IppException {
		return queues.sendCommand(name, command, monitor);
	}

	/** CUPS-Add-Modify-Class: creates the class or changes the fields set in {@code settings} (members by name). */
	public void addModifyClass(String name, ClassSettings settings, IProgressMonitor monitor) throws IppException {
		classes.addModify(name, settings, monitor);
	}

	/** Sets the members of a class (at least one), as CUPS-Add-Modify-Class with {@code member-uris} only. */
	public void setClassMembers(String name, List<String> members, IProgressMonitor monitor) throws IppException {
		addModifyClass(name, ClassSettings.members(members), monitor);
	}

	/** {@return a class's {@code member-names}, in CUPS's order} Not found: {@link IppStatusException}. */
	public List<String> getClassMembers(String name, IProgressMonitor monitor) throws IppException {
		return classes.members(name, monitor);
	}

	/** CUPS-Delete-Class (the member queues stay). */
	public void deleteClass(String name, IProgressMonitor monitor) throws IppException {
		classes.delete(name, monitor);
	}

	/**
	 * Creates {@code target} (which must not exist) with every setting of the printer or class {@code source}: its
	 * PPD, policies, banners, allowed users, default job options and state. A failure after the server was changed
	 * ends with a {@link QueueCopyException} that says what was done.
	 */
	public void duplicateQueue(String source, String target, IProgressMonitor monitor) throws IppException {
		QueueCopy.run(exchange, source, target, false, monitor);
	}

	/**
	 * Renames a queue the only way CUPS allows: {@link #duplicateQueue duplicates} it, adds the copy to the old one's
	 * classes, moves the pending jobs, makes it the default if the old one was, and deletes {@code source} only when
	 * all that worked. A failure after the server was changed ends with a {@link QueueCopyException}.
	 */
	public void renameQueue(String source, String target, IProgressMonitor monitor) throws IppException {
		QueueCopy.run(exchange, source, target, true, monitor);
	}
}
