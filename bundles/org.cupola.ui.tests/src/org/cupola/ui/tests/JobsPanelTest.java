package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Job;
import org.cupola.ipp.Printer;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.Servers;
import org.cupola.ui.jobs.JobLabels;
import org.cupola.ui.jobs.JobRow;
import org.cupola.ui.jobs.JobsPanel;
import org.cupola.ui.jobs.Messages;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
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

	private JobRow row(int id) {
		return panel.getRows().stream().filter(r -> r.id() == id).findFirst().orElse(null);
	}

	private void refreshAndWait() {
		int before = panel.getRefreshCount();
		panel.refresh();
		UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() > before);
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
			JobRow row = new JobRow(entry, job);
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
		JobRow row = row(id);
		assertNotNull(row, panel.getStatusText());
		assertEquals(Job.State.HELD, row.job().state());
		assertEquals("null", row.job().printerName());
		assertEquals("held by JobsPanelTest", JobLabels.name(row));
		assertEquals(Messages.State_held, JobLabels.state(row));
		assertFalse(panel.isShowCompleted());

		panel.selectJobs(id);
		assertEquals(List.of(row.key()), panel.selectedRows().stream().map(JobRow::key).toList());
		int index = panel.getRows().indexOf(row);
		TableItem item = panel.getViewer().getTable().getItem(index);
		assertEquals(Integer.toString(id), item.getText(0), "the virtual item was filled on demand");
		assertEquals("held by JobsPanelTest", item.getText(1));
		assertTrue(panel.getCancelAction().isEnabled());
		assertTrue(panel.getReleaseAction().isEnabled());
		assertFalse(panel.getHoldAction().isEnabled(), "a held job cannot be held again");
		assertFalse(panel.getReprintAction().isEnabled(), "only finished jobs can be printed again");
		assertTrue(panel.getMoveAction().isEnabled());

		int before = panel.getRefreshCount();
		panel.getCancelAction().run();
		UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() > before && row(id) == null);
		assertEquals(Job.State.CANCELED, connection.getJobAttributes(id, null).state());

		int beforeCompleted = panel.getRefreshCount();
		panel.setShowCompleted(true);
		UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() > beforeCompleted);
		JobRow cancelled = row(id);
		assertNotNull(cancelled, "a cancelled job is listed with the completed ones");
		assertEquals(Job.State.CANCELED, cancelled.job().state());
		assertEquals(Messages.State_canceled, JobLabels.state(cancelled));
		panel.selectJobs(id);
		assertTrue(panel.getReprintAction().isEnabled());
		assertFalse(panel.getCancelAction().isEnabled());
		assertFalse(panel.getMoveAction().isEnabled());
	}

	@Test
	void aFailedActionIsShownAndLoggedForTheErrorLog() throws Exception {
		int id = createHeldJob("null");
		refreshAndWait();
		panel.selectJobs(id);
		connection.cancelJob(id, null); // meanwhile, somebody else cancels it: the row still says held
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			assertTrue(panel.getReleaseAction().isEnabled());
			panel.getReleaseAction().run();
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
			panel.selectJobs(id);
			int before = panel.getRefreshCount();
			panel.getReleaseAction().run();
			UiWait.until(display, TIMEOUT,
					() -> panel.getRefreshCount() > before && row(id) != null
							&& row(id).job().state() == Job.State.PENDING);
			assertEquals(List.of(id), panel.selectedRows().stream().map(JobRow::id).toList(),
					"the selection survives the refresh");
			assertTrue(panel.getHoldAction().isEnabled());
			assertFalse(panel.getReleaseAction().isEnabled());
			int again = panel.getRefreshCount();
			panel.getHoldAction().run();
			UiWait.until(display, TIMEOUT,
					() -> panel.getRefreshCount() > again && row(id).job().state() == Job.State.HELD);
		} finally {
			connection.cancelJob(id, null);
		}
	}

	@Test
	void scopeFollowsTheSelectedQueues() throws Exception {
		int id = createHeldJob("null");
		try {
			int before = panel.getRefreshCount();
			panel.showPrinters(List.of(new PrinterElement(entry, queue("null"))));
			UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() > before);
			assertNotNull(row(id));
			assertTrue(panel.describeScope().contains("null"), panel.describeScope());
			assertTrue(panel.getRows().stream().allMatch(r -> "null".equals(r.job().printerName())));

			int other = panel.getRefreshCount();
			panel.showPrinters(List.of(new PrinterElement(entry, queue("paused"))));
			UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() > other);
			assertNull(row(id), "a job of another queue is not listed");

			int all = panel.getRefreshCount();
			panel.showPrinters(List.of());
			UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() > all);
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
			panel.selectJobs(id);
			int before = panel.getRefreshCount();
			panel.moveTo(panel.selectedRows(), "paused");
			UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() > before && row(id) != null
					&& "paused".equals(row(id).job().printerName()));
			assertEquals("paused", connection.getJobAttributes(id, null).printerName());
		} finally {
			connection.cancelJob(id, null);
		}
	}

	@Test
	void periodicRefreshPicksUpNewJobsAndStopsWithThePanel() throws Exception {
		panel.setRefreshInterval(200);
		panel.setAutoRefresh(true);
		int id = createHeldJob("null");
		try {
			UiWait.until(display, TIMEOUT, () -> row(id) != null);
			int count = panel.getRefreshCount();
			UiWait.until(display, TIMEOUT, () -> panel.getRefreshCount() >= count + 2);
			shell.dispose();
			UiWait.until(display, TIMEOUT, () -> Arrays.stream(JOB_MANAGER.find(null))
					.noneMatch(j -> Messages.Jobs_autoRefresh.equals(j.getName())));
		} finally {
			connection.cancelJob(id, null);
		}
	}
}
