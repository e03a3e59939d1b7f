package org.cupola.troubleshoot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.troubleshoot.ui.TroubleshootDialog;
import org.cupola.troubleshoot.ui.TroubleshootWizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The troubleshooter wizard walked through like a person would, against a real private cupsd, while the event loop
 * keeps running: the disabled queue is found, fixed with credentials from the prompt, and the report is shown.
 */
class TroubleshootWizardTest {

	@Test
	void walksFromWelcomeToReportFixingADisabledQueue() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getDefault();
		AtomicInteger prompts = new AtomicInteger();
		CredentialsPrompt prompt = request -> {
			prompts.incrementAndGet();
			return sandbox.adminCredentials();
		};
		Troubleshooter troubleshooter = new Troubleshooter(sandbox.server(), ConnectionOptions.DEFAULTS, prompt);
		troubleshooter.preset(Keys.QUEUE, "paused");
		TroubleshootWizard wizard = new TroubleshootWizard(troubleshooter, sandbox.server());
		TroubleshootDialog dialog = new TroubleshootDialog(null, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		List<String> seen = new ArrayList<>();
		boolean fixedQueue = false;
		try {
			Screenshots.save(shell, "troubleshoot-1-welcome.png");
			TroubleshootWizard page = wizard;
			for (int stop = 0; stop < 30 && !wizard.isFinished(); stop++) {
				press(dialog.nextButton());
				// the step runs as a job: the dialog stays responsive, Cancel stays enabled
				UiWait.until(display, 60_000, () -> !wizard.isRunning());
				switch (troubleshooter.status()) {
				case QUESTION -> {
					Question q = troubleshooter.currentQuestion();
					seen.add("Q:" + q.stepId());
					Screenshots.save(shell, "troubleshoot-2-question.png");
					// decline optional work (test page on a stopped queue, debug logging) to keep the walk short
					selectChoice(shell, q.choices().stream().anyMatch(c -> c.value().equals(Question.NO))
							? Question.NO : null);
				}
				case DEAD_END -> {
					Finding f = troubleshooter.deadEnd();
					seen.add("D:" + f.id());
					Screenshots.save(shell, "troubleshoot-3-dead-end.png");
					if ("QueueNotEnabled".equals(f.id())) {
						assertTrue(f.explanation().contains("Paused for maintenance by the test suite"),
								f.explanation());
						Button fix = findButton(shell, f.fix().label());
						assertNotNull(fix, "the fix is offered as a button");
						assertNotNull(findButton(shell, org.cupola.troubleshoot.ui.internal.Messages.Page_queueHistory),
								"the queue's history is offered (issue 12)");
						press(fix);
						UiWait.until(display, 60_000, () -> !wizard.isRunning());
						assertTrue(troubleshooter.isFixed(f), "fixed");
						fixedQueue = true;
					} else {
						Button skip = findButton(shell, null);
						skip.setSelection(true);
					}
				}
				case FINISHED -> seen.add("F");
				}
			}
			assertTrue(wizard.isFinished(), "reached the report: " + seen);
			Screenshots.save(shell, "troubleshoot-4-report.png");
			assertTrue(seen.contains("D:QueueNotEnabled"), seen.toString());
			assertTrue(fixedQueue);
			assertTrue(prompts.get() >= 1, "the fix asked for credentials");
			String report = page.reportText();
			assertNotNull(report);
			assertFalse(report.contains(new String(sandbox.adminCredentials().password())), "no password in report");
			// the report shows the error-log lines that matter; the complete log is one tick away
			assertFalse(report.contains("[Client "), report);
			Button completeLog = findButton(shell, "Show the complete error log");
			assertNotNull(completeLog);
			completeLog.setSelection(true);
			press(completeLog);
			assertTrue(page.reportText().contains("[Client "), "the complete log has cupsd's request lines");
			assertTrue(page.reportText().length() > report.length());
			try (CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
				assertEquals(Printer.State.IDLE, c.getPrinterAttributes("paused", null, null).state(),
						"the fix really enabled the queue");
			}
			assertTrue(dialog.finishButton().isEnabled());
			press(dialog.finishButton());
			assertTrue(shell.isDisposed(), "Finish closes the wizard");
		} finally {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
			try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
				admin.setCredentials(sandbox.adminCredentials());
				admin.pausePrinter("paused", "Paused for maintenance by the test suite", null);
			}
		}
	}

	@Test
	void cancelStopsARunningStepAndKeepsTheWizardOpen() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getDefault();
		Troubleshooter troubleshooter = new Troubleshooter(sandbox.server(), ConnectionOptions.DEFAULTS, r -> null);
		TroubleshootWizard wizard = new TroubleshootWizard(troubleshooter, sandbox.server());
		TroubleshootDialog dialog = new TroubleshootDialog(null, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			press(dialog.nextButton());
			assertTrue(wizard.isRunning(), "Next started a job and returned at once");
			assertFalse(dialog.nextButton().isEnabled(), "Next is disabled while a step runs");
			press(dialog.cancelButton());
			UiWait.until(display, 10_000, () -> !wizard.isRunning());
			assertFalse(dialog.getShell().isDisposed(), "Cancel during a step keeps the wizard open");
			assertTrue(dialog.nextButton().isEnabled(), "Next again re-runs the step");
			press(dialog.cancelButton());
			assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Cancel when idle closes it");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.getShell().dispose();
			}
		}
	}

	@Test
	void theFirstPageOffersToLogInAsAnotherUserInsteadOfTheWindowsLogin() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getDefault();
		for (boolean another : new boolean[] { false, true }) {
			try (CupsConnection window = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS,
					request -> sandbox.adminCredentials())) {
				window.resumePrinter("ipp-everywhere", null); // the window's login
				AtomicInteger prompts = new AtomicInteger();
				Troubleshooter troubleshooter = new Troubleshooter(sandbox.server(), ConnectionOptions.DEFAULTS,
						request -> {
							prompts.incrementAndGet();
							return null;
						});
				troubleshooter.context().shareLoginWith(window);
				TroubleshootWizard wizard = new TroubleshootWizard(troubleshooter, sandbox.server());
				TroubleshootDialog dialog = new TroubleshootDialog(null, wizard);
				dialog.setBlockOnOpen(false);
				dialog.open();
				try {
					Button anotherUser = Widgets.all(dialog.getShell(), Button.class).stream()
							.filter(b -> b.getText().startsWith("Log in as &another user")).findFirst().orElse(null); //$NON-NLS-1$
					assertNotNull(anotherUser, "offered on the first page");
					assertTrue(anotherUser.isVisible() && !anotherUser.getSelection(), "the window's login by default");
					anotherUser.setSelection(another);
					press(dialog.nextButton());
					UiWait.until(display, 60_000, () -> !wizard.isRunning());
					assertEquals(!another, troubleshooter.context().sharesLogin());
					assertEquals(!another, troubleshooter.context().connection().hasCredentials());
					assertTrue(window.hasCredentials(), "the window keeps its login either way");
					if (!another) {
						assertEquals(0, prompts.get(), "the shared login served every step so far");
					}
				} finally {
					if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
						dialog.getShell().dispose();
					}
					troubleshooter.close();
				}
			}
		}
	}

	/**
	 * Keys as a person presses them (posted to the X server): Return presses Next on every page, also when a radio
	 * button of the Debugging question has the focus, and the message a fix left under the title ("...: done.")
	 * goes when the page changes.
	 */
	@Test
	void returnPressesNextOnEveryPageAndAFixMessageLeavesWithItsPage() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getDefault();
		Troubleshooter troubleshooter = new Troubleshooter(sandbox.server(), ConnectionOptions.DEFAULTS,
				request -> sandbox.adminCredentials());
		troubleshooter.preset(Keys.QUEUE, "paused");
		TroubleshootWizard wizard = new TroubleshootWizard(troubleshooter, sandbox.server());
		TroubleshootDialog dialog = new TroubleshootDialog(null, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		shell.forceActive();
		List<String> seen = new ArrayList<>();
		String fixMessage = null;
		try {
			UiWait.until(display, 10_000, () -> display.getActiveShell() == shell);
			for (int stop = 0; stop < 30 && !wizard.isFinished(); stop++) {
				String before = stopOf(troubleshooter);
				Control focus = display.getFocusControl();
				pressReturn(display);
				try {
					UiWait.until(display, 60_000, () -> !wizard.isRunning() && !stopOf(troubleshooter).equals(before));
				} catch (AssertionError e) {
					throw new AssertionError("Return did not press Next on " + before + " (focus on " + focus
							+ "), after " + seen, e);
				}
				String now = stopOf(troubleshooter);
				seen.add(now);
				if (fixMessage != null) {
					assertFalse(fixMessage.equals(dialog.getCurrentPage().getMessage()),
							"the fix's message stays on the next page " + now + ": " + dialog.getCurrentPage().getMessage());
					fixMessage = null;
				}
				switch (troubleshooter.status()) {
				case QUESTION -> {
					Button radio = null;
					for (Button b : buttons(shell)) {
						if ((b.getStyle() & SWT.RADIO) != 0 && !b.isDisposed()) {
							boolean no = Question.NO.equals(b.getData());
							b.setSelection(no);
							if (no || radio == null) {
								radio = b;
							}
						}
					}
					if (radio != null) {
						radio.setFocus(); // the user moved to the answer with the arrow keys
						UiWait.until(display, 5_000, () -> display.getFocusControl() instanceof Button b
								&& (b.getStyle() & SWT.RADIO) != 0);
					}
				}
				case DEAD_END -> {
					Finding f = troubleshooter.deadEnd();
					if ("QueueNotEnabled".equals(f.id())) {
						// the user tabs to the fix button and presses Space; the button goes when the fix is done
						Button fix = findButton(shell, f.fix().label());
						fix.setFocus();
						UiWait.until(display, 5_000, () -> display.getFocusControl() == fix);
						post(display, ' ', ' ');
						UiWait.until(display, 60_000, () -> troubleshooter.isFixed(f) && !wizard.isRunning());
						assertTrue(troubleshooter.isFixed(f), "fixed");
						fixMessage = dialog.getCurrentPage().getMessage();
						assertNotNull(fixMessage, "the fix says what it did");
					} else {
						findButton(shell, null).setSelection(true);
						findButton(shell, null).setFocus();
					}
				}
				case FINISHED -> {
				}
				}
			}
			assertTrue(wizard.isFinished(), "Return walked to the report: " + seen);
			assertTrue(seen.stream().anyMatch(x -> x.startsWith("QUESTION:")), "a question with radio buttons: " + seen);
			assertTrue(seen.contains("DEAD_END:QueueNotEnabled"), seen.toString());
		} finally {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
			try (CupsConnection admin = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
				admin.setCredentials(sandbox.adminCredentials());
				admin.pausePrinter("paused", "Paused for maintenance by the test suite", null);
			}
		}
	}

	private static String stopOf(Troubleshooter t) {
		if (t.status() == null) {
			return "WELCOME";
		}
		return switch (t.status()) {
		case QUESTION -> "QUESTION:" + t.currentQuestion().stepId() + ":" + t.currentQuestion().title();
		case DEAD_END -> "DEAD_END:" + t.deadEnd().id();
		case FINISHED -> "FINISHED";
		};
	}

	/** Return through the X server (XTEST), to the focused control, as a keyboard would send it. */
	private static void pressReturn(Display display) {
		post(display, SWT.CR, SWT.CR);
	}

	private static void post(Display display, int keyCode, char character) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = keyCode;
		down.character = character;
		assertTrue(display.post(down), "key posted");
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = keyCode;
		up.character = character;
		assertTrue(display.post(up), "key posted");
	}

	private static void press(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static void selectChoice(Shell shell, String value) {
		if (value == null) {
			return;
		}
		for (Button b : buttons(shell)) {
			if ((b.getStyle() & SWT.RADIO) != 0) {
				b.setSelection(value.equals(b.getData()));
			}
		}
	}

	/** The push button with that text, or (text null) the first check box. */
	private static Button findButton(Shell shell, String text) {
		for (Button b : buttons(shell)) {
			if (text == null ? (b.getStyle() & SWT.CHECK) != 0 : text.equals(b.getText())) {
				return b;
			}
		}
		return null;
	}

	private static List<Button> buttons(Composite parent) {
		List<Button> result = new ArrayList<>();
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b) {
				result.add(b);
			}
			if (c instanceof Composite comp) {
				result.addAll(buttons(comp));
			}
		}
		return result;
	}
}
