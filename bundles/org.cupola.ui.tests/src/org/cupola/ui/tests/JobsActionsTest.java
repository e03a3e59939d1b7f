package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsRequest.Field;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.model.ServerJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.FakeIppServer;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.jobs.AuthenticateJobHandler;
import org.cupola.ui.internal.jobs.JobHandlers;
import org.cupola.ui.internal.jobs.JobLabels;
import org.cupola.ui.internal.jobs.JobPropertiesHandler;
import org.cupola.ui.internal.jobs.JobReasons;
import org.cupola.ui.internal.jobs.JobsPanel;
import org.cupola.ui.internal.jobs.Messages;
import org.cupola.ui.internal.jobs.RetrieveDocumentHandler;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Jobs view's actions of issue 12 against a real cupsd that keeps job files and has a queue whose device needs
 * credentials: the hold reason in words, Authenticate… (the job really prints afterwards), Cancel and Purge with a
 * confirmation naming the jobs (Enter, Escape), Properties with every attribute, Retrieve Document.
 */
class JobsActionsTest {

	private static final long TIMEOUT = 30_000;
	private static final String AUTH_QUEUE = "smbshare"; //$NON-NLS-1$
	private static final String DEVICE_USER = "jobuser"; //$NON-NLS-1$
	private static final String DEVICE_PASSWORD = "device-pw-7"; //$NON-NLS-1$

	private static CupsSandbox sandbox;

	private CupsConnection connection;
	private Display display;
	private Shell shell;
	private JobsPanel panel;
	private final AtomicInteger shown = new AtomicInteger();

	@BeforeAll
	static void startSandbox() {
		ErrorDialog.AUTOMATED_MODE = true;
		sandbox = CupsSandbox.startKeepingJobFiles();
		sandbox.addAuthQueue(AUTH_QUEUE, "username,password", DEVICE_USER, DEVICE_PASSWORD); //$NON-NLS-1$
	}

	@AfterAll
	static void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@BeforeEach
	void open() {
		connection = new CupsConnection(sandbox.server(), null, null);
		connection.setCredentials(sandbox.adminCredentials());
		Servers.Entry entry = new Servers.Entry(connection, "sandbox"); //$NON-NLS-1$
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		panel = new JobsPanel(shell, SWT.NONE);
		panel.setServers(() -> List.of(entry));
		panel.getModel().addListener(snapshot -> display.asyncExec(shown::incrementAndGet));
		shell.setSize(1270, 400);
		shell.open();
	}

	@AfterEach
	void close() {
		for (Shell s : display.getShells()) {
			if (s != shell) {
				s.dispose();
			}
		}
		shell.dispose();
		connection.close();
	}

	// ---- helpers

	private int print(String queue, String text) throws IppException {
		return connection.printJob(queue, "actions test", "text/plain", //$NON-NLS-1$ //$NON-NLS-2$
				new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), null);
	}

	/** Create-Job with job-hold-until=indefinite: held, never prints. */
	private int createHeldJob(String queue, String name) throws Exception {
		String path = "/printers/" + queue; //$NON-NLS-1$
		IppMessage request = IppMessage.request(IppOperation.CREATE_JOB, 4712)
				.operation("printer-uri", IppTag.URI, sandbox.server().ippUri(path)) //$NON-NLS-1$
				.operation("requesting-user-name", IppTag.NAME, connection.currentUser()) //$NON-NLS-1$
				.operation("job-name", IppTag.NAME, name).group(IppTag.JOB_ATTRIBUTES) //$NON-NLS-1$
				.attribute("job-hold-until", IppTag.KEYWORD, "indefinite").build(); //$NON-NLS-1$ //$NON-NLS-2$
		IppMessage response = connection.send(request, path, "creating a held job", null); //$NON-NLS-1$
		assertTrue(IppStatus.isSuccess(response.status()), response.toString());
		return response.group(IppTag.JOB_ATTRIBUTES).getInt("job-id", 0); //$NON-NLS-1$
	}

	private Job waitForJob(int id, Predicate<Job> condition) throws Exception {
		AtomicReference<Job> job = new AtomicReference<>(connection.getJobAttributes(id, null));
		UiWait.until(display, TIMEOUT, () -> {
			try {
				job.set(connection.getJobAttributes(id, null));
			} catch (IppException e) {
				throw new AssertionError(e);
			}
			return condition.test(job.get());
		});
		return job.get();
	}

	private void refreshAndWait() {
		int before = shown.get();
		panel.refresh();
		UiWait.until(display, TIMEOUT, () -> shown.get() > before);
	}

	private int index(int id) {
		Table table = panel.getViewer().getTable();
		for (int i = 0; i < table.getItemCount(); i++) {
			table.getItem(i).getText(0);
			if (((ServerJob) table.getItem(i).getData()).id() == id) {
				return i;
			}
		}
		return -1;
	}

	private ServerJob row(int id) {
		int i = index(id);
		return i < 0 ? null : (ServerJob) panel.getViewer().getTable().getItem(i).getData();
	}

	private void select(int id) {
		Table table = panel.getViewer().getTable();
		int i = index(id);
		assertTrue(i >= 0, "job " + id + " is listed"); //$NON-NLS-1$ //$NON-NLS-2$
		table.setSelection(i);
		table.notifyListeners(SWT.Selection, new Event());
	}

	private EvaluationContext context() {
		EvaluationContext context = new EvaluationContext(null, panel);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, panel.getViewer().getStructuredSelection());
		context.addVariable(ISources.ACTIVE_PART_NAME, panel);
		context.addVariable(ISources.ACTIVE_SHELL_NAME, shell);
		return context;
	}

	private boolean enabled(AbstractHandler handler) {
		handler.setEnabled(context());
		return handler.isEnabled();
	}

	private void execute(AbstractHandler handler) throws Exception {
		assertTrue(enabled(handler), "the command is enabled"); //$NON-NLS-1$
		handler.execute(new ExecutionEvent(null, Map.of(), null, context()));
	}

	/** When a shell with this title opens (in its own event loop), hands it to the answer. */
	private void whenShell(String title, Consumer<Shell> answer) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
					answer.accept(s);
					return;
				}
			}
			display.timerExec(20, poll[0]);
		};
		display.timerExec(20, poll[0]);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	// ---- tests

	@Test
	void aJobHeldForAuthenticationSaysWhyAndAuthenticatePrintsIt() throws Exception {
		int id = print(AUTH_QUEUE, "needs the share's password"); //$NON-NLS-1$
		waitForJob(id, Job::isHeldForAuthentication);
		int other = createHeldJob("null", "held by a user"); //$NON-NLS-1$ //$NON-NLS-2$
		refreshAndWait();
		// the reason column: in words, with the fields the queue asks (fetched in the background) and the message
		UiWait.until(display, TIMEOUT, () -> panel.getViewer().getTable().getItem(index(id)).getText(7)
				.contains(NLS.bind(Messages.Reason_heldForAuthFields, Messages.Field_username + ", " //$NON-NLS-1$
						+ Messages.Field_password)));
		String reason = panel.getViewer().getTable().getItem(index(id)).getText(7);
		assertTrue(reason.contains("sandboxauth: authentication required"), reason); //$NON-NLS-1$
		assertEquals(Messages.Reason_heldIndefinitely, panel.getViewer().getTable().getItem(index(other)).getText(7));
		Screenshots.save(shell, "jobs-held-for-authentication.png"); //$NON-NLS-1$

		List<CredentialsRequest> asked = new CopyOnWriteArrayList<>();
		AuthenticateJobHandler authenticate = new AuthenticateJobHandler(() -> request -> {
			asked.add(request);
			return new Credentials(DEVICE_USER, DEVICE_PASSWORD.toCharArray());
		});
		select(other);
		assertFalse(enabled(authenticate), "a job held by a user needs no credentials"); //$NON-NLS-1$
		select(id);
		execute(authenticate);
		Job done = waitForJob(id, j -> j.state() == Job.State.COMPLETED);
		assertFalse(done.isHeldForAuthentication());
		assertEquals(1, asked.size());
		CredentialsRequest request = asked.get(0);
		assertNotNull(request.jobAuth());
		assertEquals(List.of(Field.USERNAME, Field.PASSWORD), request.jobAuth().fields());
		assertEquals(AUTH_QUEUE, request.jobAuth().printer());
		assertEquals(id, request.jobAuth().jobId());
		assertTrue(sandbox.errorLogText().contains("sandboxauth backend consumed job " + id + " for " + DEVICE_USER)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(sandbox.errorLogText().contains("CUPS-Authenticate-Job"), "cupsd logs the operation"); //$NON-NLS-1$ //$NON-NLS-2$
		connection.cancelJob(other, null);
	}

	@Test
	void declinedCredentialsLeaveTheJobHeldAndSendNothing() throws Exception {
		int id = print(AUTH_QUEUE, "declined"); //$NON-NLS-1$
		waitForJob(id, Job::isHeldForAuthentication);
		refreshAndWait();
		select(id);
		int sentBefore = count(sandbox.errorLogText(), "CUPS-Authenticate-Job"); //$NON-NLS-1$
		AtomicInteger asked = new AtomicInteger();
		execute(new AuthenticateJobHandler(() -> request -> {
			asked.incrementAndGet();
			return null; // Cancel in the dialog
		}));
		UiWait.until(display, TIMEOUT, () -> asked.get() == 1
				&& org.eclipse.core.runtime.jobs.Job.getJobManager().find(org.cupola.ipp.jobs.CupsJob.FAMILY).length == 0);
		assertTrue(connection.getJobAttributes(id, null).isHeldForAuthentication());
		assertEquals(sentBefore, count(sandbox.errorLogText(), "CUPS-Authenticate-Job"), "nothing was sent"); //$NON-NLS-1$ //$NON-NLS-2$
		connection.purgeJob(id, null);
	}

	@Test
	void cancelNamesTheJobsEscapeKeepsThemEnterCancelsThem() throws Exception {
		int id = createHeldJob("null", "quarterly report"); //$NON-NLS-1$ //$NON-NLS-2$
		refreshAndWait();
		select(id);
		List<String> seen = new ArrayList<>();
		whenShell(Messages.Jobs_cancelConfirmTitle, s -> {
			seen.addAll(Widgets.texts(s));
			Widgets.escape(s.getDefaultButton());
		});
		execute(new JobHandlers.Cancel());
		String line = NLS.bind(Messages.Jobs_confirmLine, new Object[] { Integer.toString(id), "quarterly report", "null" }); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(seen.stream().anyMatch(t -> t.contains(line)), seen::toString);
		assertEquals(Job.State.HELD, connection.getJobAttributes(id, null).state(), "Escape keeps the job"); //$NON-NLS-1$

		whenShell(Messages.Jobs_cancelConfirmTitle, s -> Widgets.enter(Widgets.all(s, Button.class).stream()
				.filter(b -> Messages.Jobs_confirmNo.equals(b.getText())).findFirst().orElseThrow()));
		execute(new JobHandlers.Cancel());
		assertEquals(Job.State.HELD, connection.getJobAttributes(id, null).state(), "Enter on Keep keeps the job"); //$NON-NLS-1$

		whenShell(Messages.Jobs_cancelConfirmTitle, s -> {
			Screenshots.save(s, "jobs-cancel-confirmation.png"); //$NON-NLS-1$
			Widgets.enter(s.getDefaultButton());
		});
		execute(new JobHandlers.Cancel());
		waitForJob(id, j -> j.state() == Job.State.CANCELED);
	}

	@Test
	void purgeRemovesTheJobFromTheHistory() throws Exception {
		int id = createHeldJob("null", "purge me"); //$NON-NLS-1$ //$NON-NLS-2$
		refreshAndWait();
		select(id);
		whenShell(Messages.Jobs_purgeConfirmTitle, s -> Widgets.enter(s.getDefaultButton()));
		execute(new JobHandlers.Purge());
		UiWait.until(display, TIMEOUT, () -> {
			try {
				return connection.getJobs(null, WhichJobs.ALL, false, 0, null, null).stream()
						.noneMatch(j -> j.id() == id);
			} catch (IppException e) {
				throw new AssertionError(e);
			}
		});
		UiWait.until(display, TIMEOUT, () -> row(id) == null);
	}

	@Test
	void propertiesShowEveryAttributeSortedByName() throws Exception {
		int id = createHeldJob("null", "with properties"); //$NON-NLS-1$ //$NON-NLS-2$
		refreshAndWait();
		select(id);
		String title = NLS.bind(Messages.Jobs_propertiesTitle, Integer.toString(id));
		execute(new JobPropertiesHandler());
		UiWait.until(display, TIMEOUT, () -> !Widgets.shells(display, title).isEmpty());
		Shell dialog = Widgets.shells(display, title).get(0);
		Table table = Widgets.all(dialog, Table.class).get(0);
		List<String> names = new ArrayList<>();
		String jobName = null;
		for (int i = 0; i < table.getItemCount(); i++) {
			names.add(table.getItem(i).getText(0));
			if ("job-name".equals(table.getItem(i).getText(0))) { //$NON-NLS-1$
				jobName = table.getItem(i).getText(1);
			}
		}
		assertEquals("with properties", jobName); //$NON-NLS-1$
		assertTrue(names.containsAll(List.of("job-id", "job-state", "job-hold-until", "job-uri")), names::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(names.size() > 20, "every attribute, not only the listed ones: " + names.size()); //$NON-NLS-1$
		assertEquals(names.stream().sorted().toList(), names);
		Screenshots.save(dialog, "job-properties.png"); //$NON-NLS-1$
		Widgets.escape(dialog); // as the key reaches the shell from any control (a dialog with a parent)
		UiWait.until(display, TIMEOUT, dialog::isDisposed);
		connection.cancelJob(id, null);
	}

	@Test
	void retrieveDocumentSavesWhatWasPrinted() throws Exception {
		String text = "the document, kept by CUPS\n"; //$NON-NLS-1$
		int id = print("null", text); //$NON-NLS-1$
		waitForJob(id, j -> j.state() == Job.State.COMPLETED);
		panel.getModel().setShowCompleted(true);
		refreshAndWait();
		select(id);
		Path dir = Files.createTempDirectory("cupola-retrieve"); //$NON-NLS-1$
		Path target = dir.resolve("job.txt"); //$NON-NLS-1$
		execute(new RetrieveDocumentHandler(s -> target.toString()));
		UiWait.until(display, TIMEOUT, () -> Files.exists(target));
		assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(target));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(target), files.toList(), "no temporary file left"); //$NON-NLS-1$
		}
		Files.delete(target);
		Files.delete(dir);
	}

	@Test
	void aJobWithoutAttributesNeverThrows() throws Exception {
		ServerJob bare = new ServerJob(connection, new Job(new IppAttributeGroup(IppTag.JOB_ATTRIBUTES, List.of())));
		assertEquals("", JobReasons.describe(bare.job(), null)); //$NON-NLS-1$
		assertEquals("", JobLabels.state(bare)); //$NON-NLS-1$
		assertEquals(Messages.Jobs_private, JobLabels.name(bare));
		assertEquals("", JobLabels.printer(bare, false)); //$NON-NLS-1$
		panel.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(bare));
		EvaluationContext context = new EvaluationContext(null, panel);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME,
				new org.eclipse.jface.viewers.StructuredSelection(bare));
		AuthenticateJobHandler authenticate = new AuthenticateJobHandler(() -> request -> null);
		authenticate.setEnabled(context);
		assertFalse(authenticate.isEnabled());
		JobHandlers.Purge purge = new JobHandlers.Purge();
		purge.setEnabled(context);
		assertFalse(purge.isEnabled(), "no state: nothing to purge"); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class,
				() -> new CredentialsRequest.JobAuth(1, null, "q", List.of())); //$NON-NLS-1$
	}

	/** A server that sends jobs without most attributes (CUPS always sends them; a fake server can leave them out). */
	@Test
	void jobsLackingAttributesAreListedWithoutErrors() throws Exception {
		IppMessage.Builder response = IppMessage.response(IppStatus.SUCCESSFUL_OK, 1);
		response.group(IppTag.JOB_ATTRIBUTES).attribute("job-id", IppTag.INTEGER, Integer.valueOf(41)); //$NON-NLS-1$
		response.group(IppTag.JOB_ATTRIBUTES).attribute("job-id", IppTag.INTEGER, Integer.valueOf(42)) //$NON-NLS-1$
				.attribute("job-state", IppTag.ENUM, Integer.valueOf(4)) //$NON-NLS-1$
				.attribute("job-hold-until", IppTag.KEYWORD, "auth-info-required"); //$NON-NLS-1$ //$NON-NLS-2$
		try (FakeIppServer server = FakeIppServer.answering(IppEncoder.encode(response.build()));
				CupsConnection fake = new CupsConnection(server.server(), null, null)) {
			panel.setServers(() -> List.of(new Servers.Entry(fake, "fake"))); //$NON-NLS-1$
			refreshAndWait();
			Table table = panel.getViewer().getTable();
			assertEquals(2, table.getItemCount());
			for (int i = 0; i < table.getItemCount(); i++) {
				for (int c = 0; c < table.getColumnCount(); c++) {
					assertNotNull(table.getItem(i).getText(c));
				}
			}
			assertEquals("", table.getItem(index(41)).getText(7)); //$NON-NLS-1$
			assertEquals(Messages.Reason_heldForAuth, table.getItem(index(42)).getText(7),
					"no printer: the fields are not known, the reason still is"); //$NON-NLS-1$
			select(42);
			assertTrue(enabled(new AuthenticateJobHandler(() -> request -> null)));
		}
	}
}
