package org.cupola.ui.wizards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

/**
 * Page 1 of {@link AddPrinterWizard}: a device URI field usable at once, and a table into which CUPS-Get-Devices
 * streams the devices as CUPS finds them. The search is a {@link CupsJob} started when the page is first shown, in
 * two passes like system-config-printer (local backends first, then the network ones); the devices reach the table
 * in batches through {@code asyncExec}. Cancel Search cancels the job, which aborts the request on the wire.
 */
public final class DevicePage extends WizardPage {

	/** Backends that search the network: run in the second pass only. */
	public static final List<String> NETWORK_SCHEMES = List.of("dnssd", "snmp", "driverless", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"mdns", "bjnp"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final DeviceQuery LOCAL = new DeviceQuery(List.of(), NETWORK_SCHEMES, 5, 0);
	private static final DeviceQuery NETWORK = new DeviceQuery(NETWORK_SCHEMES, List.of(), 10, 0);
	/** scheme ":" then something that is not only slashes; no white space. */
	private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:/*[^/\\s]\\S*"); //$NON-NLS-1$

	/** A device and the search it came from. */
	private record Found(int generation, Device device) {
	}

	private final AddPrinterWizard wizard;
	private final ConcurrentLinkedQueue<Found> arrived = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean flushPosted = new AtomicBoolean();
	private final List<Device> devices = new ArrayList<>();
	private final Set<String> uris = new HashSet<>();
	private Text uriText;
	private TableViewer viewer;
	private ProgressBar progress;
	private Label status;
	private Button cancelSearch;
	private Button searchAgain;
	private Display display;
	private CupsJob<Integer> searchJob;
	private volatile int generation;
	private boolean started;
	private boolean searching;
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
		display = parent.getDisplay();
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(root);
		Label uriLabel = new Label(root, SWT.NONE);
		uriLabel.setText(Messages.Device_uriLabel);
		uriText = new Text(root, SWT.BORDER | SWT.SINGLE);
		uriText.setMessage(Messages.Device_uriHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(uriText);
		uriText.addModifyListener(e -> uriChanged());

		Label found = new Label(root, SWT.NONE);
		found.setText(Messages.Device_foundLabel);
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(found);
		Composite tableHolder = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(tableHolder);
		TableColumnLayout layout = new TableColumnLayout();
		tableHolder.setLayout(layout);
		viewer = new TableViewer(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(layout, Messages.Device_colDevice, 30, Device::info);
		column(layout, Messages.Device_colModel, 25, Device::makeAndModel);
		column(layout, Messages.Device_colUri, 35, Device::uri);
		column(layout, Messages.Device_colClass, 10, Device::deviceClass);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int category(Object element) {
				return rank((Device) element);
			}

			@Override
			public int compare(Viewer v, Object e1, Object e2) {
				return Integer.compare(category(e1), category(e2)); // local first, else in the order found
			}
		});
		viewer.setInput(devices);
		viewer.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Device d) {
				chooseDevice(d);
			}
		});
		viewer.addDoubleClickListener(e -> {
			if (isPageComplete() && getWizard().getContainer() != null) {
				getWizard().getContainer().showPage(getNextPage());
			}
		});

		Composite bar = new Composite(root, SWT.NONE);
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
		showSearching(false);
		setControl(root);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Device, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = element instanceof Device d ? text.apply(d) : null;
				return s == null ? "" : s; //$NON-NLS-1$
			}
		});
	}

	/** direct and serial devices first, then files, then the network. */
	private static int rank(Device d) {
		String c = d.deviceClass() == null ? "" : d.deviceClass().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return switch (c) {
		case "direct" -> 0; //$NON-NLS-1$
		case "serial" -> 1; //$NON-NLS-1$
		case "file" -> 2; //$NON-NLS-1$
		default -> 3;
		};
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

	/** Starts a new search (cancelling one that runs): the table is emptied and fills again as devices arrive. */
	public void search() {
		cancelSearch();
		int current = ++generation;
		arrived.clear();
		devices.clear();
		uris.clear();
		viewer.refresh();
		CupsConnection connection = wizard.getConnection();
		CupsJob<Integer> job = new CupsJob<>(NLS.bind(Messages.Device_jobName, connection.server().hostAndPort()),
				connection.server(), monitor -> {
					SubMonitor sub = SubMonitor.convert(monitor, 2);
					int n = connection.getDevices(LOCAL, d -> arrive(current, d), sub.split(1)).size();
					try {
						n += connection.getDevices(NETWORK, d -> arrive(current, d), sub.split(1)).size();
					} catch (IppStatusException e) {
						// no network backend answered (CUPS says not-found): the local devices are what there is
					}
					return Integer.valueOf(n);
				});
		searchJob = job;
		showSearching(true);
		UiAsync.whenDone(job.result(), viewer.getControl(), (n, error) -> {
			if (current != generation) {
				return;
			}
			flush();
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
		});
		wizard.start(job);
	}

	/** Cancels the search in flight, if any (the CUPS-Get-Devices request is aborted). */
	public void cancelSearch() {
		if (searchJob != null) {
			searchJob.cancel();
		}
	}

	/** Called on the job's worker thread for each device: queued, and one flush at a time is posted to the UI. */
	private void arrive(int searchGeneration, Device device) {
		arrived.add(new Found(searchGeneration, device));
		if (flushPosted.compareAndSet(false, true)) {
			Display d = display;
			try {
				if (d != null && !d.isDisposed()) {
					d.asyncExec(this::flush);
				}
			} catch (SWTException e) {
				// the display went away meanwhile: nobody is looking
			}
		}
	}

	/** On the UI thread: adds the devices that arrived since the last flush, in one batch. */
	private void flush() {
		flushPosted.set(false);
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Device> batch = new ArrayList<>();
		Found f;
		while ((f = arrived.poll()) != null) {
			if (f.generation() == generation && uris.add(f.device().uri())) {
				batch.add(f.device());
			}
		}
		if (batch.isEmpty()) {
			return;
		}
		devices.addAll(batch);
		viewer.add(batch.toArray());
		if (searching) {
			status.setText(NLS.bind(Messages.Device_searching, Integer.valueOf(devices.size())));
		}
	}

	private void showSearching(boolean on) {
		searching = on;
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
		return null;
	}

	/** {@return the devices listed so far, in the order they arrived} */
	public List<Device> getDevices() {
		return List.copyOf(devices);
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
		return searchJob;
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
