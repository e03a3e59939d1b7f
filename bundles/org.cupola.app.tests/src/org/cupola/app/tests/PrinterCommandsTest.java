package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.PromptService;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * A Printers view command on a protected queue, through the whole workbench path: command, handler, CupsJob, 401,
 * the {@link CredentialsPrompt} OSGi service, retry, refresh of the view. A test prompt service with a high ranking
 * answers instead of a person.
 */
class PrinterCommandsTest {

	@Test
	void resumeAPausedQueueAsksForCredentialsAndTakesEffect() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getCurrent();
		AtomicInteger prompts = new AtomicInteger();
		PromptService registration = PromptService.register(PrinterCommandsTest.class,
				request -> {
					prompts.incrementAndGet();
					assertTrue(request.server().equals(sandbox.server()), request.toString());
					return sandbox.adminCredentials();
				});
		try {
			Servers.getDefault().connect(sandbox.server().toString(), "test sandbox");
			PrintersView view = (PrintersView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.showView(PrintersView.ID);
			view.refresh();
			try {
				UiWait.until(display, 30_000, () -> find(view, "paused") != null);
			} catch (AssertionError e) {
				StringBuilder rows = new StringBuilder();
				for (TreeItem server : view.getViewer().getTree().getItems()) {
					rows.append(server.getText(0)).append(" | ").append(server.getText(2)).append(" | ")
							.append(server.getItemCount()).append("; ");
				}
				throw new AssertionError(e.getMessage() + ": " + rows + Servers.getDefault().entries(), e);
			}
			assertEquals(Printer.State.STOPPED, find(view, "paused").printer().state());
			view.getViewer().setSelection(new StructuredSelection(find(view, "paused")));
			view.setFocus();
			IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
					.getService(IHandlerService.class);
			handlers.executeCommand("org.cupola.ui.resume", null);
			// the job runs, asks for credentials, retries, and the view refreshes; the UI thread keeps dispatching
			try {
				UiWait.until(display, 30_000, () -> {
					PrinterElement p = find(view, "paused");
					return p != null && p.printer().state() == Printer.State.IDLE;
				});
			} catch (AssertionError e) {
				PrinterElement p = find(view, "paused");
				throw new AssertionError(e.getMessage() + "; prompts " + prompts.get() + ", shown "
						+ (p == null ? null : p.printer().state()) + ", selection "
						+ view.getViewer().getStructuredSelection() + ", status "
						+ view.getViewer().getTree().getItem(0).getText(2), e);
			}
			assertEquals(1, prompts.get(), "asked once");
		} finally {
			registration.unregister();
			Servers.getDefault().disconnect(sandbox.server()); // its credentials must not serve the next test
			try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
				admin.setCredentials(sandbox.adminCredentials());
				admin.pausePrinter("paused", "Paused for maintenance by the test suite", null);
			}
		}
	}

	@Test
	void shareAndStopSharingChangeTheQueueOnTheServer() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getCurrent();
		PromptService registration = PromptService.register(PrinterCommandsTest.class,
				request -> sandbox.adminCredentials());
		try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			admin.setCredentials(sandbox.adminCredentials());
			try {
				Servers.getDefault().connect(sandbox.server().toString(), "test sandbox");
				PrintersView view = (PrintersView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
						.getActivePage().showView(PrintersView.ID);
				view.refresh();
				UiWait.until(display, 30_000, () -> find(view, "null") != null);
				assertFalse(find(view, "null").printer().shared(), "the sandbox's queues start unshared");
				view.getViewer().setSelection(new StructuredSelection(find(view, "null")));
				view.setFocus();
				IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
						.getService(IHandlerService.class);
				handlers.executeCommand("org.cupola.ui.share", null);
				UiWait.until(display, 30_000, () -> find(view, "null") != null && find(view, "null").printer().shared());
				assertTrue(admin.getPrinterAttributes("null", null, null).shared(), "shared on the server");
				assertEquals("null", ((PrinterElement) view.getViewer().getStructuredSelection().getFirstElement())
						.name(), "still selected after the refresh");

				handlers.executeCommand("org.cupola.ui.unshare", null);
				UiWait.until(display, 30_000, () -> !find(view, "null").printer().shared());
				assertFalse(admin.getPrinterAttributes("null", null, null).shared(), "no longer shared");
			} finally {
				admin.addModifyPrinter("null", PrinterSettings.builder().shared(Boolean.FALSE).build(), null);
			}
		} finally {
			registration.unregister();
			Servers.getDefault().disconnect(sandbox.server()); // its credentials must not serve the next test
		}
	}

	static PrinterElement find(PrintersView view, String queue) {
		for (TreeItem server : view.getViewer().getTree().getItems()) {
			for (TreeItem row : server.getItems()) {
				row.getText(0); // a virtual row gets its element when it is first read (or painted)
				if (row.getData() instanceof PrinterElement p && p.name().equals(queue)) {
					return p;
				}
			}
		}
		return null;
	}
}
