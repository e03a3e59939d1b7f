package org.cupola.ui.internal.classes;

import org.cupola.ipp.Printer;
import org.eclipse.osgi.util.NLS;

/** How the Printers view shows a class: its members where a printer shows its make and model. */
public final class ClassLabels {

	private ClassLabels() {
	}

	/**
	 * @param printer
	 *            a class
	 * @return "Class: a, b, c"
	 */
	public static String members(Printer printer) {
		return NLS.bind(Messages.Model_class, String.join(", ", printer.memberNames())); //$NON-NLS-1$
	}
}
