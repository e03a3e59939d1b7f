package org.cupola.troubleshoot.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.FixResult;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Report;
import org.cupola.troubleshoot.Severity;
import org.cupola.troubleshoot.Troubleshooter;
import org.cupola.ui.UiAsync;
import org.cupola.ui.QueueHistoryDialog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

/**
 * The troubleshooter's one page. It shows where the engine stopped: a question (radio buttons or a text field), a
 * dead end (the finding, its fix as a button, and "continue anyway"), or the report (findings, text, Copy, Save
 * As). All engine calls that do I/O run as {@link CupsJob}s; the page never waits for them. Progress and the
 * running step show at the bottom of the page.
 */
public final class StepPage extends WizardPage {

	private final Troubleshooter troubleshooter;
	private final CupsServer server;
	private Composite content;
	private Label progressLabel;
	private ProgressBar progressBar;
	private final List<Button> choiceButtons = new ArrayList<>();
	private Text answerText;
	private Button skipDeadEnd;
	private Button anotherUser;
	private Text reportText;
	private CupsJob<?> running;
	private boolean started;

	/** A page for the engine. */
	public StepPage(Troubleshooter troubleshooter, CupsServer server) {
		super("step"); //$NON-NLS-1$
		this.troubleshooter = troubleshooter;
		this.server = server;
		setTitle(Messages.Wizard_title);
		setDescription(NLS.bind(Messages.Page_welcome, server));
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(root);
		content = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
		GridLayoutFactory.fillDefaults().applyTo(content);
		Label welcome = new Label(content, SWT.WRAP);
		welcome.setText(NLS.bind(Messages.Page_welcomeText, server));
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(welcome);
		if (troubleshooter.context().sharesLogin()) {
			// one login per server: by default the run uses the window's; the user may log in as someone else
			anotherUser = new Button(content, SWT.CHECK);
			anotherUser.setText(NLS.bind(Messages.Page_anotherUser, server));
			GridDataFactory.fillDefaults().indent(0, 10).applyTo(anotherUser);
		}
		progressLabel = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progressLabel);
		progressBar = new ProgressBar(root, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progressBar);
		progressBar.setVisible(false);
		setControl(root);
	}

	/** The "log in as another user" check box of the first page, or null when the run shares no login (tests). */
	public Button anotherUserButton() {
		return anotherUser;
	}

	/** Whether a step runs now. */
	public boolean isRunning() {
		return running != null;
	}

	/** Whether the report is shown. */
	public boolean isFinished() {
		return started && troubleshooter.status() == Troubleshooter.Status.FINISHED;
	}

	/** Whether Back may be pressed. */
	public boolean canGoBack() {
		return !isRunning() && started && troubleshooter.canGoBack();
	}

	/** Whether Next may be pressed. */
	public boolean canGoForward() {
		return !isRunning() && !isFinished();
	}

	@Override
	public boolean canFlipToNextPage() {
		return canGoForward();
	}

	/** Next: records the answer on the page, then runs the following steps in a job. */
	public void forward() {
		if (!canGoForward()) {
			return;
		}
		if (started && troubleshooter.status() == Troubleshooter.Status.QUESTION) {
			String answer = currentAnswer();
			try {
				troubleshooter.answer(answer);
			} catch (IllegalArgumentException e) {
				setErrorMessage(Messages.Page_answerNeeded);
				return;
			}
		} else if (started && troubleshooter.status() == Troubleshooter.Status.DEAD_END) {
			if (skipDeadEnd == null || !skipDeadEnd.getSelection()) {
				setErrorMessage(Messages.Page_deadEndChoose);
				return;
			}
			troubleshooter.skipDeadEnd();
		}
		setErrorMessage(null);
		if (!started && anotherUser != null && !anotherUser.isDisposed() && anotherUser.getSelection()) {
			troubleshooter.context().stopSharingLogin();
		}
		setMessage(null); // what a fix on this page said belongs to this page only
		started = true;
		run(NLS.bind(Messages.Job_next, server), monitor -> troubleshooter.next(new PageMonitor(monitor)));
	}

	/** Back: the engine restores its earlier answers (no I/O), the page shows that stop again. */
	public void back() {
		if (canGoBack() && troubleshooter.back()) {
			setErrorMessage(null);
			setMessage(null);
			render();
		}
	}

	/** Cancel while a step runs: the job's cancel aborts its request on the wire. */
	public void cancelRunning() {
		CupsJob<?> job = running;
		if (job != null) {
			job.cancel();
			progressLabel.setText(Messages.Page_cancelling);
		}
	}

	private <T> void run(String name, org.cupola.ipp.jobs.CupsOperation<T> operation) {
		CupsJob<T> job = new CupsJob<>(name, server, operation);
		job.setUser(false);
		job.setSystem(true);
		running = job;
		progressBar.setVisible(true);
		progressLabel.setText(name);
		updateButtons();
		UiAsync.whenDone(job.result(), getControl(), (value, error) -> {
			running = null;
			progressBar.setVisible(false);
			progressLabel.setText(""); //$NON-NLS-1$
			if (error instanceof CancellationException) {
				setMessage(Messages.Page_cancelled, IMessageProvider.WARNING);
			} else if (error != null) {
				setErrorMessage(NLS.bind(Messages.Page_failed, error.getMessage()));
			} else if (value instanceof FixResult fix) {
				setMessage(fix.message(), fix.isFixed() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
			}
			render();
		});
		job.schedule();
	}

	private void updateButtons() {
		IWizardContainer container = getContainer();
		if (container != null && container.getCurrentPage() != null) {
			container.updateButtons();
		}
	}

	private String currentAnswer() {
		for (Button b : choiceButtons) {
			if (!b.isDisposed() && b.getSelection()) {
				return (String) b.getData();
			}
		}
		return answerText != null && !answerText.isDisposed() ? answerText.getText() : null;
	}

	/** Shows where the engine stopped. */
	void render() {
		for (Control c : content.getChildren()) {
			c.dispose();
		}
		choiceButtons.clear();
		answerText = null;
		skipDeadEnd = null;
		reportText = null;
		Troubleshooter.Status status = troubleshooter.status();
		if (status == null) {
			// cancelled before the first stop: the welcome text again
			started = false;
			wrap(NLS.bind(Messages.Page_welcomeText, server));
			content.layout(true, true);
			updateButtons();
			return;
		}
		switch (status) {
		case QUESTION -> renderQuestion(troubleshooter.currentQuestion());
		case DEAD_END -> renderDeadEnd(troubleshooter.deadEnd());
		case FINISHED -> renderReport(troubleshooter.report());
		}
		content.layout(true, true);
		updateButtons();
	}

	private void renderQuestion(Question q) {
		setTitle(q.title());
		setDescription(Messages.Page_questionDescription); // the question itself is the page's body, shown once
		Label text = wrap(q.text());
		text.setFont(content.getFont());
		if (q.kind() == Question.Kind.CHOICE) {
			for (Question.Choice choice : q.choices()) {
				Button b = new Button(content, SWT.RADIO);
				b.setText(choice.label());
				b.setData(choice.value());
				returnPressesNext(b);
				choiceButtons.add(b);
			}
			if (!choiceButtons.isEmpty()) {
				choiceButtons.get(0).setSelection(true);
				choiceButtons.get(0).setFocus();
			}
		} else {
			answerText = new Text(content, SWT.BORDER | SWT.SINGLE);
			if (q.defaultValue() != null) {
				answerText.setText(q.defaultValue());
			}
			GridDataFactory.fillDefaults().grab(true, false).applyTo(answerText);
			returnPressesNext(answerText);
			answerText.setFocus();
		}
	}

	private void renderDeadEnd(Finding f) {
		setTitle(f.title());
		setDescription(Messages.Page_deadEndDescription);
		wrap(f.explanation());
		if (f.suggestedFix() != null && !f.suggestedFix().isBlank()) {
			wrap(NLS.bind(Messages.Page_suggestedFix, f.suggestedFix()));
		}
		if (f.hasFix() && !troubleshooter.isFixed(f)) {
			Button fix = new Button(content, SWT.PUSH);
			fix.setText(f.fix().label());
			fix.addListener(SWT.Selection, e -> run(NLS.bind(Messages.Job_fix, f.fix().label()),
					monitor -> troubleshooter.applyFix(f, monitor)));
		}
		skipDeadEnd = new Button(content, SWT.CHECK);
		skipDeadEnd.setText(troubleshooter.isFixed(f) ? Messages.Page_continueFixed : Messages.Page_continueAnyway);
		skipDeadEnd.setSelection(troubleshooter.isFixed(f));
		returnPressesNext(skipDeadEnd);
		if ("QueueNotEnabled".equals(f.id()) && troubleshooter.answers().get(Keys.PRINTER) != null) { //$NON-NLS-1$
			// issue 12: the queue's history says why it stopped (last in the tab order: Return keeps pressing Next)
			String queue = troubleshooter.answers().get(Keys.PRINTER).name();
			Button history = new Button(content, SWT.PUSH);
			history.setText(Messages.Page_queueHistory);
			history.addListener(SWT.Selection, e -> QueueHistoryDialog.open(getShell(), server.hostAndPort(), queue));
		}
	}

	/**
	 * Return in an answer control presses Next, also when GTK has no default button for the shell at that moment
	 * (a focused push button that becomes the default and then is disposed, such as the fix button, leaves none).
	 */
	private void returnPressesNext(Control control) {
		control.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN && canGoForward()) {
				e.doit = false;
				e.detail = SWT.TRAVERSE_NONE;
				forward();
			}
		});
	}

	private void renderReport(Report report) {
		setTitle(Messages.Page_reportTitle);
		setDescription(report.hasProblems() ? Messages.Page_reportProblems : Messages.Page_reportNoProblem);
		for (Finding f : report.findings()) {
			String title = troubleshooter.isFixed(f) ? NLS.bind(Messages.Page_fixed, f.title()) : f.title();
			Label l = wrap(NLS.bind(Messages.Page_findingLine, severity(f.severity()), title));
			l.setData(f);
		}
		reportText = new Text(content, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		reportText.setText(report.toText());
		GridDataFactory.fillDefaults().grab(true, true).hint(500, 200).applyTo(reportText);
		Composite buttons = new Composite(content, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		Button copy = new Button(buttons, SWT.PUSH);
		copy.setText(Messages.Page_copy);
		copy.addListener(SWT.Selection, e -> {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { reportText.getText() },
						new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		});
		Button save = new Button(buttons, SWT.PUSH);
		save.setText(Messages.Page_saveAs);
		save.addListener(SWT.Selection, e -> saveAs(report));
		// the text shows the error-log lines that matter; the complete log on demand (always in the JSON report)
		Button completeLog = new Button(buttons, SWT.CHECK);
		completeLog.setText(Messages.Page_completeLog);
		completeLog.addListener(SWT.Selection, e -> reportText.setText(report.toText(completeLog.getSelection())));
	}

	private void saveAs(Report report) {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFileName("troubleshoot.txt"); //$NON-NLS-1$
		dialog.setFilterExtensions(new String[] { "*.txt", "*.json" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try {
				String text = file.endsWith(".json") ? report.toJson() : report.toText(); //$NON-NLS-1$
				Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
				setMessage(NLS.bind(Messages.Page_saved, file), IMessageProvider.INFORMATION);
			} catch (IOException ex) {
				setErrorMessage(NLS.bind(Messages.Page_saveFailed, file, ex.getMessage()));
			}
		}
	}

	private static String severity(Severity s) {
		return switch (s) {
		case ERROR -> Messages.Severity_error;
		case WARNING -> Messages.Severity_warning;
		case INFO -> Messages.Severity_info;
		};
	}

	private Label wrap(String text) {
		Label l = new Label(content, SWT.WRAP);
		l.setText(text == null ? "" : text); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(l);
		return l;
	}

	/** The report text shown, or null before the end. */
	public String reportText() {
		return reportText == null || reportText.isDisposed() ? null : reportText.getText();
	}

	/** Shows the running step's name under the page, throttled by SWT's asyncExec queue. */
	private final class PageMonitor extends ProgressMonitorWrapper {
		PageMonitor(IProgressMonitor monitor) {
			super(monitor);
		}

		@Override
		public void setTaskName(String name) {
			super.setTaskName(name);
			show(name);
		}

		@Override
		public void subTask(String name) {
			super.subTask(name);
			show(name);
		}

		private void show(String text) {
			Control control = getControl();
			if (text == null || control == null || control.isDisposed()) {
				return;
			}
			control.getDisplay().asyncExec(() -> {
				if (!progressLabel.isDisposed() && running != null) {
					progressLabel.setText(text);
				}
			});
		}
	}
}
