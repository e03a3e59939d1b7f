package org.cupola.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cupola.ipp.CupsServer;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * How the views and dialogs report a failed CUPS operation: in a dialog with details, and in the platform log, where
 * the Error Log view (in the product and in an IDE) shows it with the operation, the server and the reason. Messages
 * come from {@code IppException}s, which never carry a password; what is logged is scrubbed once more (passwords in
 * URIs, {@code Authorization} values), since the log outlives the dialog.
 */
public final class Errors {

	/** The bundle's id, for the statuses it logs. */
	public static final String PLUGIN_ID = "org.cupola.ui"; //$NON-NLS-1$

	private static final Pattern URI_PASSWORD = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^\\s/@:\"']*):[^\\s/@\"']*@"); //$NON-NLS-1$
	private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(authorization\\s*[:=]\\s*)(?:\\w+\\s+)?\\S+"); //$NON-NLS-1$
	private static final String MASK = "***"; //$NON-NLS-1$

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
		show(shell, title, message, status, null);
	}

	/**
	 * Logs the failure with the server it happened on, and shows it (on the UI thread).
	 *
	 * @param shell
	 *            the dialog's parent
	 * @param title
	 *            the dialog title
	 * @param message
	 *            what failed, naming the operation, e.g. "Pausing paused failed."
	 * @param status
	 *            why, with the exception as details
	 * @param server
	 *            the server the operation talked to, or null
	 */
	public static void show(Shell shell, String title, String message, IStatus status, CupsServer server) {
		ILog.of(Errors.class).log(logged(message, status, server));
		if (shell != null && !shell.isDisposed()) {
			ErrorDialog.openError(shell, title, message, status);
		}
	}

	/**
	 * What goes to the log: "{operation failed} Server: {server}. {reason}", scrubbed, with the reason as child.
	 *
	 * @param message
	 *            what failed
	 * @param status
	 *            why
	 * @param server
	 *            the server, or null
	 * @return the status to log
	 */
	public static IStatus logged(String message, IStatus status, CupsServer server) {
		String reason = scrub(status.getMessage());
		String text = server == null ? NLS.bind(Messages.Errors_logged, scrub(message), reason)
				: NLS.bind(Messages.Errors_loggedWithServer, new Object[] { scrub(message), server, reason });
		Throwable e = status.getException();
		if (e != null && e.getMessage() != null && !e.getMessage().equals(scrub(e.getMessage()))) {
			Exception clean = new Exception(e.getClass().getName() + ": " + scrub(e.getMessage())); //$NON-NLS-1$
			clean.setStackTrace(e.getStackTrace());
			e = clean;
		}
		IStatus child = new Status(status.getSeverity(), status.getPlugin() == null ? PLUGIN_ID : status.getPlugin(),
				status.getCode(), reason, e);
		return new MultiStatus(PLUGIN_ID, 0, new IStatus[] { child }, text, null);
	}

	/** {@return the text without passwords in URIs and without Authorization values} */
	static String scrub(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String s = URI_PASSWORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ':' + MASK + '@'));
		return AUTHORIZATION.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
	}
}
