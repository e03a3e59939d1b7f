package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.devices.DevicesPanel;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DevicesPanel} against the sandbox cupsd while the event loop runs: devices stream into the table during the
 * search (the sandbox's slow backend keeps it running after the fast ones answered), the search is a cancellable user
 * job, the credentials prompt is asked because CUPS-Get-Devices needs an administrator there, a cancelled prompt ends
 * the search as cancelled, and Enter on a device hands it to Add Printer.
 */
class DevicesPanelTest {

	private static final long TIMEOUT = 30_000;

	private CupsSandbox sandbox;
	private final List<CupsConnection> connections = new ArrayList<>();
	private Display display;
	private Shell shell;
	private DevicesPanel panel;

	@BeforeEach
	void open() {
		sandbox = CupsSandbox.shared();
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		panel = new DevicesPanel(shell, SWT.NONE);
		shell.setSize(900, 400);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
		connections.forEach(CupsConnection::close);
	}

	private Servers.Entry server(String label, CupsConnection connection) {
		connections.add(connection);
		Servers.Entry entry = new Servers.Entry(connection, label);
		return entry;
	}

	private static boolean listed(DevicesPanel p, String uri) {
		for (TableItem item : p.getViewer().getTable().getItems()) {
			if (item.getData() instanceof Device d && uri.equals(d.uri())) {
				return true;
			}
		}
		return false;
	}

	@Test
	void devicesStreamInWhileTheSearchRunsAfterTheAdministratorIsAsked() {
		List<String> asked = new CopyOnWriteArrayList<>();
		CupsConnection connection = new CupsConnection(sandbox.server(), null, request -> {
			asked.add(request.operationName());
			return sandbox.adminCredentials();
		});
		Servers.Entry entry = server("sandbox", connection);
		panel.setServers(() -> List.of(entry));
		assertEquals(entry, panel.getServer());
		assertTrue(panel.getStatusText().contains("Search"), panel.getStatusText());
		assertNull(panel.getSearch().getJob(), "nothing is asked before Search");

		panel.getSearchAction().run();
		CupsJob<Integer> job = panel.getSearch().getJob();
		assertNotNull(job);
		assertTrue(job.isUser(), "the user started it: a user job in the Progress view");
		assertTrue(panel.getCancelAction().isEnabled());

		// the fast backend's device is in the table while the slow backend still keeps CUPS searching
		UiWait.until(display, TIMEOUT, () -> listed(panel, "sandbox:/fake"));
		assertFalse(job.result().isDone(), "listed before the search ended");
		assertTrue(panel.getStatusText().startsWith("Searching"), panel.getStatusText());
		assertEquals(1, asked.size(), "CUPS-Get-Devices needs an administrator on the sandbox: " + asked);

		UiWait.until(display, TIMEOUT, () -> job.result().isDone());
		UiWait.until(display, 5_000, () -> panel.getStatusText().startsWith("Search finished"));
		assertTrue(listed(panel, "sandboxslow://slow.invalid/"), "the slow backend's device came last");
		assertEquals(panel.getDevices().size(), panel.getViewer().getTable().getItemCount(), "no duplicates");
		assertTrue(panel.getStatusText().contains(panel.getDevices().size() + " device"), panel.getStatusText());
		assertFalse(panel.getCancelAction().isEnabled());
		assertEquals(1, asked.size(), "asked once: the connection keeps the credentials");
	}

	@Test
	void cancelStopsTheSearchAndSearchStartsANewOne() {
		CupsConnection connection = new CupsConnection(sandbox.server(), null, null);
		connection.setCredentials(sandbox.adminCredentials());
		Servers.Entry entry = server("sandbox", connection);
		panel.setServers(() -> List.of(entry));
		panel.search();
		CupsJob<Integer> first = panel.getSearch().getJob();
		UiWait.until(display, TIMEOUT, () -> first.getState() == Job.RUNNING || first.result().isDone());
		panel.getCancelAction().run();
		UiWait.until(display, 5_000, () -> first.result().isDone());
		assertTrue(first.result().isCancelled(), "cancelled, not failed or finished");
		UiWait.until(display, 5_000, () -> panel.getStatusText().startsWith("Search cancelled"));
		assertFalse(panel.getCancelAction().isEnabled());

		panel.search();
		CupsJob<Integer> second = panel.getSearch().getJob();
		assertNotSame(first, second);
		panel.search(); // a third replaces the second: the second is cancelled, its devices never show
		CupsJob<Integer> third = panel.getSearch().getJob();
		UiWait.until(display, 5_000, () -> second.result().isDone());
		assertTrue(second.result().isCancelled());
		UiWait.until(display, TIMEOUT, () -> third.result().isDone());
		UiWait.until(display, 5_000, () -> panel.getStatusText().startsWith("Search finished"));
		assertTrue(listed(panel, "sandbox:/fake"));
		assertEquals(panel.getDevices().size(), panel.getViewer().getTable().getItemCount(), "no duplicates");
	}

	@Test
	void aCancelledPromptEndsTheSearchAsCancelled() {
		CupsConnection connection = new CupsConnection(sandbox.server(), null, request -> null);
		Servers.Entry entry = server("sandbox", connection);
		panel.setServers(() -> List.of(entry));
		panel.search();
		CupsJob<Integer> job = panel.getSearch().getJob();
		UiWait.until(display, TIMEOUT, () -> job.result().isDone());
		assertTrue(job.result().isCancelled(), "no credentials: the search is cancelled, not an error");
		UiWait.until(display, 5_000, () -> panel.getStatusText().startsWith("Search cancelled"));
		assertTrue(panel.getDevices().isEmpty());
	}

	@Test
	void enterOnADeviceHandsItToAddPrinterWithItsServer() {
		CupsConnection one = new CupsConnection(sandbox.server(), null, null);
		one.setCredentials(sandbox.adminCredentials());
		CupsConnection two = new CupsConnection(sandbox.server(), null, null);
		two.setCredentials(sandbox.adminCredentials());
		Servers.Entry first = server("first", one);
		Servers.Entry second = server("second", two);
		panel.setServers(() -> List.of(first, second));
		assertEquals(first, panel.getServer(), "the first server is chosen");
		panel.setServer(second);
		AtomicReference<Servers.Entry> toServer = new AtomicReference<>();
		AtomicReference<Device> toDevice = new AtomicReference<>();
		panel.setOnAddPrinter((s, d) -> {
			toServer.set(s);
			toDevice.set(d);
		});
		assertFalse(panel.getAddPrinterAction().isEnabled(), "nothing selected");
		panel.search();
		UiWait.until(display, TIMEOUT, () -> listed(panel, "sandbox:/fake"));
		Device fake = panel.getDevices().stream().filter(d -> "sandbox:/fake".equals(d.uri())).findFirst()
				.orElseThrow();
		panel.getViewer().setSelection(new StructuredSelection(fake), true);
		assertTrue(panel.getAddPrinterAction().isEnabled());
		panel.getViewer().getTable().notifyListeners(SWT.DefaultSelection, null); // Enter or double-click
		assertEquals(fake, toDevice.get());
		assertEquals(second, toServer.get(), "the device belongs to the server that was searched");
		panel.cancel();
		UiWait.until(display, 5_000, () -> !panel.getSearch().isRunning());
	}
}
