package org.cupola.ui.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.Servers;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.Errors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * The content of the Jobs view without the workbench: a virtual table of the jobs of some printers (or of every
 * printer of every server), the job actions, and the refresh logic. Every CUPS call runs in a {@link CupsJob};
 * results come back through {@link UiAsync}; a self-rescheduling system job refreshes the list every few seconds while
 * {@link #setAutoRefresh(boolean) auto refresh} is on. All methods must be called on the UI thread.
 */
public final class JobsPanel extends Composite {

	/** The default auto-refresh interval. */
	public static final long DEFAULT_INTERVAL_MILLIS = 5000;

	/** A place to list jobs from: a queue of a server, or the whole server when the queue is null. */
	private record Target(Servers.Entry server, String printer) {
	}

	/** What one Get-Jobs returned, or how it failed. */
	private record Fetched(Target target, List<Job> jobs, Throwable error) {
	}

	private final TableViewer viewer;
	private final Label status;
	private final LazyContent content = new LazyContent();
	private final Display display;
	private final List<IAction> jobActions = new ArrayList<>();
	private final Action showCompleted;
	private final Action refreshAction;
	private final Action cancelAction;
	private final Action holdAction;
	private final Action releaseAction;
	private final Action reprintAction;
	private final Action moveAction;
	private final org.eclipse.core.runtime.jobs.Job timer;
	/** Servers whose last automatic fetch wanted credentials that were not given: skipped until a manual refresh. */
	private final Set<CupsServer> autoSkipped = new HashSet<>();

	private Supplier<List<Servers.Entry>> servers = () -> Servers.getDefault().entries();
	private List<PrinterElement> printers = List.of();
	private List<JobRow> rows = List.of();
	/** Whether the rows come from more than one server (then the printer column names the server); set with rows. */
	private boolean multipleServers;
	private List<CupsJob<List<Job>>> inFlight = List.of();
	private int generation;
	private int refreshes;
	private volatile boolean autoRefresh;
	private volatile long intervalMillis = DEFAULT_INTERVAL_MILLIS;
	private volatile boolean disposed;

	/**
	 * @param parent
	 *            the parent
	 * @param style
	 *            the composite's style
	 */
	public JobsPanel(Composite parent, int style) {
		super(parent, style);
		display = getDisplay();
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
		viewer.setContentProvider(content);
		column(layout, Messages.Jobs_id, 6, SWT.RIGHT, JobLabels::id);
		column(layout, Messages.Jobs_name, 26, SWT.LEFT, JobLabels::name);
		column(layout, Messages.Jobs_owner, 10, SWT.LEFT, JobLabels::owner);
		column(layout, Messages.Jobs_printer, 16, SWT.LEFT, row -> JobLabels.printer(row, multipleServers()));
		column(layout, Messages.Jobs_state, 10, SWT.LEFT, JobLabels::state);
		column(layout, Messages.Jobs_size, 8, SWT.RIGHT, JobLabels::size);
		column(layout, Messages.Jobs_created, 14, SWT.LEFT, JobLabels::created);
		viewer.setInput(content);
		status = new Label(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

		showCompleted = new Action(Messages.Jobs_showCompleted, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				refresh();
			}
		};
		showCompleted.setToolTipText(Messages.Jobs_showCompletedTooltip);
		refreshAction = new Action(Messages.Jobs_refresh) {
			@Override
			public void run() {
				refresh();
			}
		};
		refreshAction.setToolTipText(Messages.Jobs_refreshTooltip);
		cancelAction = new JobAction(Messages.Jobs_cancel, Messages.Jobs_jobCancel, s -> !s.isTerminal(),
				CupsConnection::cancelJob);
		holdAction = new JobAction(Messages.Jobs_hold, Messages.Jobs_jobHold, s -> s == Job.State.PENDING,
				CupsConnection::holdJob);
		releaseAction = new JobAction(Messages.Jobs_release, Messages.Jobs_jobRelease, s -> s == Job.State.HELD,
				CupsConnection::releaseJob);
		reprintAction = new JobAction(Messages.Jobs_reprint, Messages.Jobs_jobReprint, Job.State::isTerminal,
				CupsConnection::restartJob);
		moveAction = new Action(Messages.Jobs_move) {
			@Override
			public void run() {
				moveSelected();
			}
		};
		jobActions.addAll(List.of(cancelAction, holdAction, releaseAction, reprintAction, moveAction));
		viewer.addSelectionChangedListener(e -> updateActions());
		updateActions();

		timer = new org.eclipse.core.runtime.jobs.Job(Messages.Jobs_autoRefresh) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled() || disposed || !autoRefresh) {
					return Status.CANCEL_STATUS;
				}
				if (!display.isDisposed()) {
					display.asyncExec(() -> {
						if (!isDisposed() && autoRefresh) {
							refresh(true);
						}
					});
				}
				schedule(intervalMillis);
				return Status.OK_STATUS;
			}

			@Override
			public boolean shouldSchedule() {
				return !disposed && autoRefresh;
			}
		};
		timer.setSystem(true);
		addDisposeListener(e -> {
			disposed = true;
			autoRefresh = false;
			timer.cancel();
			for (CupsJob<List<Job>> job : inFlight) {
				job.cancel();
			}
		});
	}

	private void column(TableColumnLayout layout, String title, int weight, int align, Function<JobRow, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setMoveable(true);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 40));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof JobRow row ? text.apply(row) : ""; //$NON-NLS-1$
			}
		});
	}

	// ---------------------------------------------------------------------------------------------------------
	// Scope and refresh

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
		autoSkipped.clear();
		refresh(false);
	}

	private void refresh(boolean automatic) {
		if (isDisposed()) {
			return;
		}
		if (automatic && !inFlight.isEmpty()) {
			return; // the previous fetch is still running: do not pile up
		}
		for (CupsJob<List<Job>> job : inFlight) {
			job.cancel();
		}
		int current = ++generation;
		WhichJobs which = showCompleted.isChecked() ? WhichJobs.ALL : WhichJobs.NOT_COMPLETED;
		List<Target> targets = targets();
		List<CupsJob<List<Job>>> jobs = new ArrayList<>();
		List<CompletableFuture<Fetched>> fetches = new ArrayList<>();
		for (Target target : targets) {
			if (automatic && autoSkipped.contains(target.server().server())) {
				continue;
			}
			CupsJob<List<Job>> job = new CupsJob<>(NLS.bind(Messages.Jobs_jobList, target.server().server()),
					target.server().server(),
					monitor -> target.server().connection().getJobs(target.printer(), which, false, 0, null, monitor));
			job.setSystem(automatic);
			jobs.add(job);
			fetches.add(job.result().handle((list, error) -> new Fetched(target, list, unwrap(error))));
		}
		inFlight = List.copyOf(jobs);
		if (rows.isEmpty()) {
			status.setText(Messages.Jobs_loading);
		}
		CompletableFuture<List<Fetched>> all = CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new))
				.thenApply(v -> fetches.stream().map(CompletableFuture::join).toList());
		UiAsync.whenDone(all, viewer.getControl(), (results, error) -> {
			if (current != generation) {
				return; // a newer refresh replaced this one
			}
			inFlight = List.of();
			show(results == null ? List.of() : results);
		});
		for (CupsJob<List<Job>> job : jobs) {
			job.schedule();
		}
	}

	private List<Target> targets() {
		List<Target> targets = new ArrayList<>();
		if (printers.isEmpty()) {
			for (Servers.Entry entry : servers.get()) {
				targets.add(new Target(entry, null));
			}
		} else {
			for (PrinterElement p : printers) {
				targets.add(new Target(p.server(), p.name()));
			}
		}
		return targets;
	}

	private static Throwable unwrap(Throwable error) {
		return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
	}

	private void show(List<Fetched> results) {
		Map<JobRow.Key, JobRow> byKey = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (Fetched f : results) {
			if (f.error() == null) {
				for (Job job : f.jobs()) {
					JobRow row = new JobRow(f.target().server(), job);
					byKey.put(row.key(), row);
				}
			} else if (!(f.error() instanceof CancellationException)) {
				errors.add(NLS.bind(Messages.Jobs_failed, f.target().server().server().hostAndPort(),
						f.error().getMessage()));
			}
			if (f.error() instanceof CancellationException || f.error() instanceof NotAuthorizedException) {
				autoSkipped.add(f.target().server().server()); // a dismissed prompt must not come back every 5 s
			}
		}
		List<JobRow> sorted = new ArrayList<>(byKey.values());
		sorted.sort(Comparator.comparing((JobRow r) -> r.server().server().toString())
				.thenComparing(Comparator.comparingInt(JobRow::id).reversed()));
		setRows(sorted);
		refreshes++;
		String text = NLS.bind(Messages.Jobs_count, Integer.valueOf(sorted.size()));
		if (!errors.isEmpty()) {
			text = text + " \u2014 " + String.join("; ", errors); //$NON-NLS-1$ //$NON-NLS-2$
		}
		status.setText(text);
		status.setToolTipText(errors.isEmpty() ? null : String.join("\n", errors)); //$NON-NLS-1$
	}

	/** Replaces the rows, keeping the selected jobs selected; only the visible items are materialized. */
	private void setRows(List<JobRow> newRows) {
		Set<JobRow.Key> selected = new HashSet<>();
		for (JobRow row : selectedRows()) {
			selected.add(row.key());
		}
		rows = List.copyOf(newRows);
		multipleServers = computeMultipleServers();
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
		updateActions();
	}

	private boolean multipleServers() {
		return multipleServers;
	}

	private boolean computeMultipleServers() {
		CupsServer first = null;
		for (JobRow row : rows) {
			if (first == null) {
				first = row.server().server();
			} else if (!first.equals(row.server().server())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Starts or stops the periodic refresh (the view turns it on while it is visible).
	 *
	 * @param on
	 *            whether to refresh periodically
	 */
	public void setAutoRefresh(boolean on) {
		if (on == autoRefresh || disposed) {
			return;
		}
		autoRefresh = on;
		if (on) {
			timer.schedule(intervalMillis);
		} else {
			timer.cancel();
		}
	}

	/** {@return whether the periodic refresh is on} */
	public boolean isAutoRefresh() {
		return autoRefresh;
	}

	/**
	 * Sets the period of the automatic refresh (for tests; 5 s by default).
	 *
	 * @param millis
	 *            the interval
	 */
	public void setRefreshInterval(long millis) {
		intervalMillis = Math.max(100, millis);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Actions

	/** An action on every selected job its state allows, one user job each, then a refresh. */
	private final class JobAction extends Action {
		private final String jobName;
		private final Predicate<Job.State> applies;
		private final JobOperation operation;

		JobAction(String text, String jobName, Predicate<Job.State> applies, JobOperation operation) {
			super(text);
			this.jobName = jobName;
			this.applies = applies;
			this.operation = operation;
		}

		boolean appliesTo(JobRow row) {
			Job.State state = row.job().state();
			return state != null && applies.test(state);
		}

		@Override
		public void run() {
			List<CupsJob<Void>> started = new ArrayList<>();
			for (JobRow row : selectedRows()) {
				if (appliesTo(row)) {
					String name = NLS.bind(jobName, Integer.toString(row.id()));
					started.add(CupsJob.startUserJob(name, row.server().server(), monitor -> {
						operation.run(row.server().connection(), row.id(), monitor);
						return null;
					}));
				}
			}
			afterAll(getText(), started);
		}
	}

	/** A job operation of {@link CupsConnection}. */
	@FunctionalInterface
	private interface JobOperation {
		void run(CupsConnection connection, int jobId, IProgressMonitor monitor) throws IppException;
	}

	/** When all the jobs are done: report the failures in one dialog, then refresh. */
	private void afterAll(String title, List<? extends CupsJob<?>> started) {
		if (started.isEmpty()) {
			return;
		}
		List<CompletableFuture<IStatus>> outcomes = new ArrayList<>();
		for (CupsJob<?> job : started) {
			outcomes.add(job.result().handle((v, error) -> {
				Throwable cause = unwrap(error);
				if (cause == null || cause instanceof CancellationException) {
					return Status.OK_STATUS;
				}
				return Status.error(NLS.bind(Messages.Jobs_failed, job.getName(), cause.getMessage()), cause);
			}));
		}
		CompletableFuture<List<IStatus>> all = CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
				.thenApply(v -> outcomes.stream().map(CompletableFuture::join).filter(s -> !s.isOK()).toList());
		UiAsync.whenDone(all, viewer.getControl(), (failures, error) -> {
			refresh();
			if (failures != null && !failures.isEmpty()) {
				IStatus status = failures.size() == 1 ? failures.get(0)
						: new MultiStatus("org.cupola.ui", 0, //$NON-NLS-1$
								failures.toArray(IStatus[]::new), failures.get(0).getMessage(), null);
				Errors.show(getShell(), Action.removeMnemonics(title), NLS.bind(Messages.Jobs_actionFailed,
						Action.removeMnemonics(title)), status);
			}
		});
	}

	/** Move: lists the server's queues in a job, lets the user pick one, then moves each selected job. */
	private void moveSelected() {
		List<JobRow> selection = selectedRows().stream().filter(r -> !isTerminal(r)).toList();
		if (selection.isEmpty()) {
			return;
		}
		Servers.Entry server = selection.get(0).server();
		CupsJob<List<Printer>> list = CupsJob.startUserJob(
				NLS.bind(Messages.Jobs_jobListPrinters, server.server().hostAndPort()), server.server(),
				monitor -> server.connection().getPrinters(monitor));
		UiAsync.whenDone(list.result(), viewer.getControl(), (queues, error) -> {
			if (error != null) {
				if (!(error instanceof CancellationException)) {
					Errors.show(getShell(), Messages.Jobs_moveTitle,
							NLS.bind(Messages.Jobs_moveFailed, server.server().hostAndPort()),
							Status.error(String.valueOf(error.getMessage()), error));
				}
				return;
			}
			Set<String> current = selection.stream().map(r -> r.job().printerName()).collect(Collectors.toSet());
			List<String> names = queues.stream().map(Printer::name)
					.filter(n -> current.size() > 1 || !current.contains(n)).toList();
			if (names.isEmpty()) {
				MessageDialog.openInformation(getShell(), Messages.Jobs_moveTitle, Messages.Jobs_moveNoTarget);
				return;
			}
			ListDialog dialog = new ListDialog(getShell());
			dialog.setTitle(Messages.Jobs_moveTitle);
			dialog.setMessage(Messages.Jobs_moveMessage);
			dialog.setContentProvider(ArrayContentProvider.getInstance());
			dialog.setLabelProvider(new LabelProvider());
			dialog.setInput(names);
			dialog.setInitialSelections(names.get(0));
			if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
				return;
			}
			moveTo(selection, (String) dialog.getResult()[0]);
		});
	}

	/**
	 * Moves jobs to another queue of their server, one user job each, then refreshes.
	 *
	 * @param jobs
	 *            the jobs (of one server)
	 * @param targetPrinter
	 *            the queue
	 */
	public void moveTo(List<JobRow> jobs, String targetPrinter) {
		List<CupsJob<Void>> started = new ArrayList<>();
		for (JobRow row : jobs) {
			String name = NLS.bind(Messages.Jobs_jobMove, Integer.toString(row.id()), targetPrinter);
			started.add(CupsJob.startUserJob(name, row.server().server(), monitor -> {
				JobMover.moveJob(row.server().connection(), row.id(), targetPrinter, monitor);
				return null;
			}));
		}
		afterAll(Messages.Jobs_moveTitle, started);
	}

	private static boolean isTerminal(JobRow row) {
		Job.State state = row.job().state();
		return state == null || state.isTerminal();
	}

	private void updateActions() {
		List<JobRow> selection = selectedRows();
		for (IAction action : jobActions) {
			if (action instanceof JobAction job) {
				job.setEnabled(selection.stream().anyMatch(job::appliesTo));
			}
		}
		Set<CupsServer> serversOfSelection = selection.stream().map(r -> r.server().server())
				.collect(Collectors.toSet());
		moveAction.setEnabled(serversOfSelection.size() == 1 && selection.stream().anyMatch(r -> !isTerminal(r)));
	}

	/** {@return the selected rows} */
	public List<JobRow> selectedRows() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		List<JobRow> result = new ArrayList<>(selection.size());
		for (Object o : selection) {
			if (o instanceof JobRow row) {
				result.add(row);
			}
		}
		return result;
	}

	/**
	 * Selects the jobs with these ids (materializing only their items), as a click would.
	 *
	 * @param jobIds
	 *            the ids
	 */
	public void selectJobs(int... jobIds) {
		Set<Integer> wanted = new HashSet<>();
		for (int id : jobIds) {
			wanted.add(Integer.valueOf(id));
		}
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (wanted.contains(Integer.valueOf(rows.get(i).id()))) {
				indices.add(Integer.valueOf(i));
			}
		}
		viewer.getTable().setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
		viewer.getTable().notifyListeners(SWT.Selection, null);
		updateActions();
	}

	/** Adds the actions to the view's context menu. */
	public void fillContextMenu(IMenuManager menu) {
		menu.add(cancelAction);
		menu.add(holdAction);
		menu.add(releaseAction);
		menu.add(reprintAction);
		menu.add(moveAction);
		menu.add(new Separator());
		menu.add(refreshAction);
	}

	/** Adds the actions to the view's tool bar. */
	public void fillToolBar(IToolBarManager toolBar) {
		toolBar.add(showCompleted);
		toolBar.add(refreshAction);
	}

	/** Adds the actions to the view's pull-down menu. */
	public void fillViewMenu(IMenuManager menu) {
		menu.add(showCompleted);
	}

	/**
	 * Shows or hides finished jobs, and refreshes.
	 *
	 * @param on
	 *            whether to list completed, cancelled and aborted jobs too
	 */
	public void setShowCompleted(boolean on) {
		if (on != showCompleted.isChecked()) {
			showCompleted.setChecked(on);
			refresh();
		}
	}

	/** {@return whether finished jobs are listed} */
	public boolean isShowCompleted() {
		return showCompleted.isChecked();
	}

	/** {@return the Cancel action} */
	public IAction getCancelAction() {
		return cancelAction;
	}

	/** {@return the Hold action} */
	public IAction getHoldAction() {
		return holdAction;
	}

	/** {@return the Release action} */
	public IAction getReleaseAction() {
		return releaseAction;
	}

	/** {@return the Reprint action} */
	public IAction getReprintAction() {
		return reprintAction;
	}

	/** {@return the Move action} */
	public IAction getMoveAction() {
		return moveAction;
	}

	/** {@return the Refresh action} */
	public IAction getRefreshAction() {
		return refreshAction;
	}

	/** {@return the rows, in table order} */
	public List<JobRow> getRows() {
		return rows;
	}

	/** {@return how many refreshes have completed (tests wait for it to grow)} */
	public int getRefreshCount() {
		return refreshes;
	}

	/** {@return the status line (count and errors)} */
	public String getStatusText() {
		return status.getText();
	}

	/** {@return the virtual table viewer} */
	public TableViewer getViewer() {
		return viewer;
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
