package org.cupola.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.PrinterWatcher;
import org.cupola.ui.internal.Icons;
import org.cupola.ui.internal.Messages;
import org.cupola.ui.internal.PrinterLabels;
import org.cupola.ui.internal.PrinterPrefetch;
import org.cupola.ui.internal.ServerState;
import org.cupola.ui.internal.ServerStatusBar;
import org.cupola.ui.internal.StartupTrace;
import org.cupola.ui.internal.StateMessages;
import org.cupola.ui.internal.server.SecurityMessages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The content of the Printers view without the workbench: a filter box and a virtual tree with a row per connected
 * server and, under it, a row per queue ({@link PrinterElement}). The tree is {@link SWT#VIRTUAL} with an
 * {@link ILazyTreeContentProvider}: only the rows that are painted get items with text, so a server with thousands of
 * queues shows at once. Filtering happens in the model (lazy viewers do not support viewer filters). Every fetch runs
 * as a {@link CupsJob}; results arrive through {@link UiAsync}. All methods must be called on the UI thread.
 */
public final class PrintersPanel extends Composite {

	/** A server row: its printers once fetched (all and those the filter lets through), or the error. */
	static final class ServerNode implements ServerRow {
		Servers.Entry entry;
		List<PrinterElement> printers = List.of();
		List<PrinterElement> visible = List.of();
		String status;
		ServerState state = ServerState.CONNECTING;
		/** The listing that runs, or null; when it started (System.nanoTime) and which one it is. */
		CupsJob<List<Printer>> fetch;
		long fetchStarted;
		int fetches;

		ServerNode(Servers.Entry entry) {
			this.entry = entry;
		}

		@Override
		public Servers.Entry entry() {
			return entry;
		}
	}

	private final Text filter;
	private final TreeViewer viewer;
	/** The queue icons (one image per state combination), disposed with the panel. */
	private final LocalResourceManager resources;
	/** The tree's input: the server rows in the order the servers were added. */
	private final Map<CupsServer, ServerNode> nodes = new LinkedHashMap<>();
	private final List<CupsJob<List<Printer>>> inFlight = new ArrayList<>();
	private Supplier<List<Servers.Entry>> servers = () -> Servers.getDefault().entries();
	private int refreshes;
	/** A listing that waits longer than this says that the server is not answering yet. */
	private Duration notAnsweringAfter = Duration.ofSeconds(3);
	private boolean ticking;
	private Runnable stateListener = () -> {
	};
	private final ServerStatusBar statusBar;
	/** Live refresh per server (see {@link #setLiveRefresh(Duration)}); empty when off. */
	private final Map<CupsServer, PrinterWatcher> watchers = new LinkedHashMap<>();
	private Duration livePoll;

	/**
	 * @param parent
	 *            the parent
	 * @param style
	 *            the composite's style
	 */
	public PrintersPanel(Composite parent, int style) {
		super(parent, style);
		resources = new LocalResourceManager(JFaceResources.getResources(), this);
		addDisposeListener(e -> disposed());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(this);
		filter = new Text(this, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.PrintersView_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		statusBar = new ServerStatusBar(this);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(statusBar);
		statusBar.show(List.of());
		Composite treeHolder = new Composite(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(treeHolder);
		TreeColumnLayout layout = new TreeColumnLayout();
		treeHolder.setLayout(layout);
		viewer = new TreeViewer(treeHolder,
				SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		column(layout, Messages.PrintersView_name, 22, PrinterLabels::name, true);
		column(layout, Messages.PrintersView_state, 12, PrinterLabels::state, false);
		column(layout, Messages.PrintersView_message, 30, PrinterLabels::message, false);
		column(layout, Messages.PrintersView_accepting, 8, PrinterLabels::accepting, false);
		column(layout, Messages.PrintersView_shared, 8, PrinterLabels::shared, false);
		column(layout, Messages.PrintersView_default, 8, PrinterLabels::isDefault, false);
		column(layout, Messages.PrintersView_location, 12, PrinterLabels::location, false);
		column(layout, Messages.PrintersView_model, 20, PrinterLabels::model, false);
		viewer.setContentProvider(new LazyContent());
		viewer.setInput(nodes);
		filter.addModifyListener(e -> applyFilter());
		addDisposeListener(e -> cancelFetches());
	}

	private void column(TreeColumnLayout layout, String title, int weight, Function<Object, String> text,
			boolean serverName) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
		boolean statusColumn = title.equals(Messages.PrintersView_message);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ServerNode node) {
					if (serverName) {
						return PrinterLabels.server(node.entry.server(), node.entry.label())
								+ SecurityMessages.rowSuffix(node.entry.connection().security());
					}
					return statusColumn && node.status != null ? node.status : ""; //$NON-NLS-1$
				}
				StartupTrace.mark("first-printer-row"); //$NON-NLS-1$ a queue's row is being painted (virtual tree)
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				// the queue's state at a glance: printer or class, with overlays (README, "Icons")
				return serverName && element instanceof PrinterElement p ? resources.create(Icons.printer(p.printer()))
						: null;
			}

			@Override
			public Font getFont(Object element) {
				// the server's default destination stands out in the name column
				return serverName && element instanceof PrinterElement p && p.printer().isDefault()
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: null;
			}
		});
	}

	/**
	 * Sets where the servers come from ({@link Servers#getDefault()} by default).
	 *
	 * @param supplier
	 *            the servers
	 */
	public void setServers(Supplier<List<Servers.Entry>> supplier) {
		servers = Objects.requireNonNull(supplier);
	}

	/** Fetches the printers of every server again, each in its own job (a fetch still running is cancelled). */
	public void refresh() {
		if (isDisposed()) {
			return;
		}
		cancelFetches();
		List<Servers.Entry> entries = servers.get();
		List<CupsServer> present = entries.stream().map(Servers.Entry::server).toList();
		nodes.keySet().retainAll(present);
		updateWatchers(present);
		for (Servers.Entry entry : entries) {
			fetch(entry);
		}
		updateTree();
		stateChanged();
	}

	/**
	 * Fetches the printers of one server again (Retry); a fetch of it still running is cancelled.
	 *
	 * @param server
	 *            the server
	 */
	public void refresh(CupsServer server) {
		ServerNode node = nodes.get(server);
		if (isDisposed() || node == null) {
			return;
		}
		if (node.fetch != null) {
			node.fetch.cancel();
		}
		fetch(node.entry);
		updateTree();
		stateChanged();
	}

	/**
	 * Cancels the running fetch of a server (Cancel); its row says so.
	 *
	 * @param server
	 *            the server
	 */
	public void cancel(CupsServer server) {
		ServerNode node = nodes.get(server);
		if (node != null && node.fetch != null) {
			node.fetch.cancel();
		}
	}

	private void fetch(Servers.Entry entry) {
		ServerNode node = nodes.computeIfAbsent(entry.server(), s -> new ServerNode(entry));
		if (node.entry.connection() != entry.connection()) {
			// the server was disconnected and connected again: its rows hold the closed connection, and a command
			// on them would fail; they go until the new connection's listing arrives
			node.printers = List.of();
			node.visible = List.of();
			node.state = ServerState.CONNECTING;
		}
		node.entry = entry; // the label may have changed
		node.status = Messages.PrintersView_loading;
		if (node.state != ServerState.CONNECTED && node.state != ServerState.NOT_ANSWERING) {
			node.state = ServerState.CONNECTING;
		}
		int fetch = ++node.fetches;
		// at start-up the application has already started this listing while the window was built (issue 14)
		CupsJob<List<Printer>> prefetched = PrinterPrefetch.take(entry.connection());
		CupsJob<List<Printer>> job = prefetched != null ? prefetched
				: new CupsJob<>(NLS.bind(Messages.PrintersView_jobName, entry.server()), entry.server(),
						monitor -> entry.connection().getPrinters(monitor));
		inFlight.add(job);
		node.fetch = job;
		node.fetchStarted = System.nanoTime();
		UiAsync.whenDone(job.result(), viewer.getControl(), (printers, error) -> {
			inFlight.remove(job);
			if (node.fetches != fetch || nodes.get(entry.server()) != node) {
				return; // a newer fetch replaced this one, or the server was disconnected
			}
			node.fetch = null;
			node.state = ServerState.of(error, node.state);
			if (error == null) {
				show(entry, printers);
			} else {
				if (error instanceof CancellationException) {
					node.status = Messages.PrintersView_cancelled;
				} else {
					node.printers = List.of();
					node.visible = List.of();
					node.status = error.getMessage();
				}
				updateTree();
			}
			stateChanged();
		});
		if (prefetched == null) {
			job.schedule();
		}
		startTicking();
	}

	/** While a listing runs, once a second: after a few seconds say the server is not answering yet, and for how long. */
	private void startTicking() {
		if (ticking || isDisposed()) {
			return;
		}
		ticking = true;
		getDisplay().timerExec(1000, new Runnable() {
			@Override
			public void run() {
				if (isDisposed()) {
					return;
				}
				boolean running = false;
				boolean changed = false;
				for (ServerNode node : nodes.values()) {
					if (node.fetch == null) {
						continue;
					}
					running = true;
					long waited = waitedSeconds(node);
					if (waited >= notAnsweringAfter.toSeconds()) {
						node.state = ServerState.NOT_ANSWERING;
						node.status = NLS.bind(StateMessages.ServerState_rowWaiting, Long.valueOf(waited));
						changed = true;
					}
				}
				if (changed) {
					updateTree();
					stateChanged();
				}
				if (running) {
					getDisplay().timerExec(1000, this);
				} else {
					ticking = false;
				}
			}
		});
	}

	private static long waitedSeconds(ServerNode node) {
		return Duration.ofNanos(System.nanoTime() - node.fetchStarted).toSeconds();
	}

	/** The bar of waiting servers, then whoever shows the states (the view's header). */
	private void stateChanged() {
		if (isDisposed()) {
			return;
		}
		List<ServerStatusBar.Waiting> waiting = new ArrayList<>();
		for (ServerNode node : nodes.values()) {
			if (node.fetch != null && node.state == ServerState.NOT_ANSWERING) {
				CupsServer server = node.entry.server();
				waiting.add(new ServerStatusBar.Waiting(PrinterLabels.server(server, node.entry.label()),
						waitedSeconds(node), () -> cancel(server), () -> refresh(server)));
			}
		}
		statusBar.show(waiting);
		stateListener.run();
	}

	/**
	 * Sets who hears of changes of the servers' states ({@link #describeServers()}), e.g. the view's header.
	 *
	 * @param listener
	 *            called on the UI thread
	 */
	public void setStateListener(Runnable listener) {
		stateListener = Objects.requireNonNull(listener);
	}

	/**
	 * Sets after how long a listing without an answer makes a server "not answering yet" (3 s by default).
	 *
	 * @param after
	 *            the time
	 */
	public void setNotAnsweringAfter(Duration after) {
		notAnsweringAfter = Objects.requireNonNull(after);
	}

	/**
	 * Each server and its state in one line, e.g. "ipp://127.0.0.1:8631 (demo server): connected;
	 * ipp://198.18.0.5:631: not answering yet (7 s)".
	 *
	 * @return the text for the view's header
	 */
	public String describeServers() {
		List<String> parts = new ArrayList<>();
		for (ServerNode node : nodes.values()) {
			long waited = node.fetch != null ? waitedSeconds(node) : -1;
			parts.add(NLS.bind(StateMessages.ServerState_header,
					PrinterLabels.server(node.entry.server(), node.entry.label()), node.state.describe(waited)));
		}
		return parts.isEmpty() ? Messages.Servers_none
				: String.join(StateMessages.ServerState_headerSeparator, parts);
	}

	/**
	 * The state of a server as the view shows it.
	 *
	 * @param server
	 *            the server
	 * @return its state, or null when it is not shown
	 */
	public ServerState getState(CupsServer server) {
		ServerNode node = nodes.get(server);
		return node == null ? null : node.state;
	}

	/** {@return the bar that offers Cancel and Retry for servers that do not answer} */
	public ServerStatusBar getStatusBar() {
		return statusBar;
	}

	/**
	 * Shows the queues of a server (what a fetch delivers; public for tests and benchmarks). The server row is added
	 * when missing.
	 *
	 * @param entry
	 *            the server
	 * @param printers
	 *            its queues, in the order to show
	 */
	public void show(Servers.Entry entry, List<Printer> printers) {
		ServerNode node = nodes.computeIfAbsent(entry.server(), s -> new ServerNode(entry));
		node.entry = entry;
		List<PrinterElement> elements = new ArrayList<>(printers.size());
		for (Printer p : printers) {
			elements.add(new PrinterElement(entry, p));
		}
		node.printers = List.copyOf(elements);
		node.visible = filtered(node.printers);
		node.status = NLS.bind(Messages.PrintersView_count, Integer.valueOf(printers.size()));
		node.state = ServerState.CONNECTED;
		StartupTrace.mark("printers-fetched"); //$NON-NLS-1$
		refreshes++;
		updateTree();
	}

	/**
	 * Turns on live refresh: each server's queues are fetched again when CUPS reports a change through a
	 * subscription, or every {@code pollInterval} where it refuses one. Null turns it off.
	 */
	public void setLiveRefresh(Duration pollInterval) {
		livePoll = pollInterval;
		updateWatchers(livePoll == null ? List.of() : List.copyOf(nodes.keySet()));
	}

	private void updateWatchers(List<CupsServer> present) {
		List<CupsServer> wanted = livePoll == null ? List.of() : present;
		for (CupsServer s : List.copyOf(watchers.keySet())) {
			if (!wanted.contains(s)) {
				watchers.remove(s).stop();
			}
		}
		for (CupsServer s : wanted) {
			watchers.computeIfAbsent(s, server -> {
				PrinterWatcher w = new PrinterWatcher(server, livePoll, this::refreshFromWatcher);
				w.start();
				return w;
			});
		}
	}

	private void refreshFromWatcher() {
		if (!isDisposed()) {
			getDisplay().asyncExec(() -> {
				if (!isDisposed() && inFlight.isEmpty()) {
					refresh();
				}
			});
		}
	}

	/** Widgets disposed with their parent never get dispose() called: this runs from a dispose listener. */
	private void disposed() {
		livePoll = null;
		for (PrinterWatcher w : watchers.values()) {
			w.stop();
		}
		watchers.clear();
		cancelFetches();
	}

	private void cancelFetches() {
		for (CupsJob<List<Printer>> job : List.copyOf(inFlight)) {
			job.cancel();
		}
		inFlight.clear();
	}

	private void applyFilter() {
		for (ServerNode node : nodes.values()) {
			node.visible = filtered(node.printers);
		}
		updateTree();
	}

	private List<PrinterElement> filtered(List<PrinterElement> all) {
		String text = filter.getText();
		if (text == null || text.isBlank()) {
			return all;
		}
		List<PrinterElement> result = new ArrayList<>();
		for (PrinterElement p : all) {
			if (PrinterLabels.matches(p.printer(), text)) {
				result.add(p);
			}
		}
		return result;
	}

	/**
	 * Re-reads the model: the items are cleared and filled again as they are painted; server rows stay expanded. The
	 * selected queues stay selected as their fresh elements (a listing brings new ones, with the new state): the
	 * widget selection is cleared silently first, so the viewer's own restore (which cannot find the old elements in a
	 * lazy tree and would announce an empty selection) stays quiet, then listeners hear once of the fresh elements.
	 */
	private void updateTree() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Tree tree = viewer.getTree();
		Set<String> selected = new HashSet<>();
		for (Object o : viewer.getStructuredSelection()) {
			if (o instanceof PrinterElement p) {
				selected.add(key(p));
			}
		}
		tree.setRedraw(false);
		try {
			tree.deselectAll(); // no event: the selection is put back below
			viewer.refresh();
			for (int i = 0; i < tree.getItemCount(); i++) {
				TreeItem item = tree.getItem(i);
				item.getText(); // materializes the server row: its child count is set in updateElement
				if (item.getData() instanceof ServerNode node && !node.visible.isEmpty() && !item.getExpanded()) {
					item.setExpanded(true);
				}
			}
			if (!selected.isEmpty()) {
				restoreSelection(tree, selected);
			}
		} finally {
			tree.setRedraw(true);
		}
	}

	private void restoreSelection(Tree tree, Set<String> keys) {
		List<TreeItem> items = new ArrayList<>();
		List<PrinterElement> fresh = new ArrayList<>();
		int serverIndex = 0;
		for (ServerNode node : nodes.values()) {
			for (int j = 0; j < node.visible.size(); j++) {
				PrinterElement p = node.visible.get(j);
				if (keys.contains(key(p)) && serverIndex < tree.getItemCount()) {
					TreeItem serverItem = tree.getItem(serverIndex);
					if (j < serverItem.getItemCount()) {
						TreeItem item = serverItem.getItem(j);
						item.getText(); // materializes the row (SetData -> updateElement)
						items.add(item);
						fresh.add(p);
					}
				}
			}
			serverIndex++;
		}
		tree.setSelection(items.toArray(TreeItem[]::new));
		// tell the listeners (handlers, Jobs view) once, with the fresh elements
		viewer.setSelection(new StructuredSelection(fresh), false);
	}

	private static String key(PrinterElement p) {
		return p.server().server().key() + '\n' + p.name();
	}

	/** {@return the filter box} */
	public Text getFilter() {
		return filter;
	}

	/** {@return the virtual tree viewer (its selection holds {@link PrinterElement}s)} */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** {@return the queues the filter lets through, server after server (without touching the widgets)} */
	public List<PrinterElement> getVisiblePrinters() {
		List<PrinterElement> result = new ArrayList<>();
		for (ServerNode node : nodes.values()) {
			result.addAll(node.visible);
		}
		return result;
	}

	/** {@return how many server listings have arrived (tests wait for it to grow)} */
	public int getRefreshCount() {
		return refreshes;
	}

	/** The lazy content: the tree asks for the rows it paints, and only those. */
	private final class LazyContent implements ILazyTreeContentProvider {
		@Override
		public void updateElement(Object parent, int index) {
			if (parent == nodes) {
				List<ServerNode> list = List.copyOf(nodes.values());
				if (index < list.size()) {
					ServerNode node = list.get(index);
					viewer.replace(parent, index, node);
					viewer.setChildCount(node, node.visible.size());
				}
			} else if (parent instanceof ServerNode node && index < node.visible.size()) {
				PrinterElement element = node.visible.get(index);
				viewer.replace(parent, index, element);
				viewer.setChildCount(element, 0);
			}
		}

		@Override
		public void updateChildCount(Object element, int currentChildCount) {
			int count = 0;
			if (element == nodes) {
				count = nodes.size();
			} else if (element instanceof ServerNode node) {
				count = node.visible.size();
			}
			if (count != currentChildCount) {
				viewer.setChildCount(element, count);
			}
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof PrinterElement p) {
				return nodes.get(p.server().server());
			}
			return element instanceof ServerNode ? nodes : null;
		}
	}
}
