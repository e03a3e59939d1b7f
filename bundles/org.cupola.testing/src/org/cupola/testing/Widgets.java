package org.cupola.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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
 * Finds the widgets of a panel, dialog or wizard by type, label, title or tag, reads what they show, and works them as
 * a user would (clicks, default button, Enter, Escape). Call on the UI thread.
 */
public final class Widgets {

	private Widgets() {
	}

	/** {@return every control of the type under root, depth first in creation order} */
	public static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> result = new ArrayList<>();
		collect(root, type, result);
		return result;
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> result) {
		for (Control c : parent.getChildren()) {
			if (type.isInstance(c)) {
				result.add(type.cast(c));
			}
			if (c instanceof Composite composite) {
				collect(composite, type, result);
			}
		}
	}

	/** {@return the button with this text (mnemonics included)} */
	public static Button button(Composite root, String text) {
		Button b = findButton(root, text);
		if (b == null) {
			throw new AssertionError("no button " + text); //$NON-NLS-1$
		}
		return b;
	}

	/** {@return the first button with this text (mnemonics included), depth first, or null if there is none (yet)} */
	public static Button findButton(Composite root, String text) {
		for (Button b : all(root, Button.class)) {
			if (text.equals(b.getText())) {
				return b;
			}
		}
		return null;
	}

	/** {@return the control created right after the label with this text} */
	public static <T extends Control> T after(Composite root, String labelText, Class<T> type) {
		for (Label label : all(root, Label.class)) {
			if (labelText.equals(label.getText())) {
				Control[] siblings = label.getParent().getChildren();
				for (int i = 0; i < siblings.length - 1; i++) {
					if (siblings[i] == label) {
						return type.cast(siblings[i + 1]);
					}
				}
			}
		}
		throw new AssertionError("no control after " + labelText); //$NON-NLS-1$
	}

	/** {@return the control of the type whose {@code getData(key)} equals value (a widget the code tagged)} */
	public static <T extends Control> T tagged(Composite root, String key, Object value, Class<T> type) {
		for (T control : all(root, type)) {
			if (value.equals(control.getData(key))) {
				return control;
			}
		}
		throw new AssertionError("no widget " + value); //$NON-NLS-1$
	}

	/** {@return the visible shells of the display whose title starts with the prefix, in creation order} */
	public static List<Shell> shells(Display display, String titlePrefix) {
		List<Shell> result = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith(titlePrefix)) {
				result.add(shell);
			}
		}
		return result;
	}

	/** {@return the texts of the labels and read-only text fields under root (where a title area puts messages)} */
	public static List<String> texts(Composite root) {
		List<String> texts = new ArrayList<>();
		for (Label label : all(root, Label.class)) {
			texts.add(label.getText());
		}
		for (Text text : all(root, Text.class)) {
			if ((text.getStyle() & SWT.READ_ONLY) != 0) {
				texts.add(text.getText());
			}
		}
		return texts;
	}

	/** {@return whether any label or read-only text under root contains the text} */
	public static boolean shows(Composite root, String text) {
		return texts(root).stream().anyMatch(t -> t.contains(text));
	}

	/** Clicks a button (check boxes and radio buttons toggle first, as a click would). */
	public static void click(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Presses the shell's default button (OK), which must be enabled, as a click does. */
	public static void pressDefault(Shell shell) {
		Button ok = shell.getDefaultButton();
		if (ok == null || !ok.isEnabled()) {
			throw new AssertionError("OK is not the enabled default button"); //$NON-NLS-1$
		}
		ok.notifyListeners(SWT.Selection, new Event());
	}

	/** Presses the push button under root whose label (mnemonics removed) matches. */
	public static void press(Composite root, Predicate<String> label) {
		for (Button button : all(root, Button.class)) {
			String text = button.getText().replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if ((button.getStyle() & SWT.PUSH) != 0 && label.test(text)) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("no such button"); //$NON-NLS-1$
	}

	/** Presses Escape in the control. */
	public static void escape(Control control) {
		control.traverse(SWT.TRAVERSE_ESCAPE);
	}

	/** Presses Enter in the control. */
	public static void enter(Control control) {
		control.traverse(SWT.TRAVERSE_RETURN);
	}
}
