package org.cupola.ui.internal.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.cupola.ipp.Device;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.Servers;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The content of the Devices view without the workbench: which server to ask, and a table into which
 * CUPS-Get-Devices streams the devices that server can reach, as it finds them (the call that froze
 * system-config-printer). The search is a cancellable {@link CupsJob} through {@link DeviceSearch}; when CUPS wants an
 * administrator, the connection's credentials prompt asks. Enter or a double-click on a device calls the
 * {@link #setOnAddPrinter(BiConsumer) add-printer callback} (the view opens the Add Printer wizard with its URI).
 * All methods must be called on the UI thread.
 */
public final class DevicesPanel extends Composite {

	private final Combo serverCombo;
	private final TableViewer viewer;
	private final ProgressBar progress;
	private final Label status;
	private final DeviceSearch search;
	private final List<Device> devices = new ArrayList<>();
	private final Action searchAction;
	private final Action cancelAction;
	private final Action addAction;
	private Supplier<List<Servers.Entry>> servers = () -> Servers.getDefault().entries();
	private List<Servers.Entry> shown = List.of();
	/** The server of the devices in the table. */
	private Servers.Entry searched;
	private BiConsumer<Servers.Entry, Device> onAddPrinter = (server, device) -> {
		// set by the view
	};

	/**
	 * @param parent
	 *            the parent
	 * @param style
	 *            the composite's style
	 */
	public DevicesPanel(Composite parent, int style) {
		super(parent, style);
		GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(this);

		Composite top = new Composite(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).applyTo(top);
		Label serverLabel = new Label(top, SWT.NONE);
		serverLabel.setText(Messages.Devices_server);
		serverCombo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(serverCombo);
		serverCombo.addListener(SWT.Selection, e -> serverChosen());

		Composite tableHolder = new Composite(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
		viewer = DeviceTable.create(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setInput(devices);
		viewer.addOpenListener(e -> addPrinter()); // double-click and Enter
		viewer.addSelectionChangedListener(e -> updateActions());

		Composite bar = new Composite(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 0).applyTo(bar);
		progress = new ProgressBar(bar, SWT.INDETERMINATE | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(80, SWT.DEFAULT).exclude(true)
				.applyTo(progress);
		progress.setVisible(false);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

		search = new DeviceSearch(this, new DeviceSearch.Listener() {
			@Override
			public void found(List<Device> batch) {
				devices.addAll(batch);
				viewer.add(batch.toArray());
				status.setText(NLS.bind(Messages.Devices_searching, name(searched),
						Integer.valueOf(devices.size())));
			}

			@Override
			public void finished(int total, Throwable error) {
				ended(error);
			}
		});
		searchAction = new Action(Messages.Devices_search) {
			@Override
			public void run() {
				search();
			}
		};
		searchAction.setToolTipText(Messages.Devices_searchTooltip);
		cancelAction = new Action(Messages.Devices_cancel) {
			@Override
			public void run() {
				cancel();
			}
		};
		cancelAction.setToolTipText(Messages.Devices_cancelTooltip);
		addAction = new Action(Messages.Devices_addPrinter) {
			@Override
			public void run() {
				addPrinter();
			}
		};
		addAction.setToolTipText(Messages.Devices_addPrinterTooltip);
		refreshServers();
		showSearching(false);
	}

	/** How the status line names a server: its label, else host and port. */
	private static String name(Servers.Entry e) {
		return e.label() == null || e.label().isBlank() ? e.server().hostAndPort() : e.label();
	}

	/**
	 * Sets where the servers come from (the connected servers by default) and refreshes the server list.
	 *
	 * @param supplier
	 *            the servers
	 */
	public void setServers(Supplier<List<Servers.Entry>> supplier) {
		servers = Objects.requireNonNull(supplier);
		refreshServers();
	}

	/** Reads the connected servers again, keeping the chosen one when it is still connected. */
	public void refreshServers() {
		Servers.Entry chosen = getServer();
		shown = List.copyOf(servers.get());
		serverCombo.removeAll();
		int index = 0;
		for (int i = 0; i < shown.size(); i++) {
			Servers.Entry e = shown.get(i);
			serverCombo.add(e.label() == null || e.label().isBlank() ? e.server().toString()
					: e.label() + " \u2013 " + e.server().hostAndPort()); //$NON-NLS-1$
			if (chosen != null && e.server().equals(chosen.server())) {
				index = i;
			}
		}
		if (!shown.isEmpty()) {
			serverCombo.select(index);
		}
		serverCombo.setEnabled(shown.size() > 1);
		if (!search.isRunning()) {
			showSearching(false);
		}
	}

	private void serverChosen() {
		Servers.Entry chosen = getServer();
		if (chosen != null && (searched == null || !chosen.server().equals(searched.server()))) {
			search();
		}
	}

	/**
	 * Chooses the server to search.
	 *
	 * @param server
	 *            one of the connected servers
	 */
	public void setServer(Servers.Entry server) {
		int index = shown.indexOf(server);
		for (int i = 0; index < 0 && i < shown.size(); i++) {
			if (shown.get(i).server().equals(server.server())) {
				index = i;
			}
		}
		if (index >= 0) {
			serverCombo.select(index);
			return;
		}
		throw new IllegalArgumentException(server.server() + " is not connected"); //$NON-NLS-1$
	}

	/** {@return the chosen server, or null when none is connected} */
	public Servers.Entry getServer() {
		int i = serverCombo.getSelectionIndex();
		return i < 0 || i >= shown.size() ? null : shown.get(i);
	}

	/** Starts a search on the chosen server (cancelling one in flight); the table fills as devices arrive. */
	public void search() {
		Servers.Entry server = getServer();
		if (server == null) {
			status.setText(Messages.Devices_noServer);
			return;
		}
		searched = server;
		devices.clear();
		viewer.refresh();
		CupsJob<Integer> job = search.newSearch(server.connection(),
				NLS.bind(Messages.Devices_jobName, server.server().hostAndPort()));
		job.setUser(true);
		showSearching(true);
		job.schedule();
	}

	/** Cancels the search in flight, if any: its request is aborted on the wire. */
	public void cancel() {
		search.cancel();
	}

	private void ended(Throwable error) {
		showSearching(false);
		if (error == null) {
			status.setText(NLS.bind(Messages.Devices_done, Integer.valueOf(devices.size()), name(searched)));
			status.setToolTipText(null);
		} else if (error instanceof CancellationException) {
			status.setText(NLS.bind(Messages.Devices_cancelled, Integer.valueOf(devices.size())));
			status.setToolTipText(null);
		} else {
			status.setText(NLS.bind(Messages.Devices_failed, error.getMessage()));
			status.setToolTipText(error.getMessage());
		}
	}

	private void showSearching(boolean on) {
		progress.setVisible(on);
		((org.eclipse.swt.layout.GridData) progress.getLayoutData()).exclude = !on;
		progress.getParent().layout();
		cancelAction.setEnabled(on);
		searchAction.setEnabled(getServer() != null);
		if (on) {
			status.setText(NLS.bind(Messages.Devices_searching, name(searched), Integer.valueOf(0)));
			status.setToolTipText(null);
		} else if (searched == null) {
			Servers.Entry server = getServer();
			status.setText(server == null ? Messages.Devices_noServer
					: NLS.bind(Messages.Devices_idle, server.server().hostAndPort()));
		}
		updateActions();
	}

	private void updateActions() {
		addAction.setEnabled(getSelectedDevice() != null && searched != null);
	}

	private void addPrinter() {
		Device d = getSelectedDevice();
		if (d != null && searched != null) {
			onAddPrinter.accept(searched, d);
		}
	}

	/**
	 * Sets what Add Printer does with a device (the view opens the Add Printer wizard with its URI).
	 *
	 * @param callback
	 *            receives the server and the device
	 */
	public void setOnAddPrinter(BiConsumer<Servers.Entry, Device> callback) {
		onAddPrinter = Objects.requireNonNull(callback);
	}

	/** Adds the panel's actions to a view's tool bar. */
	public void fillToolBar(IToolBarManager bar) {
		bar.add(searchAction);
		bar.add(cancelAction);
		bar.add(addAction);
	}

	/** Adds the panel's actions to a context menu. */
	public void fillContextMenu(IMenuManager menu) {
		menu.add(addAction);
		menu.add(searchAction);
		menu.add(cancelAction);
	}

	/** {@return the device selected in the table, or null} */
	public Device getSelectedDevice() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Device d ? d : null;
	}

	/** {@return the devices listed, in the order they arrived} */
	public List<Device> getDevices() {
		return List.copyOf(devices);
	}

	/** {@return the device table} */
	public TableViewer getViewer() {
		return viewer;
	}

	/** {@return the status line} */
	public String getStatusText() {
		return status.getText();
	}

	/** {@return the search (its job, whether it runs)} */
	public DeviceSearch getSearch() {
		return search;
	}

	/** {@return the Search action} */
	public Action getSearchAction() {
		return searchAction;
	}

	/** {@return the Cancel action} */
	public Action getCancelAction() {
		return cancelAction;
	}

	/** {@return the Add Printer action} */
	public Action getAddPrinterAction() {
		return addAction;
	}
}
