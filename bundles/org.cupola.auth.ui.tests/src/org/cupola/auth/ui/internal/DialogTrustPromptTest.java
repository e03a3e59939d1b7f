package org.cupola.auth.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.TrustPrompt.Decision;
import org.cupola.ipp.TrustRequest;
import org.cupola.ipp.TrustRequest.Problem;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The certificate trust prompt on a plain SWT display: workers ask, the dialogs come one at a time, the user's
 * buttons decide, cancelling the operation closes the dialog.
 */
class DialogTrustPromptTest {

	private static final long TIMEOUT = 10_000;
	private static final String FP1 = "AA:" + "11:".repeat(30) + "BB"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String FP2 = "CC:" + "22:".repeat(30) + "DD"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private Display display;
	private DialogTrustPrompt prompt;
	private ExecutorService workers;

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		prompt = new DialogTrustPrompt(() -> display, () -> null);
		workers = Executors.newCachedThreadPool();
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		prompt.shutdown();
		UiWait.until(display, TIMEOUT, () -> dialogs().isEmpty());
		workers.shutdownNow();
		assertTrue(workers.awaitTermination(10, TimeUnit.SECONDS));
	}

	private List<Shell> dialogs() {
		List<Shell> result = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && TrustMessages.TrustDialog_shellTitle.equals(shell.getText())) {
				result.add(shell);
			}
		}
		return result;
	}

	private Shell awaitDialog() {
		UiWait.until(display, TIMEOUT, () -> dialogs().size() == 1);
		return dialogs().get(0);
	}

	private static TrustRequest request(Set<Problem> problems, String pinned, CancelToken token, Instant notAfter) {
		CertificateInfo info = new CertificateInfo("CN=198.18.7.2,O=198.18.7.2", "CN=198.18.7.2,O=198.18.7.2", //$NON-NLS-1$ //$NON-NLS-2$
				Instant.parse("2026-01-01T00:00:00Z"), notAfter, FP2, List.of("198.18.7.2")); //$NON-NLS-1$ //$NON-NLS-2$
		return new TrustRequest(new CupsServer(true, "198.18.7.2", 631), info, problems, pinned, "pausing null", //$NON-NLS-1$ //$NON-NLS-2$
				token);
	}

	private static String texts(Shell shell) {
		StringBuilder all = new StringBuilder();
		for (Text t : Widgets.all(shell, Text.class)) {
			all.append(t.getText()).append('\n');
		}
		for (Label l : Widgets.all(shell, Label.class)) {
			all.append(l.getText()).append('\n');
		}
		return all.toString();
	}

	private static List<String> buttons(Shell shell) {
		List<String> labels = new ArrayList<>();
		for (Button b : Widgets.all(shell, Button.class)) {
			if ((b.getStyle() & SWT.PUSH) != 0) {
				labels.add(b.getText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return labels;
	}

	private <T> T await(Future<T> future) throws Exception {
		UiWait.until(display, TIMEOUT, future::isDone);
		return future.get();
	}

	@Test
	void aSelfSignedCertificateShowsItsDetailsAndTheButtonsDecide() throws Exception {
		Future<Decision> first = workers.submit(() -> prompt.decide(request(EnumSet.of(Problem.SELF_SIGNED,
				Problem.EXPIRED), null, new CancelToken(), Instant.parse("2026-02-01T00:00:00Z")))); //$NON-NLS-1$
		Shell shell = awaitDialog(); // the first question is on screen before the second is asked
		Future<Decision> second = workers.submit(() -> prompt.decide(
				request(EnumSet.of(Problem.SELF_SIGNED), null, new CancelToken(), Instant.parse("2036-01-01T00:00:00Z")))); //$NON-NLS-1$
		String text = texts(shell);
		assertTrue(text.contains(FP2) && text.contains("CN=198.18.7.2") && text.contains("198.18.7.2:631"), text); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(text.contains("self-signed"), text); //$NON-NLS-1$
		assertTrue(text.contains("this server's certificate"), "no doubled quote of NLS.bind in a plain message: " + text); //$NON-NLS-1$
		assertTrue(text.contains("The certificate is expired."), "expired is flagged: " + text); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("Trust Permanently", "Trust for This Session", "Cancel"), buttons(shell)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Screenshots.save(shell, "trust-dialog-self-signed"); //$NON-NLS-1$
		Widgets.press(shell, "Trust for This Session"::equals); //$NON-NLS-1$
		assertEquals(Decision.TRUST_FOR_SESSION, await(first));
		Shell next = awaitDialog(); // one at a time: the second question only now
		Widgets.press(next, "Trust Permanently"::equals); //$NON-NLS-1$
		assertEquals(Decision.TRUST_PERMANENTLY, await(second));
	}

	@Test
	void aChangedCertificateWarnsWithBothFingerprintsAndOnlyReplaceAccepts() throws Exception {
		Future<Decision> answer = workers.submit(() -> prompt.decide(request(EnumSet.of(Problem.SELF_SIGNED,
				Problem.CHANGED), FP1, new CancelToken(), Instant.parse("2036-01-01T00:00:00Z")))); //$NON-NLS-1$
		Shell shell = awaitDialog();
		String text = texts(shell);
		assertTrue(text.contains(FP1) && text.contains(FP2), text);
		assertEquals(List.of("Replace Trusted Certificate", "Cancel"), buttons(shell)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Cancel", shell.getDefaultButton().getText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Screenshots.save(shell, "trust-dialog-changed"); //$NON-NLS-1$
		Widgets.press(shell, "Cancel"::equals); //$NON-NLS-1$
		assertEquals(Decision.CANCEL, await(answer));
	}

	@Test
	void cancellingTheOperationClosesTheDialogWithCancel() throws Exception {
		CancelToken token = new CancelToken();
		Future<Decision> answer = workers.submit(() -> prompt
				.decide(request(EnumSet.of(Problem.SELF_SIGNED), null, token, Instant.now().plus(1, ChronoUnit.DAYS))));
		awaitDialog();
		token.cancel();
		assertEquals(Decision.CANCEL, await(answer));
		UiWait.until(display, TIMEOUT, () -> dialogs().isEmpty());
		assertFalse(dialogs().size() > 0);
	}
}
