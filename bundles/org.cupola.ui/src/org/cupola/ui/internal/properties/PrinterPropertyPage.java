package org.cupola.ui.internal.properties;

import java.util.List;

import org.eclipse.jface.preference.PreferencePage;

/**
 * One page of Printer Properties (Settings, Policies, Access Control, Members, Printer Options, Job Options,
 * Supply Levels). A page edits one aspect of a queue and does no I/O of its own: it is built from attributes that
 * were fetched before the dialog opened, and when the user presses OK the dialog asks every page for its
 * {@link PrinterChange changes} and sends all of them in one job, reporting failures per change.
 */
public abstract class PrinterPropertyPage extends PreferencePage {

	/**
	 * @param title
	 *            the page's name in the page tree
	 */
	protected PrinterPropertyPage(String title) {
		super(title);
		noDefaultAndApplyButton();
	}

	/**
	 * Called on the UI thread when OK is pressed, also for pages the user never opened (their controls may not
	 * exist then: add nothing). Adds one change per edited aspect; nothing when the user changed nothing.
	 *
	 * @param changes
	 *            where to add this page's changes
	 */
	public abstract void collectChanges(List<PrinterChange> changes);
}
