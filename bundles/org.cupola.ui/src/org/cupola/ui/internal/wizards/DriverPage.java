package org.cupola.ui.internal.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.DeviceId;
import org.cupola.ipp.DriverRanking;
import org.cupola.ipp.DriverRanking.Recommendation;
import org.cupola.ipp.Ppd;
import org.cupola.ipp.PpdQuery;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Page 2 of {@link AddPrinterWizard}: IPP Everywhere (the default for devices that print driverless) or a PPD from
 * CUPS-Get-PPDs. The list is fetched in a {@link CupsJob} when the page is first shown and can hold thousands of
 * drivers: the table is virtual with a lazy content provider, and the filter works on the model.
 * <p>
 * The drivers are ranked for the device by {@link DriverRanking} (its IEEE 1284 device ID, else its make and model):
 * the recommended ones come first, marked, and the page says why the best one is recommended. A driver for the model
 * or its series is chosen in advance (until the user chooses); a generic driver for a language the device speaks is
 * only suggested.
 */
public final class DriverPage extends WizardPage {

	private final AddPrinterWizard wizard;
	private List<Ppd> all = List.of();
	/** Lower-case search text of each PPD of {@link #all}, same index. */
	private List<String> keys = List.of();
	private List<Ppd> shown = List.of();
	private Ppd selected;
	private Button everywhere;
	private Button ppd;
	private Text filter;
	private TableViewer viewer;
	private Label status;
	private Button reload;
	private Label reason;
	private List<Recommendation> recommendations = List.of();
	private Map<String, Recommendation> recommended = Map.of();
	private CupsJob<List<Ppd>> loadJob;
	private boolean loading;
	private boolean userChose;
	private String lastUri;
	private int generation;

	DriverPage(AddPrinterWizard wizard) {
		super("driver"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Driver_title);
		setDescription(Messages.Driver_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(root);
		reason = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(reason);
		everywhere = new Button(root, SWT.RADIO);
		GridDataFactory.fillDefaults().indent(0, 6).applyTo(everywhere);
		everywhere.setText(Messages.Driver_everywhere);
		ppd = new Button(root, SWT.RADIO);
		ppd.setText(Messages.Driver_ppd);
		everywhere.addListener(SWT.Selection, e -> {
			userChose = true;
			validate();
			showReason();
		});
		ppd.addListener(SWT.Selection, e -> {
			userChose = true;
			validate();
			showReason();
		});
		filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Driver_filter);
		GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(filter);
		filter.addModifyListener(e -> applyFilter());
		Composite tableHolder = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).indent(16, 0).hint(560, 220).applyTo(tableHolder);
		TableColumnLayout layout = new TableColumnLayout();
		tableHolder.setLayout(layout);
		viewer = new TableViewer(tableHolder,
				SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setUseHashlookup(true);
		column(layout, Messages.Driver_colModel, 55,
				p -> recommended.containsKey(p.name()) ? NLS.bind(Messages.Driver_recommendedRow, p.makeAndModel())
						: p.makeAndModel());
		column(layout, Messages.Driver_colLanguage, 10, Ppd::naturalLanguage);
		column(layout, Messages.Driver_colName, 35, Ppd::name);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < shown.size()) {
					viewer.replace(shown.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the rows live in the page
			}
		});
		viewer.setInput(this);
		// selection by index: the viewer's own selection would materialize every row of a lazy table
		table.addListener(SWT.Selection, e -> {
			int i = table.getSelectionIndex();
			selected = i >= 0 && i < shown.size() ? shown.get(i) : null;
			if (selected != null) {
				ppd.setSelection(true);
				everywhere.setSelection(false);
				userChose = true;
			}
			validate();
			showReason();
		});
		table.addListener(SWT.DefaultSelection, e -> {
			if (isPageComplete() && getWizard().getContainer() != null) {
				getWizard().getContainer().showPage(getNextPage());
			}
		});
		Composite bar = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		reload = new Button(bar, SWT.PUSH);
		reload.setText(Messages.Driver_reload);
		reload.addListener(SWT.Selection, e -> load());
		setControl(root);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Ppd, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = element instanceof Ppd p ? text.apply(p) : null;
				return s == null ? "" : s; //$NON-NLS-1$
			}
		});
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (!visible) {
			return;
		}
		String uri = wizard.getDevicePage().getDeviceUri();
		if (!uri.equals(lastUri)) { // first visit, or the user went back and changed the device
			lastUri = uri;
			if (!userChose) {
				boolean driverless = wizard.getDevicePage().isDriverless();
				everywhere.setSelection(driverless);
				ppd.setSelection(!driverless);
				selected = null;
			}
			rank();
		}
		if (loadJob == null) {
			load();
		}
		validate();
	}

	/** {@return the device ID of the device chosen on the first page: reported by it, else from its make and model} */
	private DeviceId deviceId() {
		Device d = wizard.getDevicePage().getDevice();
		if (d == null) {
			return DeviceId.EMPTY;
		}
		DeviceId id = DeviceId.parse(d.deviceId());
		return id.isEmpty() ? DeviceId.fromMakeAndModel(d.makeAndModel()) : id;
	}

	/**
	 * Ranks the drivers for the device: the recommended ones first (best first), then the others by name; chooses a
	 * driver made for the model or its series unless the user has chosen.
	 */
	private void rank() {
		if (viewer == null) {
			return;
		}
		boolean driverless = wizard.getDevicePage().isDriverless();
		recommendations = DriverRanking.rank(all, deviceId(), driverless);
		Map<String, Recommendation> byName = new HashMap<>();
		Set<Ppd> order = new LinkedHashSet<>();
		for (Recommendation r : recommendations) {
			byName.put(r.ppd().name(), r);
			if (all.contains(r.ppd())) {
				order.add(r.ppd());
			}
		}
		recommended = byName;
		List<Ppd> others = new ArrayList<>(all);
		others.sort(Comparator.comparing((Ppd p) -> nonNull(p.makeAndModel()), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(p -> nonNull(p.name())));
		order.addAll(others);
		all = List.copyOf(order);
		List<String> k = new ArrayList<>(all.size());
		for (Ppd p : all) {
			k.add((nonNull(p.makeAndModel()) + ' ' + nonNull(p.name()) + ' ' + nonNull(p.product()) + ' '
					+ nonNull(p.make())).toLowerCase(Locale.ROOT));
		}
		keys = k;
		if (!userChose && !driverless && !recommendations.isEmpty()
				&& recommendations.get(0).match().isModelSpecific()) {
			selected = recommendations.get(0).ppd();
			ppd.setSelection(true);
			everywhere.setSelection(false);
		}
		applyFilter();
		showReason();
	}

	/** Says why the chosen driver (else the best one) is recommended. */
	private void showReason() {
		Recommendation r = null;
		if (everywhere.getSelection()) {
			r = recommended.get(DriverRanking.EVERYWHERE);
		} else if (selected != null) {
			r = recommended.get(selected.name());
		}
		if (r == null && !recommendations.isEmpty()) {
			r = recommendations.get(0);
		}
		String text;
		if (r != null) {
			text = explain(r);
		} else if (!deviceId().isEmpty() && !all.isEmpty()) {
			text = Messages.Driver_noRecommendation;
		} else {
			text = ""; //$NON-NLS-1$
		}
		reason.setText(text);
		reason.getParent().layout(true, true);
	}

	/** {@return "Recommended: X, because ..." for a recommendation} */
	static String explain(Recommendation r) {
		String name = r.ppd().makeAndModel();
		return switch (r.match()) {
		case EVERYWHERE -> Messages.Driver_becauseEverywhere;
		case DEVICE_ID -> NLS.bind(Messages.Driver_becauseDeviceId, name, r.detail());
		case MAKE_AND_MODEL -> NLS.bind(Messages.Driver_becauseMakeAndModel, name, r.detail());
		case SERIES -> NLS.bind(Messages.Driver_becauseSeries, name, r.detail());
		case LANGUAGE -> NLS.bind(Messages.Driver_becauseLanguage, name, r.detail());
		};
	}

	/** Whether IPP Everywhere is the natural choice for a device URI. */
	static boolean isIpp(String uri) {
		String u = uri == null ? "" : uri.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return u.startsWith("ipp:") || u.startsWith("ipps:"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Fetches the driver list again, in a job. */
	public void load() {
		if (loadJob != null) {
			loadJob.cancel();
		}
		int current = ++generation;
		CupsConnection connection = wizard.getConnection();
		CupsJob<List<Ppd>> job = new CupsJob<>(NLS.bind(Messages.Driver_jobName, connection.server().hostAndPort()),
				connection.server(), monitor -> {
					List<Ppd> list = new ArrayList<>(connection.getPpds(PpdQuery.ALL, monitor));
					list.sort(Comparator.comparing((Ppd p) -> nonNull(p.makeAndModel()), String.CASE_INSENSITIVE_ORDER)
							.thenComparing(p -> nonNull(p.name())));
					return list;
				});
		loadJob = job;
		loading = true;
		reload.setEnabled(false);
		status.setText(Messages.Driver_loading);
		UiAsync.whenDone(job.result(), viewer.getControl(), (list, error) -> {
			if (current != generation) {
				return;
			}
			loading = false;
			reload.setEnabled(true);
			if (error == null) {
				setDrivers(list);
			} else {
				String message = error instanceof CancellationException ? Messages.Driver_cancelled
						: error.getMessage();
				status.setText(NLS.bind(Messages.Driver_failed, message));
				status.setToolTipText(message);
			}
		});
		wizard.start(job);
	}

	private void setDrivers(List<Ppd> list) {
		all = List.copyOf(list);
		rank();
	}

	private void applyFilter() {
		String f = filter.getText().strip().toLowerCase(Locale.ROOT);
		List<Ppd> result;
		if (f.isEmpty()) {
			result = all;
		} else {
			String[] words = f.split("\\s+"); //$NON-NLS-1$
			result = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				String key = keys.get(i);
				boolean match = true;
				for (String w : words) {
					match &= key.contains(w);
				}
				if (match) {
					result.add(all.get(i));
				}
			}
		}
		shown = result;
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.setItemCount(shown.size());
			viewer.refresh();
			int index = selected == null ? -1 : shown.indexOf(selected);
			if (index >= 0) {
				table.setSelection(index);
			} else {
				table.deselectAll();
				selected = null;
			}
		} finally {
			table.setRedraw(true);
		}
		if (!loading && loadJob != null && loadJob.result().isDone() && !loadJob.result().isCompletedExceptionally()) {
			status.setText(NLS.bind(Messages.Driver_count, Integer.valueOf(shown.size()), Integer.valueOf(all.size())));
		}
		validate();
	}

	private void validate() {
		boolean ok = everywhere.getSelection() || ppd.getSelection() && selected != null;
		setErrorMessage(null);
		setMessage(ok || !isCurrentPage() ? null : Messages.Driver_choose);
		setPageComplete(ok);
	}

	/**
	 * Chooses IPP Everywhere.
	 */
	public void chooseEverywhere() {
		userChose = true;
		everywhere.setSelection(true);
		ppd.setSelection(false);
		validate();
	}

	/**
	 * Chooses a PPD of the list, as a click on its row would.
	 *
	 * @param ppdName
	 *            the {@code ppd-name}
	 * @return whether the list (as filtered) holds it
	 */
	public boolean choosePpd(String ppdName) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).name().equals(ppdName)) {
				viewer.getTable().setSelection(i);
				viewer.getTable().notifyListeners(SWT.Selection, null);
				return true;
			}
		}
		return false;
	}

	/** {@return the ppd-name to create the queue with: {@value AddPrinterWizard#EVERYWHERE} or the chosen PPD's} */
	public String getPpdName() {
		if (everywhere.getSelection() || selected == null) {
			return AddPrinterWizard.EVERYWHERE;
		}
		return selected.name();
	}

	/** {@return the chosen PPD, or null for IPP Everywhere} */
	public Ppd getSelectedPpd() {
		return everywhere.getSelection() ? null : selected;
	}

	/** {@return the drivers recommended for the device, best first} */
	public List<Recommendation> getRecommendations() {
		return recommendations;
	}

	/** {@return the sentence that says why a driver is recommended (empty when there is nothing to say)} */
	public String getReasonText() {
		return reason.getText();
	}

	/** {@return the drivers the filter lets through} */
	public List<Ppd> getShownDrivers() {
		return shown;
	}

	/** {@return every driver CUPS listed (empty while loading)} */
	public List<Ppd> getDrivers() {
		return all;
	}

	/** {@return the filter box} */
	public Text getFilter() {
		return filter;
	}

	/** {@return the virtual driver table} */
	public TableViewer getViewer() {
		return viewer;
	}

	/** {@return the job that fetches the list, or null before the page was shown} */
	public CupsJob<List<Ppd>> getLoadJob() {
		return loadJob;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
