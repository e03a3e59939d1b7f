package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cupola.ipp.model.JobList;
import org.cupola.ipp.model.JobSource;
import org.cupola.ipp.model.ServerJob;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.Servers;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The content of the Jobs view without the workbench: a virtual table of the jobs of some printers (or of every
 * printer of every server) and a status line. What to fetch, the merge and the periodic refresh are the UI-free
 * {@link JobList}; the panel renders its snapshots (posted with {@code asyncExec}, dropped once disposed). The job
 * commands are handlers ({@link JobHandlers}, {@link MoveJobsHandler}) on the table's selection of
 * {@link ServerJob}s. All methods must be called on the UI thread.
 */
public final class JobsPanel extends Composite {

	private final TableViewer viewer;
	private final Label status;
	private final AuthFieldsCache authFields; // for the reason of jobs held for authentication (issue 12)
	private final JobList model = new JobList(Messages.Jobs_autoRefresh,
			server -> NLS.bind(Messages.Jobs_jobList, server));

	private Supplier<List<Servers.Entry>> servers = () -> Servers.getDefault().entries();
	private List<PrinterElement> printers = List.of();
	private List<ServerJob> rows = List.of();
	/** Whether the rows come from more than one server (then the printer column names the server); set with rows. */
	private boolean multipleServers;

	/**
	 * @param parent
	 *            the parent
	 * @param style
	 *            the composite's style
	 */
	public JobsPanel(Composite parent, int style) {
		super(parent, style);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(this);
		Composite tableHolder = new Composite(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
		TableColumnLayout layout = new TableColumnLayout();
		tableHolder.setLayout(layout);
		viewer = new TableViewer(tableHolder,
				SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setUseHashlookup(true);
		authFields = new AuthFieldsCache(table, viewer::refresh);
		LazyContent content = new LazyContent();
		viewer.setContentProvider(content);
		column(layout, Messages.Jobs_id, 6, SWT.RIGHT, JobLabels::id);
		column(layout, Messages.Jobs_name, 20, SWT.LEFT, JobLabels::name);
		column(layout, Messages.Jobs_owner, 10, SWT.LEFT, JobLabels::owner);
		column(layout, Messages.Jobs_printer, 16, SWT.LEFT, row -> JobLabels.printer(row, multipleServers));
		column(layout, Messages.Jobs_state, 10, SWT.LEFT, JobLabels::state);
		column(layout, Messages.Jobs_size, 8, SWT.RIGHT, JobLabels::size);
		column(layout, Messages.Jobs_created, 14, SWT.LEFT, JobLabels::created);
		column(layout, Messages.Jobs_reason, 34, SWT.LEFT,
				row -> JobReasons.describe(row.job(), authFields.fields(row)));
		viewer.setInput(content);
		status = new Label(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

		model.setSources(this::sources);
		Display display = getDisplay();
		model.addListener(snapshot -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!isDisposed()) {
						show(snapshot);
					}
				});
			}
		});
		addDisposeListener(e -> model.dispose());
	}

	private void column(TableColumnLayout layout, String title, int weight, int align,
			Function<ServerJob, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setMoveable(true);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 40));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ServerJob row ? text.apply(row) : ""; //$NON-NLS-1$
			}
		});
	}

	/** {@return the model: what is fetched, from where, and when} */
	public JobList getModel() {
		return model;
	}

	/** {@return the virtual table viewer; its selection holds {@link ServerJob}s} */
	public TableViewer getViewer() {
		return viewer;
	}

	/**
	 * Sets where "every printer" comes from (the connected servers by default).
	 *
	 * @param supplier
	 *            the servers
	 */
	public void setServers(Supplier<List<Servers.Entry>> supplier) {
		servers = Objects.requireNonNull(supplier);
	}

	/**
	 * Lists the jobs of these queues, or of every queue of every server when the list is empty, and refreshes.
	 *
	 * @param queues
	 *            the queues (e.g. the Printers view's selection)
	 */
	public void showPrinters(List<PrinterElement> queues) {
		List<PrinterElement> copy = List.copyOf(queues);
		boolean same = copy.stream().map(JobsPanel::queueKey).toList()
				.equals(printers.stream().map(JobsPanel::queueKey).toList());
		printers = copy;
		if (!same) {
			refresh(); // not when only the queues' attributes changed (the Printers view refreshed)
		}
	}

	private static String queueKey(PrinterElement p) {
		return p.server().server().key() + '/' + p.name();
	}

	/** {@return a one-line description of what is listed, for the view's content description} */
	public String describeScope() {
		if (printers.isEmpty()) {
			return Messages.Jobs_scopeAll;
		}
		return NLS.bind(Messages.Jobs_scopePrinters,
				printers.stream().map(PrinterElement::name).collect(Collectors.joining(", "))); //$NON-NLS-1$
	}

	/** Fetches the list again now (a manual refresh: cancels a fetch in flight). */
	public void refresh() {
		if (isDisposed()) {
			return;
		}
		if (rows.isEmpty()) {
			status.setText(Messages.Jobs_loading);
		}
		model.refresh();
	}

	/** Called by the model at each refresh (on a worker thread): the queues shown, else every server. */
	private List<JobSource> sources() {
		List<PrinterElement> queues = printers;
		List<JobSource> sources = new ArrayList<>();
		if (queues.isEmpty()) {
			for (Servers.Entry entry : servers.get()) {
				sources.add(new JobSource(entry.connection(), null));
			}
		} else {
			for (PrinterElement p : queues) {
				sources.add(new JobSource(p.connection(), p.name()));
			}
		}
		return sources;
	}

	private void show(JobList.Snapshot snapshot) {
		List<String> errors = new ArrayList<>();
		for (JobList.Failure failure : snapshot.failures()) {
			errors.add(NLS.bind(Messages.Jobs_failed, failure.server().hostAndPort(), failure.error().getMessage()));
		}
		multipleServers = snapshot.multipleServers();
		setRows(snapshot.jobs());
		String text = NLS.bind(Messages.Jobs_count, Integer.valueOf(rows.size()));
		if (!errors.isEmpty()) {
			text = text + " \u2014 " + String.join("; ", errors); //$NON-NLS-1$ //$NON-NLS-2$
		}
		status.setText(text);
		status.setToolTipText(errors.isEmpty() ? null : String.join("\n", errors)); //$NON-NLS-1$
	}

	/** Replaces the rows, keeping the selected jobs selected; only the visible items are materialized. */
	private void setRows(List<ServerJob> newRows) {
		Set<ServerJob.Key> selected = new HashSet<>();
		for (Object o : viewer.getStructuredSelection()) {
			if (o instanceof ServerJob row) {
				selected.add(row.key());
			}
		}
		rows = List.copyOf(newRows);
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.setItemCount(rows.size());
			viewer.refresh();
			if (!selected.isEmpty()) {
				List<Integer> indices = new ArrayList<>();
				for (int i = 0; i < rows.size(); i++) {
					if (selected.contains(rows.get(i).key())) {
						indices.add(Integer.valueOf(i));
					}
				}
				table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
			}
		} finally {
			table.setRedraw(true);
		}
	}

	/** The lazy content: the table asks for the rows it paints, and only those. */
	private final class LazyContent implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			// the rows live in the panel
		}
	}
}
