package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Printer;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersPanel;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.PrinterPrefetch;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PrintersPanel} (the Printers view's content) without the workbench: lists the sandbox's five queues in a
 * virtual tree, filters them, selects them, and materializes only the rows it paints when there are thousands.
 */
class PrintersPanelTest {

	private Display display;
	private Shell shell;
	private PrintersPanel panel;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		panel = new PrintersPanel(shell, SWT.NONE);
		shell.setSize(900, 500);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	/** The queue names the tree shows under the server row whose text starts with prefix (reading the items). */
	private Set<String> shown(String prefix) {
		Set<String> names = new TreeSet<>();
		for (TreeItem server : panel.getViewer().getTree().getItems()) {
			if (server.getText(0).startsWith(prefix)) {
				for (TreeItem row : server.getItems()) {
					names.add(row.getText(0));
				}
			}
		}
		names.remove("");
		return names;
	}

	@Test
	void listsTheFiveQueuesAndFilters() {
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			Servers.Entry entry = new Servers.Entry(connection, "sandbox");
			panel.setServers(() -> List.of(entry));
			panel.refresh();
			String prefix = sandbox.server().toString();
			UiWait.until(display, 30_000, () -> panel.getRefreshCount() > 0);
			assertEquals(new TreeSet<>(CupsSandbox.QUEUES), shown(prefix));
			assertTrue(panel.getViewer().getTree().getItem(0).getExpanded(), "server row expanded");
			assertTrue(panel.getViewer().getTree().getItem(0).getText(2).contains("5"), "count in the status");

			panel.getFilter().setText("unreachable"); // printer-info of "broken"
			assertEquals(Set.of("broken"), shown(prefix));
			panel.getFilter().setText("SANDBOX"); // the location of all five
			assertEquals(5, shown(prefix).size());
			panel.getFilter().setText("paus");
			assertEquals(Set.of("paused"), shown(prefix));
			assertEquals(List.of("paused"), panel.getVisiblePrinters().stream().map(PrinterElement::name).toList());

			// selecting an element (as the Printers commands and the Jobs view do) works on the lazy tree
			panel.getFilter().setText("");
			PrinterElement rejecting = panel.getVisiblePrinters().stream().filter(p -> p.name().equals("rejecting"))
					.findFirst().orElseThrow();
			panel.getViewer().setSelection(new StructuredSelection(rejecting), true);
			IStructuredSelection selection = panel.getViewer().getStructuredSelection();
			assertEquals(rejecting, selection.getFirstElement());
			assertEquals(1, panel.getViewer().getTree().getSelectionCount());
		}
	}

	@Test
	void theFirstListingIsTheOneStartedBeforeTheViewExisted() throws Exception {
		// issue 14: the application starts the first listing while the workbench builds the window; the panel adopts
		// that job (running or done) instead of scheduling a fetch of its own
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			Servers.Entry entry = new Servers.Entry(connection, "sandbox");
			PrinterPrefetch.start(List.of(entry));
			Job.getJobManager().join(CupsJob.familyOf(sandbox.server()), null);
			List<Job> scheduled = new ArrayList<>();
			IJobChangeListener listener = new JobChangeAdapter() {
				@Override
				public void scheduled(IJobChangeEvent event) {
					if (event.getJob().belongsTo(CupsJob.FAMILY)) {
						scheduled.add(event.getJob());
					}
				}
			};
			Job.getJobManager().addJobChangeListener(listener);
			try {
				panel.setServers(() -> List.of(entry));
				panel.refresh();
				UiWait.until(display, 30_000, () -> panel.getRefreshCount() > 0);
				assertEquals(new TreeSet<>(CupsSandbox.QUEUES), shown(sandbox.server().toString()));
				assertEquals(List.of(), scheduled, "no listing of its own");
				assertNull(PrinterPrefetch.take(connection), "taken once");

				panel.refresh(); // later refreshes fetch again
				UiWait.until(display, 30_000, () -> panel.getRefreshCount() > 1);
				assertEquals(1, scheduled.size());
			} finally {
				Job.getJobManager().removeJobChangeListener(listener);
			}
		}
	}

	@Test
	void aRefreshKeepsTheSelectedQueuesSelectedWithTheirNewState() {
		// no I/O: the listings are handed to the panel as a fetch would (live refresh after a job changed a queue)
		try (CupsConnection connection = new CupsConnection(new CupsServer(false, "127.0.0.1", 9), null, null)) {
			Servers.Entry entry = new Servers.Entry(connection, "server");
			panel.setServers(List::of);
			panel.show(entry, List.of(printer("null", 3), printer("paused", 5), printer("rejecting", 3)));
			List<PrinterElement> chosen = panel.getVisiblePrinters().stream()
					.filter(p -> p.name().equals("paused") || p.name().equals("null")).toList();
			panel.getViewer().setSelection(new StructuredSelection(chosen), true);
			List<List<String>> seen = new ArrayList<>();
			panel.getViewer().addSelectionChangedListener(e -> seen.add(names(e.getStructuredSelection())));

			// "null" is now processing a job: a new listing, new elements
			panel.show(entry, List.of(printer("null", 4), printer("paused", 5), printer("rejecting", 3)));

			IStructuredSelection after = panel.getViewer().getStructuredSelection();
			assertEquals(List.of("null", "paused"), names(after), "the same queues stay selected");
			assertTrue(after.toList().stream().allMatch(e -> panel.getVisiblePrinters().stream().anyMatch(v -> v == e)),
					"the selection holds the fresh elements, not the old ones");
			PrinterElement nullQueue = (PrinterElement) after.toList().stream()
					.filter(p -> ((PrinterElement) p).name().equals("null")).findFirst().orElseThrow();
			assertEquals(Printer.State.PROCESSING, nullQueue.printer().state());
			assertEquals(2, panel.getViewer().getTree().getSelectionCount());
			assertTrue(seen.stream().noneMatch(List::isEmpty),
					"listeners (Jobs view, handlers) never see the selection emptied by a refresh: " + seen);

			// a queue that is gone leaves the selection; the rest stays
			panel.show(entry, List.of(printer("paused", 5), printer("rejecting", 3)));
			assertEquals(List.of("paused"), names(panel.getViewer().getStructuredSelection()));
		}
	}

	@Test
	void aReconnectedServerNeverOffersRowsOfItsClosedConnection() {
		CupsServer server = new CupsServer(false, "127.0.0.1", 9); // nothing listens: the new fetch fails
		try (CupsConnection old = new CupsConnection(server, null, null);
				CupsConnection fresh = new CupsConnection(server, null, null)) {
			Servers.Entry before = new Servers.Entry(old, "server");
			panel.setServers(() -> List.of(before));
			panel.show(before, List.of(printer("null", 3), printer("paused", 5)));
			assertEquals(2, panel.getVisiblePrinters().size());

			Servers.Entry after = new Servers.Entry(fresh, "server"); // disconnect, connect again
			panel.setServers(() -> List.of(after));
			panel.refresh();
			assertTrue(panel.getVisiblePrinters().stream().noneMatch(p -> p.connection() == old),
					"no row of the closed connection stays while the new listing loads");
		}
	}

	private static Printer printer(String name, int state) {
		return new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES).add("printer-name", IppTag.NAME, name)
				.add("printer-state", IppTag.ENUM, Integer.valueOf(state))
				.add("printer-is-accepting-jobs", IppTag.BOOLEAN, Boolean.TRUE).build());
	}

	private static List<String> names(IStructuredSelection selection) {
		List<String> names = new ArrayList<>();
		for (Object o : selection) {
			names.add(((PrinterElement) o).name());
		}
		names.sort(null);
		return names;
	}

	@Test
	void liveRefreshShowsAChangeMadeByAnotherClient() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null);
				CupsConnection other = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			Servers.Entry entry = new Servers.Entry(connection, "sandbox");
			panel.setServers(() -> List.of(entry));
			panel.setLiveRefresh(Duration.ofSeconds(1));
			panel.refresh();
			UiWait.until(display, 30_000, () -> state("null") == Printer.State.IDLE);
			// somebody else (lpadmin, the web interface, another Cupola) pauses the queue; nobody presses Refresh
			other.setCredentials(sandbox.adminCredentials());
			other.pausePrinter("null", "paused by another client", null);
			try {
				UiWait.until(display, 30_000, () -> state("null") == Printer.State.STOPPED);
			} finally {
				other.resumePrinter("null", null);
			}
			UiWait.until(display, 30_000, () -> state("null") == Printer.State.IDLE);
			panel.setLiveRefresh(null);
		}
	}

	private Printer.State state(String queue) {
		return panel.getVisiblePrinters().stream().filter(p -> p.name().equals(queue)).findFirst()
				.map(p -> p.printer().state()).orElse(null);
	}

	@Test
	void thousandsOfQueuesMaterializeOnlyThePaintedRows() throws Exception {
		// no I/O: the rows are handed to the panel as a fetch would
		try (CupsConnection connection = new CupsConnection(new CupsServer(false, "127.0.0.1", 9), null, null)) {
			Servers.Entry entry = new Servers.Entry(connection, "many");
			panel.setServers(List::of);
			List<Printer> printers = new ArrayList<>();
			for (int i = 0; i < 5000; i++) {
				printers.add(new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
						.add("printer-name", IppTag.NAME, String.format("q%05d", Integer.valueOf(i)))
						.add("printer-state", IppTag.ENUM, Integer.valueOf(3))
						.add("printer-is-accepting-jobs", IppTag.BOOLEAN, Boolean.TRUE)
						.add("printer-location", IppTag.TEXT, i % 2 == 0 ? "even" : "odd").build()));
			}
			panel.show(entry, printers);
			while (display.readAndDispatch()) {
				// paint
			}
			Tree tree = panel.getViewer().getTree();
			TreeItem server = tree.getItem(0);
			assertEquals(5000, server.getItemCount());
			int filled = 0;
			for (TreeItem row : server.getItems()) {
				if (row.getData() != null) {
					filled++;
				}
			}
			assertTrue(filled < 200, "only the visible rows are materialized, not " + filled);
			panel.getFilter().setText("odd");
			assertEquals(2500, tree.getItem(0).getItemCount());
			assertEquals("q00001", tree.getItem(0).getItem(0).getText(0));
		}
	}
}
