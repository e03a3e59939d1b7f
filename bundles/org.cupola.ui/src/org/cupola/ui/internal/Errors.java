package org.cupola.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * How the views and dialogs report a failed CUPS operation: in a dialog with details, and in the platform log, where
 * an IDE's Error Log view shows it. Messages come from {@code IppException}s, which never carry a password.
 */
public final class Errors {

	/** The bundle's id, for the statuses it logs. */
	public static final String PLUGIN_ID = "org.cupola.ui"; //$NON-NLS-1$

	private Errors() {
	}

	/**
	 * Logs the failure and shows it (on the UI thread).
	 *
	 * @param shell
	 *            the dialog's parent
	 * @param title
	 *            the dialog title
	 * @param message
	 *            what failed, e.g. "Pausing paused failed."
	 * @param status
	 *            why, with the exception as details
	 */
	public static void show(Shell shell, String title, String message, IStatus status) {
		ILog.of(Errors.class).log(new MultiStatus(PLUGIN_ID, 0, new IStatus[] { status }, message, null));
		if (shell != null && !shell.isDisposed()) {
			ErrorDialog.openError(shell, title, message, status);
		}
	}
}
