package org.cupola.ui.internal.classes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.CupsConnection;
import org.cupola.ui.internal.properties.PrinterChange;
import org.cupola.ui.internal.properties.PrinterPropertyPage;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Printer Properties › Members (classes only): the server's printers with the class's members checked. OK sends
 * the new member list (CUPS-Add-Modify-Class) when it changed; an empty list keeps the page invalid, since CUPS
 * needs at least one member.
 */
public final class ClassMembersPage extends PrinterPropertyPage {

	private final CupsConnection connection;
	private final String className;
	private final List<String> members;
	private final List<String> candidates;
	private QueueChecklist list;

	/**
	 * @param connection
	 *            the class's server (kept for the dialog; the change gets its connection when it runs)
	 * @param className
	 *            the class
	 * @param members
	 *            its members as fetched
	 * @param allQueueNames
	 *            the server's queues (the class itself is left out; members not listed are added)
	 */
	public ClassMembersPage(CupsConnection connection, String className, List<String> members,
			List<String> allQueueNames) {
		super(Messages.Members_title);
		this.connection = Objects.requireNonNull(connection);
		this.className = Objects.requireNonNull(className);
		this.members = List.copyOf(members);
		List<String> names = new ArrayList<>();
		for (String name : allQueueNames) {
			if (!name.equals(className)) {
				names.add(name);
			}
		}
		for (String member : members) {
			if (!names.contains(member)) {
				names.add(member);
			}
		}
		this.candidates = List.copyOf(names);
		setDescription(Messages.Members_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		Label label = new Label(root, SWT.NONE);
		label.setText(Messages.Page_members);
		list = new QueueChecklist(root);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
		list.setQueues(candidates, members);
		list.onChange(this::validate);
		return root;
	}

	private void validate() {
		boolean ok = !list.getChecked().isEmpty();
		setErrorMessage(ok ? null : Messages.Page_noMembers);
		setValid(ok);
	}

	@Override
	public void collectChanges(List<PrinterChange> changes) {
		if (list == null || list.isDisposed()) {
			return;
		}
		List<String> chosen = list.getChecked();
		if (chosen.isEmpty() || new HashSet<>(chosen).equals(new HashSet<>(members))) {
			return;
		}
		String name = className;
		changes.add(new PrinterChange(Messages.Members_change, (c, monitor) -> c.admin().setClassMembers(name, chosen, monitor)));
	}

	/** {@return the connection of the class's server} */
	public CupsConnection getConnection() {
		return connection;
	}

	/** {@return the member list, once the page's controls exist} */
	public QueueChecklist getMemberList() {
		return list;
	}
}
