package org.cupola.auth.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.cupola.testing.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Finds the credentials dialog among a display's shells and works it the way a user would: typing into its fields,
 * ticking the check box, pressing OK, Cancel, Enter or Escape. Also takes screenshots.
 */
final class DialogDriver {

	/** The start of the dialog's shell title ("Authentication (fetching device list)"). */
	static final String TITLE_PREFIX = "Authentication ("; //$NON-NLS-1$

	private DialogDriver() {
	}

	/** The open credentials dialogs of the display, in creation order. */
	static List<Shell> dialogs(Display display) {
		List<Shell> result = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith(TITLE_PREFIX)) {
				result.add(shell);
			}
		}
		return result;
	}

	/** The single open credentials dialog, or null if none is open. */
	static Shell dialog(Display display) {
		List<Shell> dialogs = dialogs(display);
		if (dialogs.size() > 1) {
			throw new AssertionError("more than one credentials dialog open: " + dialogs.size()); //$NON-NLS-1$
		}
		return dialogs.isEmpty() ? null : dialogs.get(0);
	}

	/** Every control of the type under root, depth first. */
	static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> result = new ArrayList<>();
		collect(root, type, result);
		return result;
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> result) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				result.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				collect(composite, type, result);
			}
		}
	}

	/** The widget the dialog tagged with {@link CredentialsDialog#WIDGET_ID}. */
	static <T extends Control> T widget(Shell dialog, String id, Class<T> type) {
		for (T control : all(dialog, type)) {
			if (id.equals(control.getData(CredentialsDialog.WIDGET_ID))) {
				return control;
			}
		}
		throw new AssertionError("no widget " + id); //$NON-NLS-1$
	}

	static Text user(Shell dialog) {
		return widget(dialog, CredentialsDialog.USER, Text.class);
	}

	static Text password(Shell dialog) {
		return widget(dialog, CredentialsDialog.PASSWORD, Text.class);
	}

	static Button remember(Shell dialog) {
		return widget(dialog, CredentialsDialog.REMEMBER, Button.class);
	}

	/** Whether any label or read-only text of the dialog (title area included) contains the text. */
	static boolean shows(Shell dialog, String text) {
		return texts(dialog).stream().anyMatch(t -> t.contains(text));
	}

	/** The texts of the dialog's labels and read-only text fields (where the title area puts its messages). */
	static List<String> texts(Shell dialog) {
		List<String> texts = new ArrayList<>();
		for (Label label : all(dialog, Label.class)) {
			texts.add(label.getText());
		}
		for (Text text : all(dialog, Text.class)) {
			if ((text.getStyle() & SWT.READ_ONLY) != 0) {
				texts.add(text.getText());
			}
		}
		return texts;
	}

	/** Types a user name and password. */
	static void fill(Shell dialog, String user, String password) {
		user(dialog).setText(user);
		password(dialog).setText(password);
	}

	/** Presses the default button (OK), as a click does. */
	static void pressOk(Shell dialog) {
		Button ok = dialog.getDefaultButton();
		if (ok == null || !ok.isEnabled()) {
			throw new AssertionError("OK is not the enabled default button"); //$NON-NLS-1$
		}
		ok.notifyListeners(SWT.Selection, new Event());
	}

	/** Presses the button with this label (mnemonics ignored). */
	static void press(Shell dialog, Predicate<String> label) {
		for (Button button : all(dialog, Button.class)) {
			String text = button.getText().replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if ((button.getStyle() & SWT.PUSH) != 0 && label.test(text)) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("no such button"); //$NON-NLS-1$
	}

	/** Presses Escape in the password field. */
	static void escape(Shell dialog) {
		password(dialog).traverse(SWT.TRAVERSE_ESCAPE);
	}

	/** Presses Enter in the password field. */
	static void enter(Shell dialog) {
		password(dialog).traverse(SWT.TRAVERSE_RETURN);
	}

	/**
	 * Saves a PNG of the shell as {@code name} in the directory named by the system property
	 * {@code cupola.screenshots}; does nothing when it is not set.
	 */
	static void screenshot(Shell shell, String name) {
		Screenshots.save(shell, name);
	}

}
