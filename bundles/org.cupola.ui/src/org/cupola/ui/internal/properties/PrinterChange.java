package org.cupola.ui.internal.properties;

import java.util.Objects;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One edit a {@link PrinterPropertyPage} asks for, sent after OK by the dialog's single job: {@code label} names the
 * edited field in words (for progress and for a per-field failure report), {@code action} does the I/O through a core
 * operation and runs on the job's thread, never on the UI thread.
 *
 * @param label
 *            what is changed, e.g. "Location" or "Operation policy"
 * @param action
 *            the core operation that makes the change
 */
public record PrinterChange(String label, PrinterChange.Action action) {

	/** The I/O of one change; runs in a job. */
	@FunctionalInterface
	public interface Action {
		/**
		 * @param connection
		 *            the queue's server connection
		 * @param monitor
		 *            progress and cancellation of this change
		 * @throws IppException
		 *             when CUPS refuses the change or cannot be reached
		 */
		void apply(CupsConnection connection, IProgressMonitor monitor) throws IppException;
	}

	/** Checks the parts. */
	public PrinterChange {
		Objects.requireNonNull(label);
		Objects.requireNonNull(action);
	}
}
