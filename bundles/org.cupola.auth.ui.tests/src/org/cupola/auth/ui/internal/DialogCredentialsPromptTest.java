package org.cupola.auth.ui.internal;

import static org.cupola.auth.ui.internal.DialogDriver.dialog;
import static org.cupola.auth.ui.internal.DialogDriver.dialogs;
import static org.cupola.auth.ui.internal.DialogDriver.fill;
import static org.cupola.testing.Widgets.pressDefault;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.CredentialsRequest.Reason;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.internal.credentials.InMemoryCredentialsStore;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The credentials prompt on a plain SWT display (no workbench): the test thread owns the display and keeps its event
 * loop running while worker threads ask, as CUPS jobs do; the dialogs are found among the display's shells and
 * answered the way a user would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DialogCredentialsPromptTest {

	private static final long TIMEOUT = 10_000;
	private static final String OPERATION = "fetching device list"; //$NON-NLS-1$
	private static final CupsServer SERVER = new CupsServer(false, "printhost.example", 631); //$NON-NLS-1$
	private static final CupsServer OTHER = new CupsServer(true, "other.example", 8631); //$NON-NLS-1$

	private Display display;
	private CountingStore store;
	private DialogCredentialsPrompt prompt;
	private ExecutorService workers;

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		store = new CountingStore();
		prompt = new DialogCredentialsPrompt(() -> display, () -> null, store);
		workers = Executors.newCachedThreadPool();
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		prompt.shutdown();
		if (!display.isDisposed()) {
			UiWait.until(display, TIMEOUT, () -> dialogs(display).isEmpty());
			for (Shell shell : display.getShells()) {
				shell.dispose();
			}
		}
		workers.shutdownNow();
		assertTrue(workers.awaitTermination(10, TimeUnit.SECONDS), "a worker still waits for an answer"); //$NON-NLS-1$
		store.delegate.clear();
	}

	private static CredentialsRequest request(CupsServer server, Reason reason, int attempt, String previousUser,
			CancelToken token) {
		return new CredentialsRequest(server, OPERATION, attempt, reason, previousUser, token);
	}

	private static CredentialsRequest required(CupsServer server) {
		return request(server, Reason.REQUIRED, 1, null, new CancelToken());
	}

	private Future<Credentials> ask(CredentialsRequest request) {
		return workers.submit(() -> prompt.getCredentials(request));
	}

	/** Spins the event loop until a credentials dialog is open. */
	private Shell awaitDialog() {
		UiWait.until(display, TIMEOUT, () -> dialog(display) != null);
		return dialog(display);
	}

	/** Spins the event loop until the worker has its answer. */
	private <T> T await(Future<T> future) throws Exception {
		UiWait.until(display, TIMEOUT, future::isDone);
		return future.get();
	}

	/** Runs the event loop for a while (to show that nothing else happens). */
	private void spin(long millis) {
		long end = System.currentTimeMillis() + millis;
		UiWait.until(display, millis + TIMEOUT, () -> System.currentTimeMillis() >= end);
	}

	private static void assertCredentials(String user, String password, Credentials actual) {
		assertNotNull(actual, "no credentials"); //$NON-NLS-1$
		assertEquals(user, actual.user());
		assertArrayEquals(password.toCharArray(), actual.password());
	}

	@Test
	void okAnswersWhatWasTypedWhileTheEventLoopRuns() throws Exception {
		Future<Credentials> answer = ask(required(SERVER));
		Shell shell = awaitDialog();

		assertEquals("Authentication (fetching device list)", shell.getText()); //$NON-NLS-1$
		assertTrue(Widgets.shows(shell, "printhost.example:631"), //$NON-NLS-1$
				() -> "title area: " + Widgets.texts(shell)); //$NON-NLS-1$
		assertEquals(System.getProperty("user.name"), DialogDriver.user(shell).getText()); //$NON-NLS-1$
		assertFalse(DialogDriver.remember(shell).getSelection());
		assertTrue((DialogDriver.password(shell).getStyle() & SWT.PASSWORD) != 0, "the password is hidden"); //$NON-NLS-1$

		// the dialog does not block the UI thread: other work posted to it still runs
		AtomicBoolean ran = new AtomicBoolean();
		display.asyncExec(() -> ran.set(true));
		UiWait.until(display, TIMEOUT, ran::get);
		assertFalse(answer.isDone());

		fill(shell, "alice", "s3cret"); //$NON-NLS-1$ //$NON-NLS-2$
		Screenshots.save(shell, "auth-dialog.png"); //$NON-NLS-1$
		pressDefault(shell);

		assertCredentials("alice", "s3cret", await(answer)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(shell.isDisposed());
		assertFalse(store.delegate.contains(SERVER), "not remembered unless asked"); //$NON-NLS-1$
	}

	@Test
	void okIsDisabledWhileTheUserNameIsEmpty() throws Exception {
		Future<Credentials> answer = ask(required(SERVER));
		Shell shell = awaitDialog();
		Button ok = shell.getDefaultButton();
		DialogDriver.user(shell).setText(""); //$NON-NLS-1$
		assertFalse(ok.isEnabled());
		DialogDriver.enter(shell); // Enter must not get around the disabled button
		spin(100);
		assertFalse(answer.isDone());
		DialogDriver.user(shell).setText("bob"); //$NON-NLS-1$
		assertTrue(ok.isEnabled());
		DialogDriver.password(shell).setText("pw"); //$NON-NLS-1$
		DialogDriver.enter(shell);
		assertCredentials("bob", "pw", await(answer)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void escapeCancels() throws Exception {
		Future<Credentials> answer = ask(required(SERVER));
		Shell shell = awaitDialog();
		fill(shell, "alice", "typed but not sent"); //$NON-NLS-1$ //$NON-NLS-2$
		DialogDriver.escape(shell);
		assertNull(await(answer));
		assertTrue(dialogs(display).isEmpty());
	}

	@Test
	void cancelButtonCancels() throws Exception {
		Future<Credentials> answer = ask(required(SERVER));
		Shell shell = awaitDialog();
		fill(shell, "alice", "typed but not sent"); //$NON-NLS-1$ //$NON-NLS-2$
		Widgets.press(shell, "Cancel"::equals); //$NON-NLS-1$
		assertNull(await(answer));
	}

	@Test
	void closingTheWindowCancels() throws Exception {
		Future<Credentials> answer = ask(required(SERVER));
		awaitDialog().close();
		assertNull(await(answer));
	}

	@Test
	void wrongPasswordShowsTheReasonAndForgetsTheStoredPassword() throws Exception {
		store.delegate.save(SERVER, new Credentials("bob", "old".toCharArray())); //$NON-NLS-1$ //$NON-NLS-2$
		Future<Credentials> answer = ask(request(SERVER, Reason.WRONG_PASSWORD, 2, "bob", new CancelToken())); //$NON-NLS-1$
		Shell shell = awaitDialog();

		assertTrue(Widgets.shows(shell, "The password may be incorrect."), //$NON-NLS-1$
				() -> "dialog texts: " + Widgets.texts(shell)); //$NON-NLS-1$
		assertEquals("bob", DialogDriver.user(shell).getText(), "prefilled with the user tried"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(store.delegate.contains(SERVER), "the refused stored password is forgotten"); //$NON-NLS-1$
		DialogDriver.password(shell).setText("new"); //$NON-NLS-1$
		Screenshots.save(shell, "auth-dialog-wrong-password.png"); //$NON-NLS-1$
		pressDefault(shell);
		assertCredentials("bob", "new", await(answer)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void rememberStoresAndTheNextPromptNeedsNoDialog() throws Exception {
		Future<Credentials> first = ask(required(SERVER));
		Shell shell = awaitDialog();
		fill(shell, "carol", "kept"); //$NON-NLS-1$ //$NON-NLS-2$
		DialogDriver.remember(shell).setSelection(true);
		pressDefault(shell);
		assertCredentials("carol", "kept", await(first)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(store.delegate.contains(SERVER));
		assertCredentials("carol", "kept", store.delegate.load(SERVER)); //$NON-NLS-1$ //$NON-NLS-2$

		// a later operation: answered from the store, nobody touches a dialog
		Future<Credentials> second = ask(required(SERVER));
		assertCredentials("carol", "kept", await(second)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(dialogs(display).isEmpty());

		// but not for another server
		Future<Credentials> other = ask(required(OTHER));
		assertNotNull(awaitDialog());
		Widgets.press(dialog(display), "Cancel"::equals); //$NON-NLS-1$
		assertNull(await(other));
	}

	@Test
	void theLastUserNameOfTheServerIsPrefilled() throws Exception {
		Future<Credentials> first = ask(required(SERVER));
		Shell shell = awaitDialog();
		fill(shell, "dave", "pw"); //$NON-NLS-1$ //$NON-NLS-2$
		pressDefault(shell);
		await(first).close();

		Future<Credentials> second = ask(request(SERVER, Reason.REQUIRED, 2, "someone", new CancelToken())); //$NON-NLS-1$
		Shell again = awaitDialog();
		assertEquals("dave", DialogDriver.user(again).getText()); //$NON-NLS-1$
		DialogDriver.escape(again);
		assertNull(await(second));

		Future<Credentials> other = ask(request(OTHER, Reason.REQUIRED, 1, "erin", new CancelToken())); //$NON-NLS-1$
		Shell otherShell = awaitDialog();
		assertEquals("erin", DialogDriver.user(otherShell).getText()); //$NON-NLS-1$
		DialogDriver.escape(otherShell);
		assertNull(await(other));
	}

	@Test
	void twoServersGetTwoDialogsOneAfterTheOther() throws Exception {
		Future<Credentials> a = ask(required(SERVER));
		Future<Credentials> b = ask(required(OTHER));
		UiWait.until(display, TIMEOUT, () -> store.loads.get() == 2); // both are waiting now

		Shell firstShell = awaitDialog();
		spin(200);
		assertEquals(1, dialogs(display).size(), "one dialog at a time"); //$NON-NLS-1$
		boolean serverFirst = Widgets.shows(firstShell, "printhost.example:631"); //$NON-NLS-1$
		assertTrue(serverFirst || Widgets.shows(firstShell, "other.example:8631")); //$NON-NLS-1$
		fill(firstShell, serverFirst ? "for-server" : "for-other", "pw1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		pressDefault(firstShell);

		UiWait.until(display, TIMEOUT, () -> dialog(display) != null && dialog(display) != firstShell);
		Shell secondShell = dialog(display);
		String secondHost = serverFirst ? "other.example:8631" : "printhost.example:631"; //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Widgets.shows(secondShell, secondHost));
		fill(secondShell, serverFirst ? "for-other" : "for-server", "pw2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		pressDefault(secondShell);

		assertEquals("for-server", await(a).user()); //$NON-NLS-1$
		assertEquals("for-other", await(b).user()); //$NON-NLS-1$
	}

	@Test
	void aPromptWaitingForTheSameServerReusesWhatWasJustEntered() throws Exception {
		Future<Credentials> a = ask(required(SERVER));
		Future<Credentials> b = ask(required(SERVER));
		UiWait.until(display, TIMEOUT, () -> store.loads.get() == 2); // both started before the answer
		Shell shell = awaitDialog();
		fill(shell, "frank", "once"); //$NON-NLS-1$ //$NON-NLS-2$
		pressDefault(shell);
		assertCredentials("frank", "once", await(a)); //$NON-NLS-1$ //$NON-NLS-2$
		assertCredentials("frank", "once", await(b)); //$NON-NLS-1$ //$NON-NLS-2$
		spin(200);
		assertTrue(dialogs(display).isEmpty(), "asked twice"); //$NON-NLS-1$
	}

	@Test
	void aWrongPasswordPromptDoesNotReuseWhatWasJustEntered() throws Exception {
		Future<Credentials> a = ask(required(SERVER));
		Shell shell = awaitDialog();
		Future<Credentials> b = ask(request(SERVER, Reason.WRONG_PASSWORD, 2, "grace", new CancelToken())); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, () -> store.removes.get() == 1);
		fill(shell, "grace", "first"); //$NON-NLS-1$ //$NON-NLS-2$
		pressDefault(shell);
		assertCredentials("grace", "first", await(a)); //$NON-NLS-1$ //$NON-NLS-2$
		UiWait.until(display, TIMEOUT, () -> dialog(display) != null && dialog(display) != shell);
		Shell second = dialog(display);
		fill(second, "grace", "second"); //$NON-NLS-1$ //$NON-NLS-2$
		pressDefault(second);
		assertCredentials("grace", "second", await(b)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void cancellingTheOperationClosesItsDialog() throws Exception {
		CancelToken token = new CancelToken();
		Future<Credentials> answer = ask(request(SERVER, Reason.REQUIRED, 1, null, token));
		Shell shell = awaitDialog();
		fill(shell, "henry", "typed"); //$NON-NLS-1$ //$NON-NLS-2$
		// Job.cancel() -> canceling() -> token.cancel(), from some other thread
		workers.submit(token::cancel).get();
		assertNull(await(answer));
		UiWait.until(display, TIMEOUT, shell::isDisposed);
		assertTrue(dialogs(display).isEmpty());
	}

	@Test
	void cancellingAWaitingPromptAnswersAtOnceAndShowsNothing() throws Exception {
		Future<Credentials> first = ask(required(SERVER));
		Shell shell = awaitDialog();
		CancelToken token = new CancelToken();
		Future<Credentials> waiting = ask(request(OTHER, Reason.REQUIRED, 1, null, token));
		UiWait.until(display, TIMEOUT, () -> store.loads.get() == 2);
		token.cancel();
		assertNull(await(waiting));
		assertFalse(shell.isDisposed(), "the other dialog stays"); //$NON-NLS-1$
		fill(shell, "ivan", "pw"); //$NON-NLS-1$ //$NON-NLS-2$
		pressDefault(shell);
		assertEquals("ivan", await(first).user()); //$NON-NLS-1$
		spin(200);
		assertTrue(dialogs(display).isEmpty(), "no dialog for the cancelled prompt"); //$NON-NLS-1$
	}

	@Test
	void aCancelledRequestIsNotPrompted() {
		CancelToken token = new CancelToken();
		token.cancel();
		assertNull(prompt.getCredentials(request(SERVER, Reason.REQUIRED, 1, null, token)));
		assertTrue(dialogs(display).isEmpty());
	}

	@Test
	void onTheUiThreadTheDialogOpensInline() {
		AtomicInteger ticks = new AtomicInteger();
		// what a user does while the UI thread is inside getCredentials
		Runnable driver = new Runnable() {
			@Override
			public void run() {
				ticks.incrementAndGet();
				Shell shell = dialog(display);
				if (shell == null) {
					display.timerExec(20, this);
					return;
				}
				fill(shell, "judy", "inline"); //$NON-NLS-1$ //$NON-NLS-2$
				pressDefault(shell);
			}
		};
		display.timerExec(20, driver);
		Credentials answer = prompt.getCredentials(required(SERVER));
		assertCredentials("judy", "inline", answer); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(ticks.get() >= 1);
		assertTrue(dialogs(display).isEmpty());
	}

	@Test
	void onTheUiThreadBehindAWorkersDialogThereIsNoDeadlock() throws Exception {
		Future<Credentials> worker = ask(required(SERVER));
		Shell workerShell = awaitDialog();
		AtomicReference<String> order = new AtomicReference<>(""); //$NON-NLS-1$
		// the user answers whatever dialog is showing, while the UI thread waits inside getCredentials
		Runnable driver = new Runnable() {
			@Override
			public void run() {
				Shell shell = dialog(display);
				if (shell == null) {
					display.timerExec(20, this);
					return;
				}
				boolean isWorkers = shell == workerShell;
				order.set(order.get() + (isWorkers ? "W" : "U")); //$NON-NLS-1$ //$NON-NLS-2$
				fill(shell, isWorkers ? "worker" : "ui", "pw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				pressDefault(shell);
				if (isWorkers) {
					display.timerExec(20, this);
				}
			}
		};
		display.timerExec(100, driver);
		Credentials ui = prompt.getCredentials(required(OTHER));
		assertEquals("ui", ui.user()); //$NON-NLS-1$
		assertEquals("worker", await(worker).user()); //$NON-NLS-1$
		assertEquals("WU", order.get(), "the UI thread's dialog waited its turn"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void onTheUiThreadCancellingFromAnotherThreadReturnsNull() {
		CancelToken token = new CancelToken();
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				if (dialog(display) == null) {
					display.timerExec(20, this);
				} else {
					workers.submit(token::cancel);
				}
			}
		});
		assertNull(prompt.getCredentials(request(SERVER, Reason.REQUIRED, 1, null, token)));
		UiWait.until(display, TIMEOUT, () -> dialogs(display).isEmpty());
	}

	@Test
	void withoutADisplayTheAnswerIsNull() throws Exception {
		DialogCredentialsPrompt headless = new DialogCredentialsPrompt(() -> null, () -> null, store);
		assertNull(headless.getCredentials(required(SERVER)));
		assertNull(workers.submit(() -> headless.getCredentials(required(SERVER))).get(TIMEOUT,
				TimeUnit.MILLISECONDS));
		DialogCredentialsPrompt failing = new DialogCredentialsPrompt(() -> {
			throw new IllegalStateException("no workbench"); //$NON-NLS-1$
		}, () -> null, store);
		assertNull(failing.getCredentials(required(SERVER)));
	}

	@Test
	void storedCredentialsNeedNoDisplay() {
		store.delegate.save(SERVER, new Credentials("kim", "stored".toCharArray())); //$NON-NLS-1$ //$NON-NLS-2$
		DialogCredentialsPrompt headless = new DialogCredentialsPrompt(() -> null, () -> null, store);
		assertCredentials("kim", "stored", headless.getCredentials(required(SERVER))); //$NON-NLS-1$ //$NON-NLS-2$
		// attempt 2 is asked because the stored ones were not enough: no store, no display -> cancel
		assertNull(headless.getCredentials(request(SERVER, Reason.REQUIRED, 2, "kim", new CancelToken()))); //$NON-NLS-1$
	}

	@Test
	void shutdownEndsOpenPrompts() throws Exception {
		Future<Credentials> answer = ask(required(SERVER));
		Shell shell = awaitDialog();
		prompt.shutdown();
		assertNull(await(answer));
		UiWait.until(display, TIMEOUT, shell::isDisposed);
		assertNull(prompt.getCredentials(required(OTHER)));
	}

	/** Last: the display is gone afterwards (the next test class gets a new one from Display.getDefault()). */
	@Test
	@Order(Integer.MAX_VALUE)
	void disposingTheDisplayAnswersNullWithoutAnException() throws Exception {
		Future<Credentials> open = ask(required(SERVER));
		awaitDialog();
		Future<Credentials> waiting = ask(required(OTHER));
		UiWait.until(display, TIMEOUT, () -> store.loads.get() == 2);
		display.dispose();
		assertNull(open.get(TIMEOUT, TimeUnit.MILLISECONDS));
		assertNull(waiting.get(TIMEOUT, TimeUnit.MILLISECONDS));
		// and later calls, from a worker and from the (former) UI thread
		assertNull(workers.submit(() -> prompt.getCredentials(required(SERVER))).get(TIMEOUT,
				TimeUnit.MILLISECONDS));
		assertNull(prompt.getCredentials(required(SERVER)));
	}

	/** An in-memory store that counts its calls, so tests know when a prompt has started. */
	private static final class CountingStore implements CredentialsStore {
		final InMemoryCredentialsStore delegate = new InMemoryCredentialsStore();
		final AtomicInteger loads = new AtomicInteger();
		final AtomicInteger removes = new AtomicInteger();

		@Override
		public Credentials load(CupsServer server) {
			try {
				return delegate.load(server);
			} finally {
				loads.incrementAndGet();
			}
		}

		@Override
		public boolean save(CupsServer server, Credentials credentials) {
			return delegate.save(server, credentials);
		}

		@Override
		public void remove(CupsServer server) {
			delegate.remove(server);
			removes.incrementAndGet();
		}
	}
}
