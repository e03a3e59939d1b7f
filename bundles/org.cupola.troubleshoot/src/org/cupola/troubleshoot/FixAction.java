package org.cupola.troubleshoot;

import org.cupola.ipp.IppException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Fixes what a {@link Finding} reports, through the IPP core (enable the queue, accept jobs, share it, turn on
 * publishing). Administrative operations ask for credentials through the connection's prompt; run it with
 * {@link Troubleshooter#applyFix(Finding, IProgressMonitor)}, which turns a cancelled or refused authentication into
 * {@link FixResult.Status#NEEDS_ADMIN}.
 */
public interface FixAction {

	/** {@return the button label / CLI description, e.g. "Enable the queue"} */
	String label();

	/**
	 * Applies the fix. Updates the answers it invalidates (e.g. the printer's state).
	 *
	 * @param context
	 *            the run's context (connection, answers)
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when CUPS refuses or fails
	 */
	void apply(Context context, IProgressMonitor monitor) throws IppException;
}
