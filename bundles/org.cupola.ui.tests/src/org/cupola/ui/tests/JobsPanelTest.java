package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Job;
import org.cupola.ipp.Printer;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.model.ServerJob;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.jobs.JobLabels;
import org.cupola.ui.internal.jobs.JobHandlers;
import org.cupola.ui.internal.jobs.JobsPanel;
import org.cupola.ui.internal.jobs.Messages;
import org.cupola.ui.internal.jobs.MoveJobsHandler;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JobsPanel} against the sandbox cupsd: jobs appear, actions run as jobs and the list follows, completed jobs
 * show on demand, the scope follows the selected queues, and the periodic refresh stops with the panel.
 */
class JobsPanelTest {

	private static final long TIMEOUT = 20_000;
	private static final IJobManager JOB_MANAGER = org.eclipse.core.runtime.jobs.Job.getJobManager();

	private CupsSandbox sandbox;
	private CupsConnection connection;
	private Servers.Entry entry;
	private Display display;
	private Shell shell;
	private JobsPanel panel;
	/** Snapshots the panel has shown: counted in an asyncExec queued after the panel's own. */
	private final AtomicInteger shown = new AtomicInteger();

	@BeforeAll
	static void noBlockingErrorDialogs() {
		ErrorDialog.AUTOMATED_MODE = true;
	}

	@BeforeEach
	void open() {
		sandbox = CupsSandbox.shared();
		connection = new CupsConnection(sandbox.server(), null, null);
		connection.setCredentials(sandbox.adminCredentials());
		entry = new Servers.Entry(connection, "sandbox");
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		panel = new JobsPanel(shell, SWT.NONE);
		panel.setServers(() -> List.of(entry));
		panel.getModel().addListener(snapshot -> display.asyncExec(shown::incrementAndGet));
		shell.setSize(900, 400);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
		connection.close();
	}

	/** Create-Job with job-hold-until=indefinite: a held job without documents, it never prints. */
	private int createHeldJob(String queue) throws Exception {
		String path = "/printers/" + queue;
		IppMessage request = IppMessage.request(IppOperation.CREATE_JOB, 4711)
				.operation("printer-uri", IppTag.URI, sandbox.server().ippUri(path))
				.operation("requesting-user-name", IppTag.NAME, connection.currentUser())
				.operation("job-name", IppTag.NAME, "held by JobsPanelTest").group(IppTag.JOB_ATTRIBUTES)
				.attribute("job-hold-until", IppTag.KEYWORD, "indefinite").build();
		IppMessage response = connection.send(request, path, "creating a held job", null);
		assertTrue(IppStatus.isSuccess(response.status()), response.toString());
		int id = response.group(IppTag.JOB_ATTRIBUTES).getInt("job-id", 0);
		assertTrue(id > 0);
		return id;
	}

	private ServerJob row(int id) {
		return rows().stream().filter(r -> r.id() == id).findFirst().orElse(null);
	}

	private void refreshAndWait() {
		int before = shown.get();
		panel.refresh();
		UiWait.until(display, TIMEOUT, () -> shown.get() > before);
	}

	/** The jobs the table lists, in table order. */
	private List<ServerJob> rows() {
		List<ServerJob> rows = new java.util.ArrayList<>();
		Table table = panel.getViewer().getTable();
		for (int i = 0; i < table.getItemCount(); i++) {
			table.getItem(i).getText(0); // a virtual row gets its element when it is first read (or painted)
			rows.add((ServerJob) table.getItem(i).getData());
		}
		return rows;
	}

	/** The panel's status line (count and errors), as the user reads it. */
	private String statusText() {
		return Widgets.all(panel, Label.class).get(0).getText();
	}

	/** Selects the jobs with these ids as a click would. */
	private void selectJobs(int... ids) {
		List<ServerJob> rows = rows();
		List<Integer> indices = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			for (int id : ids) {
				if (rows.get(i).id() == id) {
					indices.add(i);
				}
			}
		}
		Table table = panel.getViewer().getTable();
		table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
		table.notifyListeners(SWT.Selection, new Event());
	}

	private List<ServerJob> selectedRows() {
		return panel.getViewer().getStructuredSelection().toList().stream().map(ServerJob.class::cast).toList();
	}

	/** The evaluation context of the Jobs view: its selection, its panel as the active part, the shell. */
	private EvaluationContext context() {
		EvaluationContext context = new EvaluationContext(null, panel);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, panel.getViewer().getStructuredSelection());
		context.addVariable(ISources.ACTIVE_PART_NAME, panel);
		context.addVariable(ISources.ACTIVE_SHELL_NAME, shell);
		return context;
	}

	/** Whether the command's handler is enabled for the current selection, as the workbench asks it. */
	private boolean enabled(AbstractHandler handler) {
		handler.setEnabled(context());
		return handler.isEnabled();
	}

	/** Runs the command's handler on the current selection, as the workbench does. */
	private void execute(AbstractHandler handler) throws Exception {
		assertTrue(enabled(handler), "the command is enabled");
		handler.execute(new ExecutionEvent(null, Map.of(), null, context()));
	}

	/** When the Move dialog opens (in its own event loop), picks the queue and presses OK, as a user would. */
	private void answerMoveDialog(String queue) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && Messages.Jobs_moveTitle.equals(s.getText())) {
					Table list = Widgets.all(s, Table.class).get(0);
					for (int i = 0; i < list.getItemCount(); i++) {
						if (queue.equals(list.getItem(i).getText())) {
							list.setSelection(i);
						}
					}
					list.notifyListeners(SWT.Selection, new Event());
					Widgets.click(s.getDefaultButton());
					return;
				}
			}
			display.timerExec(20, poll[0]);
		};
		display.timerExec(20, poll[0]);
	}

	/** When the confirmation of Cancel opens (in its own event loop), presses its default button (Cancel Jobs). */
	private void answerCancelConfirmation() {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && Messages.Jobs_cancelConfirmTitle.equals(s.getText())) {
					Widgets.click(s.getDefaultButton());
					return;
				}
			}
			display.timerExec(20, poll[0]);
		};
		display.timerExec(20, poll[0]);
	}

	private Printer queue(String name) throws Exception {
		return connection.getPrinters(null).stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
	}

	@Test
	void anotherUsersJobSaysItsNameIsPrivateInsteadOfAnEmptyCell() throws Exception {
		int id = createHeldJob("null"); // submitted as the administrator
		try (CupsConnection stranger = new CupsConnection(sandbox.server(), null, null)) {
			// no credentials: CUPS leaves job-name and job-originating-user-name out (JobPrivateValues)
			Job job = stranger.getJobs("null", WhichJobs.NOT_COMPLETED, false, 0, null, null).stream()
					.filter(j -> j.id() == id).findFirst().orElseThrow();
			assertNull(job.name(), "CUPS hides the name from other users");
			ServerJob row = new ServerJob(connection, job);
			assertEquals(Messages.Jobs_private, JobLabels.name(row));
			assertEquals(Messages.Jobs_private, JobLabels.owner(row));
		} finally {
			connection.cancelJob(id, null);
		}
	}

	@Test
	void heldJobIsListedAndCancelMovesItToTheCompletedOnes() throws Exception {
		int id = createHeldJob("null");
		refreshAndWait();
		ServerJob row = row(id);
		assertNotNull(row, statusText());
		assertEquals(Job.State.HELD, row.job().state());
		assertEquals("null", row.job().printerName());
		assertEquals("held by JobsPanelTest", JobLabels.name(row));
		assertEquals(Messages.State_held, JobLabels.state(row));
		assertFalse(panel.getModel().isShowCompleted());

		selectJobs(id);
		assertEquals(List.of(row.key()), selectedRows().stream().map(ServerJob::key).toList());
		int index = rows().indexOf(row);
		TableItem item = panel.getViewer().getTable().getItem(index);
		assertEquals(Integer.toString(id), item.getText(0), "the virtual item was filled on demand");
		assertEquals("held by JobsPanelTest", item.getText(1));
		assertTrue(enabled(new JobHandlers.Cancel()));
		assertTrue(enabled(new JobHandlers.Release()));
		assertFalse(enabled(new JobHandlers.Hold()), "a held job cannot be held again");
		assertFalse(enabled(new JobHandlers.Reprint()), "only finished jobs can be printed again");
		assertTrue(enabled(new MoveJobsHandler()));

		int before = shown.get();
		answerCancelConfirmation(); // Cancel now asks first, naming the jobs (issue 12)
		execute(new JobHandlers.Cancel());
		UiWait.until(display, TIMEOUT, () -> shown.get() > before && row(id) == null);
		assertEquals(Job.State.CANCELED, connection.getJobAttributes(id, null).state());

		int beforeCompleted = shown.get();
		panel.getModel().setShowCompleted(true);
		UiWait.until(display, TIMEOUT, () -> shown.get() > beforeCompleted);
		ServerJob cancelled = row(id);
		assertNotNull(cancelled, "a cancelled job is listed with the completed ones");
		assertEquals(Job.State.CANCELED, cancelled.job().state());
		assertEquals(Messages.State_canceled, JobLabels.state(cancelled));
		selectJobs(id);
		assertTrue(enabled(new JobHandlers.Reprint()));
		assertFalse(enabled(new JobHandlers.Cancel()));
		assertFalse(enabled(new MoveJobsHandler()));
	}

	@Test
	void aFailedActionIsShownAndLoggedForTheErrorLog() throws Exception {
		int id = createHeldJob("null");
		refreshAndWait();
		selectJobs(id);
		connection.cancelJob(id, null); // meanwhile, somebody else cancels it: the row still says held
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			assertTrue(enabled(new JobHandlers.Release()));
			execute(new JobHandlers.Release());
			UiWait.until(display, TIMEOUT,
					() -> logged.stream().anyMatch(st -> "org.cupola.ui".equals(st.getPlugin())));
			IStatus status = logged.stream().filter(st -> "org.cupola.ui".equals(st.getPlugin())).findFirst()
					.orElseThrow();
			assertEquals(IStatus.ERROR, status.getSeverity());
			assertTrue(status.getMessage().contains("Release"), status.getMessage());
			assertTrue(status.getChildren().length > 0 && !status.getChildren()[0].getMessage().isBlank(),
					"CUPS' reason is in the details");
		} finally {
			Platform.removeLogListener(listener);
		}
	}

	@Test
	void releaseAndHoldFollowTheState() throws Exception {
		int id = createHeldJob("paused"); // paused: a released job stays pending
		try {
			refreshAndWait();
			selectJobs(id);
			int before = shown.get();
			execute(new JobHandlers.Release());
			UiWait.until(display, TIMEOUT,
					() -> shown.get() > before && row(id) != null
							&& row(id).job().state() == Job.State.PENDING);
			assertEquals(List.of(id), selectedRows().stream().map(ServerJob::id).toList(),
					"the selection survives the refresh");
			assertTrue(enabled(new JobHandlers.Hold()));
			assertFalse(enabled(new JobHandlers.Release()));
			int again = shown.get();
			execute(new JobHandlers.Hold());
			UiWait.until(display, TIMEOUT,
					() -> shown.get() > again && row(id).job().state() == Job.State.HELD);
		} finally {
			connection.cancelJob(id, null);
		}
	}

	@Test
	void scopeFollowsTheSelectedQueues() throws Exception {
		int id = createHeldJob("null");
		try {
			int before = shown.get();
			panel.showPrinters(List.of(new PrinterElement(entry, queue("null"))));
			UiWait.until(display, TIMEOUT, () -> shown.get() > before);
			assertNotNull(row(id));
			assertTrue(panel.describeScope().contains("null"), panel.describeScope());
			assertTrue(rows().stream().allMatch(r -> "null".equals(r.job().printerName())));

			int other = shown.get();
			panel.showPrinters(List.of(new PrinterElement(entry, queue("paused"))));
			UiWait.until(display, TIMEOUT, () -> shown.get() > other);
			assertNull(row(id), "a job of another queue is not listed");

			int all = shown.get();
			panel.showPrinters(List.of());
			UiWait.until(display, TIMEOUT, () -> shown.get() > all);
			assertNotNull(row(id));
			assertEquals(Messages.Jobs_scopeAll, panel.describeScope());
		} finally {
			connection.cancelJob(id, null);
		}
	}

	@Test
	void moveSendsTheJobToAnotherQueue() throws Exception {
		int id = createHeldJob("null");
		try {
			refreshAndWait();
			selectJobs(id);
			int before = shown.get();
			answerMoveDialog("paused");
			execute(new MoveJobsHandler());
			UiWait.until(display, TIMEOUT, () -> shown.get() > before && row(id) != null
					&& "paused".equals(row(id).job().printerName()));
			assertEquals("paused", connection.getJobAttributes(id, null).printerName());
		} finally {
			connection.cancelJob(id, null);
		}
	}

	@Test
	void periodicRefreshPicksUpNewJobsAndStopsWithThePanel() throws Exception {
		panel.getModel().setRefreshInterval(200);
		panel.getModel().setAutoRefresh(true);
		int id = createHeldJob("null");
		try {
			UiWait.until(display, TIMEOUT, () -> row(id) != null);
			int count = shown.get();
			UiWait.until(display, TIMEOUT, () -> shown.get() >= count + 2);
			shell.dispose();
			UiWait.until(display, TIMEOUT, () -> Arrays.stream(JOB_MANAGER.find(null))
					.noneMatch(j -> Messages.Jobs_autoRefresh.equals(j.getName())));
		} finally {
			connection.cancelJob(id, null);
		}
	}
}
