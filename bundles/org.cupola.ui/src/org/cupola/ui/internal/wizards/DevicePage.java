package org.cupola.ui.internal.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

import org.cupola.ipp.Device;
import org.cupola.ipp.NetworkProbe.Finding;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.internal.devices.DeviceSearch;
import org.cupola.ui.internal.devices.DeviceTable;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

/**
 * Page 1 of {@link AddPrinterWizard}: a device URI field usable at once, and a table into which CUPS-Get-Devices
 * streams the devices as CUPS finds them. The search is a {@link CupsJob} started when the page is first shown, in
 * two passes like system-config-printer (local backends first, then the network ones), through the
 * {@link DeviceSearch} the Devices view uses too; the devices reach the table in batches through {@code asyncExec}.
 * Cancel Search cancels the job, which aborts the request on the wire. A second tab, {@link NetworkFinder Find
 * Network Printer}, probes a host name or address; a printer chosen there (or preset with
 * {@link #setInitialDevice(Device)}) is a device of the page like the ones CUPS found, so its device ID ranks the
 * drivers on the next page.
 */
public final class DevicePage extends WizardPage {

	/** Backends that search the network: run in the second pass only. */
	public static final List<String> NETWORK_SCHEMES = DeviceSearch.NETWORK_SCHEMES;

	/** scheme ":" then something that is not only slashes; no white space. */
	private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:/*[^/\\s]\\S*"); //$NON-NLS-1$

	private final AddPrinterWizard wizard;
	private final List<Device> devices = new ArrayList<>();
	/** Devices known besides CUPS's list: the preset one and the printers Find Network Printer found, by URI. */
	private final Map<String, Device> known = new LinkedHashMap<>();
	/** Whether each printer Find Network Printer found prints driverless, by URI. */
	private final Map<String, Boolean> driverless = new LinkedHashMap<>();
	private TabFolder tabs;
	private NetworkFinder finder;
	private Text uriText;
	private TableViewer viewer;
	private ProgressBar progress;
	private Label status;
	private Button cancelSearch;
	private Button searchAgain;
	private DeviceSearch search;
	private String initialUri;
	private boolean started;
	private boolean settingUri;

	DevicePage(AddPrinterWizard wizard) {
		super("device"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Device_title);
		setDescription(Messages.Device_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(root);
		Label uriLabel = new Label(root, SWT.NONE);
		uriLabel.setText(Messages.Device_uriLabel);
		uriText = new Text(root, SWT.BORDER | SWT.SINGLE);
		uriText.setMessage(Messages.Device_uriHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(uriText);
		uriText.addModifyListener(e -> uriChanged());

		tabs = new TabFolder(root, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).indent(0, 8).applyTo(tabs);
		TabItem foundTab = new TabItem(tabs, SWT.NONE);
		foundTab.setText(Messages.Device_foundTab);
		Composite foundPage = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(foundPage);
		foundTab.setControl(foundPage);
		Label found = new Label(foundPage, SWT.NONE);
		found.setText(Messages.Device_foundLabel);
		GridDataFactory.fillDefaults().applyTo(found);
		Composite tableHolder = new Composite(foundPage, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 180).applyTo(tableHolder);
		viewer = DeviceTable.create(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.setInput(devices);
		viewer.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Device d) {
				chooseDevice(d);
			}
		});
		viewer.addDoubleClickListener(e -> openNext());

		Composite bar = new Composite(foundPage, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		progress = new ProgressBar(bar, SWT.INDETERMINATE | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(100, SWT.DEFAULT).applyTo(progress);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		cancelSearch = new Button(bar, SWT.PUSH);
		cancelSearch.setText(Messages.Device_cancelSearch);
		cancelSearch.addListener(SWT.Selection, e -> cancelSearch());
		searchAgain = new Button(bar, SWT.PUSH);
		searchAgain.setText(Messages.Device_searchAgain);
		searchAgain.addListener(SWT.Selection, e -> search());
		TabItem findTab = new TabItem(tabs, SWT.NONE);
		findTab.setText(Messages.Device_findTab);
		finder = new NetworkFinder(tabs, wizard, this::chooseFinding, this::openNext);
		findTab.setControl(finder.getControl());
		search = new DeviceSearch(root, new DeviceSearch.Listener() {
			@Override
			public void found(List<Device> batch) {
				devices.addAll(batch);
				viewer.add(batch.toArray());
				status.setText(NLS.bind(Messages.Device_searching, Integer.valueOf(devices.size())));
			}

			@Override
			public void finished(int total, Throwable error) {
				searchEnded(error);
			}
		});
		showSearching(false);
		if (initialUri != null) {
			uriText.setText(initialUri);
		}
		setControl(root);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			if (!started) {
				started = true;
				search();
			}
			uriText.setFocus();
		}
	}

	private void openNext() {
		if (isPageComplete() && getWizard().getContainer() != null) {
			getWizard().getContainer().showPage(getNextPage());
		}
	}

	/** A printer chosen in Find Network Printer: its URI goes into the field, the page knows it as a device. */
	private void chooseFinding(Finding f) {
		known.put(f.uri(), f.toDevice());
		driverless.put(f.uri(), Boolean.valueOf(f.driverless()));
		uriText.setText(f.uri());
	}

	/**
	 * Presets the device with all that is known of it (its device ID ranks the drivers), e.g. one the Devices view
	 * found; call before the page is shown.
	 *
	 * @param device
	 *            the device
	 */
	public void setInitialDevice(Device device) {
		if (device.uri() != null) {
			known.put(device.uri(), device);
			setInitialUri(device.uri());
		}
	}

	/**
	 * Whether the device entered prints driverless: what Find Network Printer learnt over IPP, else whether its URI
	 * is ipp: or ipps:.
	 *
	 * @return true for IPP Everywhere
	 */
	public boolean isDriverless() {
		Boolean d = driverless.get(getDeviceUri());
		return d != null ? d.booleanValue() : DriverPage.isIpp(getDeviceUri());
	}

	/**
	 * Presets the device URI, e.g. for a device chosen in the Devices view; call before the page is created.
	 *
	 * @param uri
	 *            the device URI
	 */
	public void setInitialUri(String uri) {
		initialUri = uri;
		if (uriText != null && !uriText.isDisposed()) {
			uriText.setText(uri);
		}
	}

	/** Starts a new search (cancelling one that runs): the table is emptied and fills again as devices arrive. */
	public void search() {
		devices.clear();
		viewer.refresh();
		CupsJob<Integer> job = search.newSearch(wizard.getConnection(),
				NLS.bind(Messages.Device_jobName, wizard.getConnection().server().hostAndPort()));
		showSearching(true);
		wizard.start(job);
	}

	private void searchEnded(Throwable error) {
		showSearching(false);
		if (error == null) {
			status.setText(NLS.bind(Messages.Device_done, Integer.valueOf(devices.size())));
		} else if (error instanceof CancellationException) {
			status.setText(NLS.bind(Messages.Device_cancelled, Integer.valueOf(devices.size())));
		} else {
			status.setText(NLS.bind(Messages.Device_failed, error.getMessage()));
			status.setToolTipText(error.getMessage());
		}
		status.getParent().layout();
	}

	/** Cancels the search in flight, if any (the CUPS-Get-Devices request is aborted). */
	public void cancelSearch() {
		if (search != null) {
			search.cancel();
		}
	}

	private void showSearching(boolean on) {
		progress.setVisible(on);
		cancelSearch.setEnabled(on);
		if (on) {
			status.setText(NLS.bind(Messages.Device_searching, Integer.valueOf(0)));
			status.setToolTipText(null);
		}
	}

	private void chooseDevice(Device d) {
		String uri = d.uri() == null ? "" : d.uri(); //$NON-NLS-1$
		settingUri = true;
		try {
			uriText.setText(uri.indexOf(':') < 0 ? uri + "://" : uri); //$NON-NLS-1$
		} finally {
			settingUri = false;
		}
		uriChanged();
		if (uri.indexOf(':') < 0) {
			setMessage(NLS.bind(Messages.Device_completeUri, uri), IMessageProvider.INFORMATION);
			uriText.setFocus();
			uriText.setSelection(uriText.getText().length());
		}
	}

	private void uriChanged() {
		String uri = getDeviceUri();
		boolean valid = isValidUri(uri);
		setErrorMessage(valid || uri.isEmpty() ? null : Messages.Device_invalidUri);
		setMessage(null);
		if (!settingUri && !viewer.getStructuredSelection().isEmpty()
				&& viewer.getStructuredSelection().getFirstElement() instanceof Device d && !uri.equals(d.uri())) {
			viewer.setSelection(StructuredSelection.EMPTY);
		}
		setPageComplete(valid);
	}

	/**
	 * Whether a text looks like a device URI: a scheme, a colon and an address ({@code file:/dev/null},
	 * {@code socket://host}); {@code socket://} alone is not one.
	 */
	public static boolean isValidUri(String uri) {
		return uri != null && URI.matcher(uri).matches();
	}

	/** {@return the device URI entered or chosen, trimmed} */
	public String getDeviceUri() {
		return uriText == null ? "" : uriText.getText().trim(); //$NON-NLS-1$
	}

	/** {@return the found device whose URI is the one entered, or null when the URI was typed} */
	public Device getDevice() {
		String uri = getDeviceUri();
		for (Device d : devices) {
			if (uri.equals(d.uri())) {
				return d;
			}
		}
		return known.get(uri);
	}

	/** {@return the devices listed so far, in the order they arrived} */
	public List<Device> getDevices() {
		return List.copyOf(devices);
	}

	/** {@return Find Network Printer} */
	public NetworkFinder getNetworkFinder() {
		return finder;
	}

	/** {@return the tabs: devices found by the server, Find Network Printer} */
	public TabFolder getTabs() {
		return tabs;
	}

	/** {@return the URI field} */
	public Text getUriText() {
		return uriText;
	}

	/** {@return the device table} */
	public TableViewer getViewer() {
		return viewer;
	}

	/** {@return the search job last started, or null} */
	public CupsJob<Integer> getSearchJob() {
		return search == null ? null : search.getJob();
	}

	/** {@return the status line under the table} */
	public String getStatusText() {
		return status.getText();
	}

	/** {@return the Cancel Search button} */
	public Button getCancelSearchButton() {
		return cancelSearch;
	}

	/** {@return the Search Again button} */
	public Button getSearchAgainButton() {
		return searchAgain;
	}
}
