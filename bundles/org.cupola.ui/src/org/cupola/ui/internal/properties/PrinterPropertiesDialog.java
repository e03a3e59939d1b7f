package org.cupola.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cupola.ui.internal.classes.ClassMembersPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Printer Properties as a page tree (JFace {@link PreferenceDialog}): Settings, Policies, Access Control, (Members for
 * a class), Printer Options, Job Options and Supply Levels. Every page edits; none does I/O to build itself (the
 * caller fetches a {@link PropertiesInput} first). OK asks every page for its {@link PrinterChange changes} and the
 * caller sends them with {@link PropertiesSave} in one job.
 */
public final class PrinterPropertiesDialog extends PreferenceDialog {

	private final PropertiesInput input;
	private final List<PrinterPropertyPage> pages = new ArrayList<>();
	private List<PrinterChange> changes = List.of();

	/**
	 * @param parent
	 *            the parent shell
	 * @param input
	 *            the queue, as just fetched
	 */
	public PrinterPropertiesDialog(Shell parent, PropertiesInput input) {
		super(parent, new PreferenceManager());
		this.input = Objects.requireNonNull(input);
		pages.add(new SettingsPage(input));
		pages.add(new PoliciesPage(input));
		pages.add(new AccessControlPage(input));
		if (input.isClass()) {
			pages.add(new ClassMembersPage(input.connection(), input.name(), input.printer().memberNames(),
					input.queueNames()));
		}
		if (!input.isClass()) {
			pages.add(new PrinterOptionsPage(input));
		}
		pages.add(new JobOptionsPage(input));
		if (!input.isClass()) {
			pages.add(new SupplyLevelsPage(input));
		}
		for (PrinterPropertyPage page : pages) {
			getPreferenceManager().addToRoot(new PreferenceNode(page.getClass().getSimpleName(), page));
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Properties_shellTitle, input.name()));
	}

	@Override
	protected void createButtonsForButtonBar(org.eclipse.swt.widgets.Composite parent) {
		super.createButtonsForButtonBar(parent);
		// OK, not "Apply and Close": nothing is applied before the one save job
		getButton(org.eclipse.jface.dialogs.IDialogConstants.OK_ID)
				.setText(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
	}

	/** Always opens on Settings (PreferenceDialog would reopen the page last shown in any instance). */
	@Override
	protected String getSelectedNodePreference() {
		return pages.get(0).getClass().getSimpleName();
	}

	@Override
	protected void setSelectedNodePreference(String pageId) {
		// not remembered across dialogs
	}

	@Override
	protected void okPressed() {
		List<PrinterChange> collected = new ArrayList<>();
		for (PrinterPropertyPage page : pages) {
			page.collectChanges(collected);
		}
		changes = List.copyOf(collected);
		super.okPressed();
	}

	/** {@return the pages, in tree order} */
	public List<PrinterPropertyPage> getPages() {
		return List.copyOf(pages);
	}

	/** {@return the page of a type, if the dialog has one} */
	public <T extends PrinterPropertyPage> T getPage(Class<T> type) {
		return pages.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	/** {@return the changes collected on OK (empty before OK, after Cancel or without edits)} */
	public List<PrinterChange> getChanges() {
		return changes;
	}

	/** {@return the page on display, or null} */
	public PrinterPropertyPage getShownPage() {
		return getCurrentPage() instanceof PrinterPropertyPage page ? page : null;
	}

	/**
	 * Shows a page as selecting it in the tree does.
	 *
	 * @param page
	 *            one of {@link #getPages()}
	 */
	public void show(PrinterPropertyPage page) {
		getTreeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
				getPreferenceManager().find(page.getClass().getSimpleName())), true);
	}

	/** {@return the queue shown} */
	public PropertiesInput getInput() {
		return input;
	}
}
