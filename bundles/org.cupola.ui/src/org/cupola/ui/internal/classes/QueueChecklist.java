package org.cupola.ui.internal.classes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Queue names with a check box each (Space checks the selected row, as in any SWT check table), and Select All /
 * Deselect All buttons: the members of a class. Only for the UI thread.
 */
public final class QueueChecklist extends Composite {

	private final Table table;
	private final List<Runnable> listeners = new ArrayList<>();

	/**
	 * @param parent
	 *            the parent
	 */
	public QueueChecklist(Composite parent) {
		super(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(this);
		table = new Table(this, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION | SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(240, 140).applyTo(table);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				changed();
			}
		});
		Button all = new Button(this, SWT.PUSH);
		all.setText(Messages.Checklist_all);
		GridDataFactory.swtDefaults().applyTo(all);
		all.addListener(SWT.Selection, e -> checkAll(true));
		Button none = new Button(this, SWT.PUSH);
		none.setText(Messages.Checklist_none);
		GridDataFactory.swtDefaults().applyTo(none);
		none.addListener(SWT.Selection, e -> checkAll(false));
	}

	/**
	 * Shows these queues, checking those in {@code checked}.
	 *
	 * @param names
	 *            the queues, in the order shown
	 * @param checked
	 *            the queues to check
	 */
	public void setQueues(List<String> names, Collection<String> checked) {
		table.removeAll();
		for (String name : names) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(name);
			item.setChecked(checked.contains(name));
		}
		if (table.getItemCount() > 0) {
			table.setSelection(0);
		}
		changed();
	}

	private void checkAll(boolean check) {
		for (TableItem item : table.getItems()) {
			item.setChecked(check);
		}
		changed();
	}

	/**
	 * Checks or unchecks a queue as a click or Space would.
	 *
	 * @param name
	 *            the queue
	 * @param check
	 *            checked or not
	 */
	public void setChecked(String name, boolean check) {
		for (TableItem item : table.getItems()) {
			if (item.getText().equals(name)) {
				item.setChecked(check);
			}
		}
		changed();
	}

	/** {@return the checked queues, in the order shown} */
	public List<String> getChecked() {
		Set<String> checked = new LinkedHashSet<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				checked.add(item.getText());
			}
		}
		return List.copyOf(checked);
	}

	/** {@return every queue shown} */
	public List<String> getQueues() {
		List<String> names = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			names.add(item.getText());
		}
		return names;
	}

	/** {@return the table} */
	public Table getTable() {
		return table;
	}

	/**
	 * @param listener
	 *            called on the UI thread whenever the checked queues change
	 */
	public void onChange(Runnable listener) {
		listeners.add(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
