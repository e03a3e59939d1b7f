package org.cupola.auth.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsRequest.Field;
import org.cupola.ipp.CredentialsRequest.JobAuth;
import org.cupola.ipp.CredentialsRequest.Reason;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.internal.credentials.InMemoryCredentialsStore;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The credentials prompt asked for a held job's auth-info (issue 12): exactly the fields the queue lists, the server
 * login is neither offered nor overwritten, and nothing is stored unless Remember is ticked (then per queue).
 */
class JobAuthInfoPromptTest {

	private static final long TIMEOUT = 10_000;
	private static final CupsServer SERVER = new CupsServer(false, "127.0.0.1", 631); //$NON-NLS-1$

	private Display display;
	private InMemoryCredentialsStore store;
	private DialogCredentialsPrompt prompt;
	private ExecutorService workers;

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		store = new InMemoryCredentialsStore();
		store.save(SERVER, new Credentials("cupsadmin", "login-pw".toCharArray())); //$NON-NLS-1$ //$NON-NLS-2$
		prompt = new DialogCredentialsPrompt(() -> display, () -> null, store);
		workers = Executors.newCachedThreadPool();
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		prompt.shutdown();
		for (Shell shell : display.getShells()) {
			shell.dispose();
		}
		workers.shutdownNow();
		assertTrue(workers.awaitTermination(10, TimeUnit.SECONDS));
		store.clear();
	}

	private static CredentialsRequest request(List<Field> fields) {
		return new CredentialsRequest(SERVER, "printing job 7 on smbshare", 1, Reason.REQUIRED, "alice", //$NON-NLS-1$ //$NON-NLS-2$
				new CancelToken(), new JobAuth(7, "report.pdf", "smbshare", fields)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Shell awaitDialog() {
		UiWait.until(display, TIMEOUT, () -> DialogDriver.dialog(display) != null);
		return DialogDriver.dialog(display);
	}

	private <T> T await(Future<T> future) throws Exception {
		UiWait.until(display, TIMEOUT, future::isDone);
		return future.get();
	}

	private static Text field(Shell shell, String id) {
		List<Text> found = Widgets.all(shell, Text.class).stream()
				.filter(t -> id.equals(t.getData(CredentialsDialog.WIDGET_ID))).toList();
		return found.isEmpty() ? null : found.get(0);
	}

	@Test
	void asksDomainUserAndPasswordWithoutOfferingTheLoginAndStoresNothing() throws Exception {
		Future<Credentials> answer = workers
				.submit(() -> prompt.getCredentials(request(List.of(Field.DOMAIN, Field.USERNAME, Field.PASSWORD))));
		Shell shell = awaitDialog();
		assertTrue(Widgets.shows(shell, "smbshare"), () -> Widgets.texts(shell).toString()); //$NON-NLS-1$
		assertTrue(Widgets.texts(shell).stream().anyMatch(t -> t.contains("Job 7 (report.pdf)")), //$NON-NLS-1$
				() -> Widgets.texts(shell).toString());
		Text domain = field(shell, CredentialsDialog.DOMAIN);
		assertNotNull(domain, "the queue asks a domain"); //$NON-NLS-1$
		assertEquals("alice", DialogDriver.user(shell).getText(), "the job's owner, not the server login"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(DialogDriver.remember(shell).getSelection());
		domain.setText("OFFICE"); //$NON-NLS-1$
		DialogDriver.fill(shell, "alice", "share-pw"); //$NON-NLS-1$ //$NON-NLS-2$
		Screenshots.save(shell, "auth-dialog-job.png"); //$NON-NLS-1$
		DialogDriver.enter(shell);
		try (Credentials got = await(answer)) {
			assertNotNull(got);
			assertEquals("OFFICE", got.domain()); //$NON-NLS-1$
			assertEquals("alice", got.user()); //$NON-NLS-1$
			assertArrayEquals("share-pw".toCharArray(), got.password()); //$NON-NLS-1$
		}
		assertFalse(store.contains(SERVER, request(List.of(Field.PASSWORD)).jobAuth().realm()),
				"stored without Remember"); //$NON-NLS-1$
		try (Credentials login = store.load(SERVER)) {
			assertEquals("cupsadmin", login.user(), "the server login is untouched"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void passwordOnlyAndRememberKeepsItForThatQueue() throws Exception {
		Future<Credentials> answer = workers.submit(() -> prompt.getCredentials(request(List.of(Field.PASSWORD))));
		Shell shell = awaitDialog();
		assertNull(field(shell, CredentialsDialog.USER), "no user name asked"); //$NON-NLS-1$
		assertNull(field(shell, CredentialsDialog.DOMAIN), "no domain asked"); //$NON-NLS-1$
		DialogDriver.password(shell).setText("only-pw"); //$NON-NLS-1$
		Button remember = DialogDriver.remember(shell);
		remember.setSelection(true);
		DialogDriver.enter(shell);
		try (Credentials got = await(answer)) {
			assertArrayEquals("only-pw".toCharArray(), got.password()); //$NON-NLS-1$
		}
		String realm = request(List.of(Field.PASSWORD)).jobAuth().realm();
		assertTrue(store.contains(SERVER, realm));
		// the next time, the remembered values are used without a dialog
		try (Credentials again = await(workers.submit(() -> prompt.getCredentials(request(List.of(Field.PASSWORD)))))) {
			assertArrayEquals("only-pw".toCharArray(), again.password()); //$NON-NLS-1$
		}
		try (Credentials login = store.load(SERVER)) {
			assertArrayEquals("login-pw".toCharArray(), login.password(), "the server login is untouched"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
