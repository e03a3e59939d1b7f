package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.testing.Widgets;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrintersPanel;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.ServerState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that accepts connections and never answers (a fault CUPS cannot produce, so a tiny fake: a socket that
 * accepts and stays silent) beside the real sandbox: the Printers view says within seconds that it is not answering
 * yet, for how long, offers Cancel and Retry, and the header gives each server its own state (issue 17).
 */
class SilentServerTest {

	private Display display;
	private Shell shell;
	private PrintersPanel panel;
	private ServerSocket silent;
	private final List<Socket> accepted = new CopyOnWriteArrayList<>();
	private final AtomicInteger connections = new AtomicInteger();

	@BeforeEach
	void open() throws IOException {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		panel = new PrintersPanel(shell, SWT.NONE);
		shell.setSize(1000, 400);
		shell.open();
		silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!silent.isClosed()) {
				try {
					accepted.add(silent.accept()); // and never a byte back
					connections.incrementAndGet();
				} catch (IOException e) {
					return;
				}
			}
		}, "silent server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void close() throws IOException {
		shell.dispose();
		silent.close();
		for (Socket s : accepted) {
			s.close();
		}
	}

	@Test
	void aServerThatNeverAnswersIsSaidToBeNotAnsweringWithCancelAndRetry() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		CupsServer silentServer = CupsServer.parse("127.0.0.1:" + silent.getLocalPort());
		try (CupsConnection real = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null);
				CupsConnection mute = new CupsConnection(silentServer, ConnectionOptions.DEFAULTS, null)) {
			panel.setServers(() -> List.of(new Servers.Entry(real, "sandbox"), new Servers.Entry(mute, null)));
			panel.refresh();
			assertEquals(ServerState.CONNECTING, panel.getState(silentServer), "at first it is connecting");
			// the read timeout is 30 s: the view must say it well before the request gives up
			UiWait.until(display, 15_000, () -> panel.getState(silentServer) == ServerState.NOT_ANSWERING
					&& panel.getState(sandbox.server()) == ServerState.CONNECTED);
			String header = panel.describeServers();
			assertTrue(header.contains(sandbox.server() + " (sandbox): connected"), header);
			assertTrue(header.matches(".*" + silentServer + ": not answering yet \\(\\d+ s\\).*"), header);
			String row = panel.getViewer().getTree().getItem(1).getText(2);
			assertTrue(row.matches("Not answering yet: waited \\d+ s"), row);
			assertEquals(1, panel.getStatusBar().waiting().size(), "the bar offers Cancel and Retry for it");
			assertTrue(panel.getStatusBar().isVisible());
			Screenshots.save(shell, "printers-not-answering.png");

			// Retry: a new request (a new connection to the silent server); still not answering
			int before = connections.get();
			click(Widgets.button(panel.getStatusBar(), "Re&try"));
			UiWait.until(display, 15_000, () -> connections.get() > before
					&& panel.getState(silentServer) == ServerState.NOT_ANSWERING);

			// Cancel: the listing stops, the row says so, the bar goes, the header keeps the truth
			click(Widgets.button(panel.getStatusBar(), "&Cancel"));
			UiWait.until(display, 10_000, () -> panel.getStatusBar().waiting().isEmpty());
			assertFalse(panel.getStatusBar().isVisible());
			assertEquals("Cancelled", panel.getViewer().getTree().getItem(1).getText(2));
			assertEquals(ServerState.NOT_ANSWERING, panel.getState(silentServer));
			assertTrue(panel.describeServers().contains(silentServer + ": not answering"), panel.describeServers());
		}
	}

	@Test
	void aServerWhereNothingListensIsUnreachable() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = s.getLocalPort();
		}
		CupsServer nobody = CupsServer.parse("127.0.0.1:" + port);
		try (CupsConnection c = new CupsConnection(nobody, ConnectionOptions.DEFAULTS, null)) {
			panel.setServers(() -> List.of(new Servers.Entry(c, null)));
			panel.refresh();
			UiWait.until(display, 15_000, () -> panel.getState(nobody) == ServerState.UNREACHABLE);
			assertEquals(nobody + ": unreachable", panel.describeServers());
			assertTrue(panel.getStatusBar().waiting().isEmpty());
		}
	}

	private static void click(Button b) {
		b.notifyListeners(SWT.Selection, new Event());
	}
}
