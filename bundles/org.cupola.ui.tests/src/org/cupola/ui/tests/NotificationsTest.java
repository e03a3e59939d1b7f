package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.UserPreferences;
import org.cupola.ipp.events.AutoResume;
import org.cupola.ipp.events.EventWatcher;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.QueueEvent.Kind;
import org.cupola.ipp.events.QueueHistory;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.QueueHistoryDialog;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.notify.EventPopup;
import org.cupola.ui.internal.notify.NotificationCenter;
import org.cupola.ui.internal.notify.NotificationPreferencePage;
import org.cupola.ui.internal.notify.NotificationSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Desktop notifications raised by real state changes of a private cupsd (a paused queue, a completed job, a backend
 * that fails), shown without taking the keyboard from the window the user types in; the popup's action works; the
 * queue history dialog explains the stop; the preference page keeps its choices per server.
 */
class NotificationsTest {

	/** A failsafe so a broken test fails instead of hanging; not a timing expectation. */
	private static final long DEADLINE = 90_000;

	private CupsSandbox sandbox;
	private CupsConnection connection;
	private Display display;
	private Shell shell;
	private Text typing;
	private Path dir;
	private NotificationCenter center;
	private final List<EventPopup> popups = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		sandbox = CupsSandbox.start(true);
		connection = new CupsConnection(sandbox.server(), null, null);
		connection.setCredentials(sandbox.adminCredentials());
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setText("Typing here"); //$NON-NLS-1$
		shell.setLayout(new FillLayout());
		typing = new Text(shell, SWT.BORDER);
		shell.setSize(400, 120);
		shell.open();
		shell.forceActive();
		typing.setFocus();
		dir = Files.createTempDirectory("cupola-notify-"); //$NON-NLS-1$
	}

	@AfterEach
	void stop() {
		if (center != null) {
			center.dispose();
		}
		for (EventPopup p : popups) {
			p.close();
		}
		shell.dispose();
		connection.close();
		sandbox.close();
	}

	private void watch(UserPreferences prefs) {
		watch(prefs, connection);
	}

	private void watch(UserPreferences prefs, CupsConnection windowConnection) {
		center = new NotificationCenter(display, new NotificationSettings(prefs),
				new QueueHistory(dir.resolve("history"), 50), Duration.ofSeconds(2)); //$NON-NLS-1$
		center.addShownListener(popups::add);
		EventWatcher watcher = center.watch(new Servers.Entry(windowConnection, "sandbox")); //$NON-NLS-1$
		UiWait.until(display, DEADLINE, watcher::isBaselined); // changes from now on are events
	}

	private EventPopup awaitPopup(String titlePart) {
		UiWait.until(display, DEADLINE, () -> popups.stream().anyMatch(p -> p.title().contains(titlePart)));
		return popups.stream().filter(p -> p.title().contains(titlePart)).findFirst().orElseThrow();
	}

	private int print(String queue) throws Exception {
		return connection.printJob(queue, "notification test", "text/plain", //$NON-NLS-1$ //$NON-NLS-2$
				new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
	}

	@Test
	void aPausedQueueNotifiesWithoutTakingTheKeyboardAndItsResumeActionWorks() throws Exception {
		watch(new UserPreferences(dir.resolve("prefs.properties"))); //$NON-NLS-1$
		connection.pausePrinter("null", "Paused for the notification test", null); //$NON-NLS-1$ //$NON-NLS-2$
		EventPopup popup = awaitPopup("Queue stopped: null"); //$NON-NLS-1$
		assertTrue(popup.text().endsWith(": Paused for the notification test"), popup.text()); //$NON-NLS-1$
		Shell popupShell = popup.getShell();
		assertTrue(popupShell.isVisible());
		assertTrue((popupShell.getStyle() & SWT.NO_FOCUS) != 0, "the popup is not focusable"); //$NON-NLS-1$
		// the user keeps typing where they were
		assertSame(typing, display.getFocusControl(), "the popup took the keyboard"); //$NON-NLS-1$
		assertSame(shell, display.getActiveShell(), "the popup became the active window"); //$NON-NLS-1$
		Screenshots.save(popupShell, "notification-queue-stopped.png"); //$NON-NLS-1$

		Link resume = Widgets.all(popupShell, Link.class).get(0);
		assertTrue(resume.getText().contains("Resume"), resume.getText()); //$NON-NLS-1$
		resume.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		UiWait.until(display, DEADLINE, () -> {
			try {
				return connection.getPrinterAttributes("null", null, null).state() != Printer.State.STOPPED; //$NON-NLS-1$
			} catch (Exception e) {
				return false;
			}
		});
		assertTrue(popupShell.isDisposed(), "the action closes its popup"); //$NON-NLS-1$
	}

	@Test
	void aNoticeComesWhenTheWindowIsNotLoggedIn() throws Exception {
		// the window's user is then the local account: both names of "me" are one (this once threw in the listener)
		try (CupsConnection plain = new CupsConnection(sandbox.server(), null, null)) {
			assertEquals(System.getProperty("user.name"), plain.currentUser()); //$NON-NLS-1$
			watch(new UserPreferences(dir.resolve("prefs.properties")), plain); //$NON-NLS-1$
			connection.pausePrinter("null", "Paused while nobody is logged in", null); //$NON-NLS-1$ //$NON-NLS-2$
			EventPopup popup = awaitPopup("Queue stopped: null"); //$NON-NLS-1$
			assertTrue(popup.text().endsWith(": Paused while nobody is logged in"), popup.text()); //$NON-NLS-1$
			center.dispose();
			center = null;
		}
	}

	@Test
	void myCompletedJobNotifiesAndAFailingBackendExplainsTheStop() throws Exception {
		watch(new UserPreferences(dir.resolve("prefs.properties"))); //$NON-NLS-1$
		int done = print("null"); //$NON-NLS-1$
		EventPopup completed = awaitPopup("Job completed"); //$NON-NLS-1$
		assertTrue(completed.text().startsWith("Job " + done + " (notification test) printed on null"), //$NON-NLS-1$ //$NON-NLS-2$
				completed.text());
		assertTrue(completed.action().label().contains("Jobs"), completed.action().label()); //$NON-NLS-1$

		int failing = print("broken"); // socket://127.0.0.1:1: nothing listens; error policy stop-printer //$NON-NLS-1$
		EventPopup stopped = awaitPopup("Queue stopped: broken"); //$NON-NLS-1$
		assertTrue(stopped.text().contains("after job " + failing + " failed: backend socket exited with status 1"), //$NON-NLS-1$ //$NON-NLS-2$
				stopped.text());
		assertSame(typing, display.getFocusControl(), "the popup took the keyboard"); //$NON-NLS-1$

		QueueHistory history = new QueueHistory(dir.resolve("history"), 50); // read back from disk //$NON-NLS-1$
		AutoResume autoResume = new AutoResume(new UserPreferences(dir.resolve("prefs.properties")), //$NON-NLS-1$
				sandbox.server().hostAndPort(), AutoResume.TCP_PROBE);
		QueueHistoryDialog dialog = new QueueHistoryDialog(shell, history, autoResume, sandbox.server().hostAndPort(),
				"broken"); //$NON-NLS-1$
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(dialog.getSentence().matches("Stopped at \\d\\d:\\d\\d after job " + failing //$NON-NLS-1$
					+ " failed: backend socket exited with status 1 \\(.*\\)"), dialog.getSentence()); //$NON-NLS-1$
			assertTrue(dialog.getShownLog().contains("[Job " + failing + "] Backend returned status 1"), //$NON-NLS-1$ //$NON-NLS-2$
					dialog.getShownLog());
			assertEquals(Kind.QUEUE_STOPPED, dialog.getShownEvents().get(0).kind());
			Button auto = Widgets.button(dialog.getShell(), "&Resume automatically once the reason clears"); //$NON-NLS-1$
			assertFalse(auto.getSelection());
			auto.setSelection(true);
			auto.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			assertTrue(autoResume.isEnabled("broken")); //$NON-NLS-1$
			Screenshots.save(dialog.getShell(), "queue-history.png"); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}

	@Test
	void otherUsersJobsAreQuietByDefaultAndThePageKeepsChoicesPerServer() throws Exception {
		UserPreferences prefs = new UserPreferences(dir.resolve("prefs.properties")); //$NON-NLS-1$
		NotificationSettings settings = new NotificationSettings(prefs);
		QueueEvent theirs = new QueueEvent(Instant.now(), "h:1", "q", Kind.JOB_COMPLETED, null, null, 7, "someone", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"x", null, null); //$NON-NLS-1$
		QueueEvent mine = new QueueEvent(Instant.now(), "h:1", "q", Kind.JOB_COMPLETED, null, null, 8, "me", "x", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				null, null);
		assertFalse(settings.shouldNotify(theirs, Set.of("me"))); //$NON-NLS-1$
		assertTrue(settings.shouldNotify(mine, Set.of("me"))); //$NON-NLS-1$

		NotificationPreferencePage page = new NotificationPreferencePage(settings);
		page.setServers(List.of("h:1", "h:2")); //$NON-NLS-1$ //$NON-NLS-2$
		Shell pageShell = new Shell(display);
		try {
			pageShell.setLayout(new FillLayout());
			page.createControl(pageShell);
			Button others = Widgets.button(pageShell, "Also for &other users' jobs"); //$NON-NLS-1$
			others.setSelection(true);
			others.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			Button completed = Widgets.button(pageShell, Kind.JOB_COMPLETED.label());
			assertTrue(completed.getSelection(), "on by default"); //$NON-NLS-1$
			completed.setSelection(false);
			completed.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			assertTrue(page.performOk());
		} finally {
			pageShell.dispose();
		}
		NotificationSettings reread = new NotificationSettings(new UserPreferences(dir.resolve("prefs.properties"))); //$NON-NLS-1$
		assertTrue(reread.othersJobs("h:1")); //$NON-NLS-1$
		assertFalse(reread.othersJobs("h:2"), "another server keeps its own choice"); //$NON-NLS-1$
		assertFalse(reread.isEnabled("h:1", Kind.JOB_COMPLETED)); //$NON-NLS-1$
		assertTrue(reread.isEnabled("h:2", Kind.JOB_COMPLETED)); //$NON-NLS-1$
		QueueEvent theirFailure = new QueueEvent(Instant.now(), "h:1", "q", Kind.JOB_FAILED, null, null, 9, //$NON-NLS-1$ //$NON-NLS-2$
				"someone", "x", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(reread.shouldNotify(theirFailure, Set.of("me")), "other users' jobs now notify on h:1"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(reread.shouldNotify(theirs, Set.of("me")), "completed jobs no longer notify on h:1"); //$NON-NLS-1$
	}
}
