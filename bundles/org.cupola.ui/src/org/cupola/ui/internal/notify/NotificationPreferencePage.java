package org.cupola.ui.internal.notify;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.UserPreferences;
import org.cupola.ipp.events.QueueEvent.Kind;
import org.cupola.ui.Servers;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Cupola > Notifications: for each connected server, which events notify and whether other
 * users' jobs do. Kept in {@link UserPreferences} through {@link NotificationSettings}.
 */
public final class NotificationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final NotificationSettings settings;
	private final Map<String, Map<Kind, Boolean>> edits = new HashMap<>();
	private final Map<String, Boolean> othersEdits = new HashMap<>();
	private final Map<Kind, Button> boxes = new EnumMap<>(Kind.class);
	private Button others;
	private Combo servers;
	private List<String> names = List.of();

	/** For the workbench: the user's preferences. */
	public NotificationPreferencePage() {
		this(new NotificationSettings(UserPreferences.getDefault()));
	}

	/**
	 * @param settings
	 *            where the choices go
	 */
	public NotificationPreferencePage(NotificationSettings settings) {
		this.settings = settings;
		setDescription(Messages.Prefs_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing: the servers are read when the page is created
	}

	/**
	 * @param serverNames
	 *            the servers ({@code host:port}) to offer instead of the connected ones (tests)
	 */
	public void setServers(List<String> serverNames) {
		this.names = List.copyOf(serverNames);
	}

	@Override
	protected Control createContents(Composite parent) {
		if (names.isEmpty()) {
			names = Servers.getDefault().entries().stream().map(e -> e.server().hostAndPort()).toList();
		}
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.Prefs_server);
		servers = new Combo(c, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(servers);
		if (names.isEmpty()) {
			Label none = new Label(c, SWT.WRAP);
			none.setText(Messages.Prefs_noServer);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
			servers.setEnabled(false);
			return c;
		}
		servers.setItems(names.toArray(String[]::new));
		Group events = new Group(c, SWT.NONE);
		events.setText(Messages.Prefs_events);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(events);
		GridLayoutFactory.swtDefaults().applyTo(events);
		for (Kind k : Kind.values()) {
			Button b = new Button(events, SWT.CHECK);
			b.setText(k.label());
			b.setData(Kind.class.getName(), k);
			b.addListener(SWT.Selection, e -> edits.computeIfAbsent(server(), s -> new EnumMap<>(Kind.class))
					.put(k, Boolean.valueOf(b.getSelection())));
			boxes.put(k, b);
		}
		others = new Button(c, SWT.CHECK);
		others.setText(Messages.Prefs_othersJobs);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(others);
		others.addListener(SWT.Selection, e -> othersEdits.put(server(), Boolean.valueOf(others.getSelection())));
		servers.addListener(SWT.Selection, e -> load());
		servers.select(0);
		load();
		return c;
	}

	private String server() {
		return names.get(Math.max(0, servers.getSelectionIndex()));
	}

	private void load() {
		String s = server();
		Map<Kind, Boolean> edited = edits.getOrDefault(s, Map.of());
		for (Map.Entry<Kind, Button> e : boxes.entrySet()) {
			Boolean v = edited.get(e.getKey());
			e.getValue().setSelection(v != null ? v.booleanValue() : settings.isEnabled(s, e.getKey()));
		}
		Boolean o = othersEdits.get(s);
		others.setSelection(o != null ? o.booleanValue() : settings.othersJobs(s));
	}

	@Override
	protected void performDefaults() {
		if (servers != null && !names.isEmpty()) {
			Map<Kind, Boolean> m = edits.computeIfAbsent(server(), s -> new EnumMap<>(Kind.class));
			for (Kind k : Kind.values()) {
				m.put(k, Boolean.valueOf(NotificationSettings.DEFAULTS.contains(k)));
			}
			othersEdits.put(server(), Boolean.FALSE);
			load();
		}
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		edits.forEach((server, m) -> m.forEach((k, v) -> settings.setEnabled(server, k, v.booleanValue())));
		othersEdits.forEach((server, v) -> settings.setOthersJobs(server, v.booleanValue()));
		edits.clear();
		othersEdits.clear();
		return true;
	}
}
