package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Job;
import org.cupola.ipp.model.ServerJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.PromptService;
import org.cupola.testing.UiWait;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * The Jobs view's commands through the whole workbench path: plugin.xml's handler for the active Jobs view, its
 * enablement from the selected job's state, a CupsJob on the sandbox, and the view's refresh.
 */
class JobCommandsTest {

	@Test
	void holdAndReleaseASelectedJobThroughTheCommands() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getCurrent();
		PromptService registration = PromptService.register(JobCommandsTest.class,
				request -> sandbox.adminCredentials());
		try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			admin.setCredentials(sandbox.adminCredentials());
			// the paused queue keeps the job pending
			int id = admin.printJob("paused", "JobCommandsTest", "text/plain",
					new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), null);
			try {
				Servers.getDefault().connect(sandbox.server().toString(), "test sandbox");
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				IViewPart view = page.showView("org.cupola.ui.jobs");
				// the view's selection provider is its job table
				Table table = ((TableViewer) view.getSite().getSelectionProvider()).getTable();
				UiWait.until(display, 30_000, () -> select(table, id, Job.State.PENDING));
				page.activate(view);
				IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
						.getService(IHandlerService.class);
				Command release = PlatformUI.getWorkbench().getService(ICommandService.class)
						.getCommand("org.cupola.ui.jobs.release");

				handlers.executeCommand("org.cupola.ui.jobs.hold", null);
				UiWait.until(display, 30_000, () -> select(table, id, Job.State.HELD));
				assertEquals(Job.State.HELD, admin.getJobAttributes(id, null).state(), "held on the server");
				assertTrue(release.isEnabled(), "Release is enabled for a held job");

				handlers.executeCommand("org.cupola.ui.jobs.release", null);
				UiWait.until(display, 30_000, () -> select(table, id, Job.State.PENDING));
				assertEquals(Job.State.PENDING, admin.getJobAttributes(id, null).state(), "released on the server");
			} finally {
				admin.cancelJob(id, null);
			}
		} finally {
			registration.unregister();
			Servers.getDefault().disconnect(sandbox.server()); // its credentials must not serve the next test
		}
	}

	/** Selects the job's row, as a click would, once the view lists it in that state; false until then. */
	private static boolean select(Table table, int id, Job.State state) {
		for (int i = 0; i < table.getItemCount(); i++) {
			table.getItem(i).getText(0); // a virtual row gets its element when it is first read (or painted)
			if (table.getItem(i).getData() instanceof ServerJob job && job.id() == id && job.job().state() == state) {
				table.setSelection(i);
				table.notifyListeners(SWT.Selection, new Event());
				return true;
			}
		}
		return false;
	}
}
