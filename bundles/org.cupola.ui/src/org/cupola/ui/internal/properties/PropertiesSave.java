package org.cupola.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.QueueRule;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Sends the changes of Printer Properties in one user job (named after the queue, in the server's job family, under
 * the queue's {@link QueueRule}, cancellable on the wire). A change that fails does not stop the others: the job's
 * result lists every failed field with CUPS's reason.
 */
public final class PropertiesSave {

	/**
	 * A field that was not saved.
	 *
	 * @param label
	 *            the field, as its {@link PrinterChange} names it
	 * @param reason
	 *            why, as CUPS or the network said
	 */
	public record Failure(String label, String reason) {
	}

	private PropertiesSave() {
	}

	/**
	 * Schedules the job.
	 *
	 * @param connection
	 *            the server
	 * @param queue
	 *            the queue or class
	 * @param changes
	 *            the changes, applied in order
	 * @return the scheduled job; its result is the failures (empty when everything was saved)
	 */
	public static CupsJob<List<Failure>> start(CupsConnection connection, String queue, List<PrinterChange> changes) {
		List<PrinterChange> copy = List.copyOf(changes);
		CupsJob<List<Failure>> job = new CupsJob<>(NLS.bind(Messages.Properties_jobSave, queue), connection.server(),
				monitor -> apply(connection, copy, monitor));
		job.setUser(true);
		job.setRule(new QueueRule(connection.server(), queue));
		job.schedule();
		return job;
	}

	/**
	 * Applies the changes one after the other (on the calling thread, not the UI thread).
	 *
	 * @return the failures
	 */
	static List<Failure> apply(CupsConnection connection, List<PrinterChange> changes,
			org.eclipse.core.runtime.IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, changes.size());
		List<Failure> failures = new ArrayList<>();
		for (PrinterChange change : changes) {
			sub.subTask(change.label());
			try {
				change.action().apply(connection, sub.split(1));
			} catch (IppException e) {
				failures.add(new Failure(change.label(), e.getMessage()));
			}
		}
		return failures;
	}

	/**
	 * The dialog that says which fields were not saved and why (not opened; the caller opens it).
	 *
	 * @param shell
	 *            the parent
	 * @param connection
	 *            the server (for the log)
	 * @param queue
	 *            the queue
	 * @param failures
	 *            the failures, not empty
	 * @return the dialog
	 */
	public static ErrorDialog failureDialog(Shell shell, CupsConnection connection, String queue,
			List<Failure> failures) {
		String message = message(queue, failures);
		List<IStatus> children = new ArrayList<>();
		for (Failure f : failures) {
			children.add(Status.error(NLS.bind(Messages.Properties_failure, f.label(), f.reason())));
		}
		MultiStatus status = new MultiStatus(Errors.PLUGIN_ID, 0, children.toArray(IStatus[]::new),
				NLS.bind(Messages.Properties_failuresCount, Integer.valueOf(failures.size())), null);
		org.eclipse.core.runtime.ILog.of(PropertiesSave.class)
				.log(Errors.logged(message, status, connection.server()));
		return new ErrorDialog(shell, Messages.Properties_saveTitle, message, status, IStatus.ERROR);
	}

	/** {@return "Some properties of Q were not saved:" and one line per failed field with its reason} */
	public static String message(String queue, List<Failure> failures) {
		StringBuilder sb = new StringBuilder(NLS.bind(Messages.Properties_saveFailed, queue));
		for (Failure f : failures) {
			sb.append('\n').append(NLS.bind(Messages.Properties_failure, f.label(), f.reason()));
		}
		return sb.toString();
	}
}
