package org.cupola.auth.ui.internal;

import java.util.List;

import org.cupola.testing.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The credentials dialog as the tests see it: finds it among a display's shells and reaches its tagged fields. The
 * generic finding, reading and pressing is {@link Widgets}'.
 */
final class DialogDriver {

	/** The start of the dialog's shell title ("Authentication (fetching device list)"). */
	static final String TITLE_PREFIX = "Authentication ("; //$NON-NLS-1$

	private DialogDriver() {
	}

	/** The open credentials dialogs of the display, in creation order. */
	static List<Shell> dialogs(Display display) {
		return Widgets.shells(display, TITLE_PREFIX);
	}

	/** The single open credentials dialog, or null if none is open. */
	static Shell dialog(Display display) {
		List<Shell> dialogs = dialogs(display);
		if (dialogs.size() > 1) {
			throw new AssertionError("more than one credentials dialog open: " + dialogs.size()); //$NON-NLS-1$
		}
		return dialogs.isEmpty() ? null : dialogs.get(0);
	}

	static Text user(Shell dialog) {
		return Widgets.tagged(dialog, CredentialsDialog.WIDGET_ID, CredentialsDialog.USER, Text.class);
	}

	static Text password(Shell dialog) {
		return Widgets.tagged(dialog, CredentialsDialog.WIDGET_ID, CredentialsDialog.PASSWORD, Text.class);
	}

	static Button remember(Shell dialog) {
		return Widgets.tagged(dialog, CredentialsDialog.WIDGET_ID, CredentialsDialog.REMEMBER, Button.class);
	}

	/** Types a user name and password. */
	static void fill(Shell dialog, String user, String password) {
		user(dialog).setText(user);
		password(dialog).setText(password);
	}

	/** Presses Escape in the password field. */
	static void escape(Shell dialog) {
		Widgets.escape(password(dialog));
	}

	/** Presses Enter in the password field. */
	static void enter(Shell dialog) {
		Widgets.enter(password(dialog));
	}
}
