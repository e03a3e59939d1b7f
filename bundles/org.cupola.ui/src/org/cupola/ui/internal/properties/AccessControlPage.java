package org.cupola.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.QueueAttributes;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Access Control: who may print, as a list of users and {@code @groups} that is either the only ones allowed
 * ({@code requesting-user-name-allowed}) or the ones denied ({@code requesting-user-name-denied}); an empty list lets
 * everybody print ({@code all}).
 */
public final class AccessControlPage extends PrinterPropertyPage {

	private static final String ALLOWED = "requesting-user-name-allowed"; //$NON-NLS-1$
	private static final String DENIED = "requesting-user-name-denied"; //$NON-NLS-1$

	private final PropertiesInput input;
	private final boolean initiallyAllow;
	private final List<String> initialUsers;
	private Button allow;
	private Button deny;
	private Table users;
	private Text user;
	private Button add;
	private Button remove;

	/**
	 * @param input
	 *            the queue
	 */
	public AccessControlPage(PropertiesInput input) {
		super(Messages.Page_access);
		this.input = input;
		List<String> allowed = input.strings(ALLOWED).stream().filter(u -> !QueueAttributes.ALL_USERS.equals(u))
				.toList();
		initiallyAllow = !allowed.isEmpty();
		initialUsers = initiallyAllow ? allowed
				: input.strings(DENIED).stream().filter(u -> !"none".equals(u)).toList(); //$NON-NLS-1$
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(body);
		deny = new Button(body, SWT.RADIO);
		deny.setText(Messages.Access_deny);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(deny);
		allow = new Button(body, SWT.RADIO);
		allow.setText(Messages.Access_allow);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(allow);
		allow.setSelection(initiallyAllow);
		deny.setSelection(!initiallyAllow);

		Label label = new Label(body, SWT.NONE);
		label.setText(Messages.Access_user);
		user = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(user);
		add = new Button(body, SWT.PUSH);
		add.setText(Messages.Access_add);
		add.setEnabled(false);
		user.addListener(SWT.Modify, e -> add.setEnabled(!user.getText().isBlank()));
		user.addListener(SWT.DefaultSelection, e -> addUser());
		add.addListener(SWT.Selection, e -> addUser());

		Label listLabel = new Label(body, SWT.NONE);
		listLabel.setText(Messages.Access_users);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(listLabel);
		users = new Table(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.FULL_SELECTION);
		for (String name : initialUsers) {
			new TableItem(users, SWT.NONE).setText(name);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 140).applyTo(users);
		remove = new Button(body, SWT.PUSH);
		remove.setText(Messages.Access_remove);
		GridDataFactory.fillDefaults().span(3, 1).align(SWT.END, SWT.BEGINNING).applyTo(remove);
		remove.setEnabled(false);
		users.addListener(SWT.Selection, e -> remove.setEnabled(users.getSelectionCount() > 0));
		remove.addListener(SWT.Selection, e -> {
			users.remove(users.getSelectionIndices());
			remove.setEnabled(false);
		});
		Label hint = new Label(body, SWT.WRAP);
		hint.setText(Messages.Access_hint);
		GridDataFactory.fillDefaults().span(3, 1).hint(360, SWT.DEFAULT).applyTo(hint);
		return body;
	}

	private void addUser() {
		for (String name : user.getText().trim().split("[\\s,]+")) { //$NON-NLS-1$
			if (!name.isEmpty() && !names().contains(name)) {
				new TableItem(users, SWT.NONE).setText(name);
			}
		}
		user.setText(""); //$NON-NLS-1$
	}

	/** {@return the users and groups listed} */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		for (TableItem item : users.getItems()) {
			names.add(item.getText());
		}
		return names;
	}

	@Override
	public void collectChanges(List<PrinterChange> changes) {
		if (users == null || users.isDisposed()) {
			return;
		}
		List<String> now = names();
		boolean allowNow = allow.getSelection();
		if (now.equals(initialUsers) && (allowNow == initiallyAllow || now.isEmpty())) {
			return;
		}
		if (now.isEmpty()) {
			changes.add(input.change(Messages.Field_access, QueueAttributes.usersAllowed(List.of())));
		} else if (allowNow) {
			changes.add(input.change(Messages.Field_access, QueueAttributes.usersAllowed(now)));
		} else {
			changes.add(input.change(Messages.Field_access, QueueAttributes.usersDenied(now)));
		}
	}
}
