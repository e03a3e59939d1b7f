package org.cupola.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

/** Finds widgets of a dialog by type and label, and clicks them as a user would. */
final class Widgets {

	private Widgets() {
	}

	/** Every control of the type under root, in creation order. */
	static <T extends Control> List<T> all(Composite root, Class<T> type) {
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

	/** The button with this text. */
	static Button button(Composite root, String text) {
		for (Button b : all(root, Button.class)) {
			if (text.equals(b.getText())) {
				return b;
			}
		}
		throw new AssertionError("no button " + text);
	}

	/** The control created right after the label with this text. */
	static <T extends Control> T after(Composite root, String labelText, Class<T> type) {
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
		throw new AssertionError("no control after " + labelText);
	}

	/** Clicks a button (check boxes toggle first, as a click would). */
	static void click(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}
}
