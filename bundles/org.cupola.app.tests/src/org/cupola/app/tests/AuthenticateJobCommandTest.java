package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.model.ServerJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.PromptService;
import org.cupola.testing.UiWait;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.notify.EventActions;
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
 * Authenticate… through the whole workbench (issue 12): plugin.xml's handler in the active Jobs view, enabled for a
 * job CUPS really holds for authentication, the credentials prompt service asked for the queue's fields (not the
 * server login), CUPS-Authenticate-Job, and the job prints.
 */
class AuthenticateJobCommandTest {

	@Test
	void authenticateReleasesAHeldJobThroughTheCommand() throws Exception {
		Display display = Display.getCurrent();
		List<CredentialsRequest> asked = new CopyOnWriteArrayList<>();
		try (CupsSandbox sandbox = startWithAuthQueue()) {
			PromptService registration = answerJobPrompts(sandbox, asked);
			try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
				admin.setCredentials(sandbox.adminCredentials());
				int id = printToAuthQueue(admin, "AuthenticateJobCommandTest"); //$NON-NLS-1$
				Servers.getDefault().connect(sandbox.server().toString(), "auth sandbox"); //$NON-NLS-1$
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				IViewPart view = page.showView("org.cupola.ui.jobs"); //$NON-NLS-1$
				Table table = ((TableViewer) view.getSite().getSelectionProvider()).getTable();
				UiWait.until(display, 30_000, () -> select(table, id));
				page.activate(view);
				Command authenticate = PlatformUI.getWorkbench().getService(ICommandService.class)
						.getCommand("org.cupola.ui.jobs.authenticate"); //$NON-NLS-1$
				assertTrue(authenticate.isEnabled(), "Authenticate is enabled for a job held for authentication"); //$NON-NLS-1$
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
						.executeCommand("org.cupola.ui.jobs.authenticate", null); //$NON-NLS-1$
				UiWait.until(display, 30_000, () -> state(admin, id) == Job.State.COMPLETED);
				CredentialsRequest request = askedForJob(asked, id);
				assertEquals("smbshare", request.jobAuth().printer()); //$NON-NLS-1$
			} finally {
				registration.unregister();
				Servers.getDefault().disconnect(sandbox.server());
			}
		}
	}

	/**
	 * A notification's Authenticate acts on the job it is about, also when the Jobs view has nothing selected (it
	 * used to run the command on the view's selection, so nothing happened).
	 */
	@Test
	void theNotificationsAuthenticateActsOnItsJobWithoutASelection() throws Exception {
		Display display = Display.getCurrent();
		List<CredentialsRequest> asked = new CopyOnWriteArrayList<>();
		try (CupsSandbox sandbox = startWithAuthQueue()) {
			PromptService registration = answerJobPrompts(sandbox, asked);
			try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
				admin.setCredentials(sandbox.adminCredentials());
				int id = printToAuthQueue(admin, "from a notification"); //$NON-NLS-1$
				UiWait.until(display, 30_000, () -> held(admin, id));
				Servers.Entry entry = Servers.getDefault().connect(sandbox.server().toString(), "auth sandbox"); //$NON-NLS-1$
				QueueEvent event = new QueueEvent(Instant.now(), sandbox.server().toString(), "smbshare", //$NON-NLS-1$
						QueueEvent.Kind.JOB_HELD_AUTH, List.of(), null, id, "jobuser", "from a notification", null, //$NON-NLS-1$ //$NON-NLS-2$
						List.of());
				EventActions.of(event, entry).run().run();
				UiWait.until(display, 30_000, () -> state(admin, id) == Job.State.COMPLETED);
				askedForJob(asked, id);
			} finally {
				registration.unregister();
				Servers.getDefault().disconnect(sandbox.server());
			}
		}
	}

	/** A private cupsd with the queue smbshare, whose device needs user jobuser and password pw-from-prompt. */
	private static CupsSandbox startWithAuthQueue() {
		CupsSandbox sandbox = CupsSandbox.start(false);
		try {
			sandbox.addAuthQueue("smbshare", "username,password", "jobuser", "pw-from-prompt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} catch (RuntimeException e) {
			sandbox.close();
			throw e;
		}
		return sandbox;
	}

	/** Answers the job's credentials prompt for smbshare, and a server login with the sandbox's administrator. */
	private static PromptService answerJobPrompts(CupsSandbox sandbox, List<CredentialsRequest> asked) {
		return PromptService.register(AuthenticateJobCommandTest.class, request -> {
			asked.add(request);
			return request.jobAuth() != null ? new Credentials("jobuser", "pw-from-prompt".toCharArray()) //$NON-NLS-1$ //$NON-NLS-2$
					: sandbox.adminCredentials();
		});
	}

	private static int printToAuthQueue(CupsConnection admin, String title) throws IppException {
		return admin.printJob("smbshare", title, "text/plain", //$NON-NLS-1$ //$NON-NLS-2$
				new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
	}

	private static boolean held(CupsConnection admin, int id) {
		try {
			return admin.getJobAttributes(id, null).isHeldForAuthentication();
		} catch (IppException e) {
			throw new AssertionError(e);
		}
	}

	private static Job.State state(CupsConnection admin, int id) {
		try {
			return admin.getJobAttributes(id, null).state();
		} catch (IppException e) {
			throw new AssertionError(e);
		}
	}

	/** Selects the job's row once the view lists it as held for authentication; false until then. */
	private static boolean select(Table table, int id) {
		for (int i = 0; i < table.getItemCount(); i++) {
			table.getItem(i).getText(0);
			if (table.getItem(i).getData() instanceof ServerJob job && job.id() == id
					&& job.job().isHeldForAuthentication()) {
				table.setSelection(i);
				table.notifyListeners(SWT.Selection, new Event());
				return true;
			}
		}
		return false;
	}

	/** The prompt was asked for the credentials of job {@code id}: {@return that request} */
	private static CredentialsRequest askedForJob(List<CredentialsRequest> asked, int id) {
		CredentialsRequest request = asked.stream().filter(r -> r.jobAuth() != null).findFirst().orElse(null);
		assertNotNull(request, "the prompt was asked for the job's credentials"); //$NON-NLS-1$
		assertEquals(id, request.jobAuth().jobId());
		return request;
	}
}
