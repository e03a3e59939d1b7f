package org.cupola.auth.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CupsServer;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The user name / password dialog. It only shows the request and collects the answer: the values are read into
 * fields in {@link #okPressed()} (before the widgets are disposed), and {@code onClose} is told once when the shell is
 * gone, whichever way it went (OK, Cancel, Escape, window manager, {@link #abort()}, display disposal). Opened
 * non-blocking by {@link DialogCredentialsPrompt}; see there for the threading.
 */
final class CredentialsDialog extends TitleAreaDialog implements UiQuestions.QuestionDialog {

	/** Key of {@link org.eclipse.swt.widgets.Widget#setData(String, Object)} naming the input widgets. */
	static final String WIDGET_ID = "org.cupola.auth.ui.widgetId"; //$NON-NLS-1$
	/** {@link #WIDGET_ID} of the user name field. */
	static final String USER = "user"; //$NON-NLS-1$
	/** {@link #WIDGET_ID} of the password field. */
	static final String PASSWORD = "password"; //$NON-NLS-1$
	/** {@link #WIDGET_ID} of the "Remember password" check box. */
	static final String REMEMBER = "remember"; //$NON-NLS-1$
	/** {@link #WIDGET_ID} of the domain field (a job's auth-info only). */
	static final String DOMAIN = "domain"; //$NON-NLS-1$

	private static final int FIELD_WIDTH_CHARS = 36;
	private static final int MAX_WIDTH_CHARS = 72;

	private final CredentialsRequest request;
	private final String initialUser;
	private final Consumer<CredentialsDialog> onClose;

	private Text userText;
	private Text passwordText;
	private Text domainText;
	private Button rememberButton;

	// the answer, read in okPressed
	private boolean accepted;
	private String user;
	private String domain;
	private char[] password;
	private boolean remember;
	private boolean closeReported;

	/**
	 * @param parent
	 *            the parent shell, or null
	 * @param request
	 *            what to show
	 * @param initialUser
	 *            the user name to prefill
	 * @param onClose
	 *            told once, on the UI thread, when the dialog's shell is disposed
	 */
	CredentialsDialog(Shell parent, CredentialsRequest request, String initialUser,
			Consumer<CredentialsDialog> onClose) {
		super(parent);
		this.request = request;
		this.initialUser = initialUser == null ? "" : initialUser; //$NON-NLS-1$
		this.onClose = onClose;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.CredentialsDialog_shellTitle, request.operationName()));
		shell.addListener(SWT.Dispose, e -> reportClosed());
	}

	@Override
	protected Point getInitialSize() {
		// the message wraps: do not let a long operation name or host name make the dialog screen-wide
		Point size = super.getInitialSize();
		int max = convertWidthInCharsToPixels(MAX_WIDTH_CHARS);
		if (size.x > max) {
			size = getShell().computeSize(max, SWT.DEFAULT, true);
			size.x = max;
		}
		return size;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		CupsServer server = request.server();
		CredentialsRequest.JobAuth job = request.jobAuth();
		if (job == null) {
			setTitle(NLS.bind(Messages.CredentialsDialog_title, server.hostAndPort()));
			setMessage(NLS.bind(server.secure() || isLoopback(server.host()) ? Messages.CredentialsDialog_message
					: Messages.CredentialsDialog_messagePlain, server.hostAndPort(), request.operationName()));
		} else {
			setTitle(NLS.bind(Messages.CredentialsDialog_jobTitle, job.printer()));
			setMessage(NLS.bind(Messages.CredentialsDialog_jobMessage, new Object[] { Integer.toString(job.jobId()),
					job.jobName() == null ? "" : job.jobName(), job.printer(), server.hostAndPort() })); //$NON-NLS-1$
		}
		if (request.reason() == CredentialsRequest.Reason.WRONG_PASSWORD) {
			setErrorMessage(Messages.CredentialsDialog_wrongPassword);
		}
		updateOkButton();
		installKeys(getShell());
		Text first = firstField();
		if (userText != null && !userText.getText().isEmpty() && passwordText != null) {
			first = domainText != null && domainText.getText().isEmpty() ? domainText : passwordText;
		}
		if (first != null) {
			first.setFocus();
		}
		return contents;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2)
				.margins(convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN),
						convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN))
				.applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		// the login asks user and password; a job's auth-info exactly the fields its queue lists, in that order
		List<CredentialsRequest.Field> asked = request.jobAuth() == null
				? List.of(CredentialsRequest.Field.USERNAME, CredentialsRequest.Field.PASSWORD)
				: request.jobAuth().fields();
		for (CredentialsRequest.Field field : asked) {
			switch (field) {
			case DOMAIN -> domainText = field(fields, Messages.CredentialsDialog_domain, DOMAIN, SWT.NONE);
			case USERNAME -> {
				userText = field(fields, Messages.CredentialsDialog_user, USER, SWT.NONE);
				userText.setText(initialUser);
				userText.addModifyListener(e -> updateOkButton());
			}
			case PASSWORD -> passwordText = field(fields, Messages.CredentialsDialog_password, PASSWORD, SWT.PASSWORD);
			}
		}

		rememberButton = new Button(fields, SWT.CHECK);
		rememberButton.setData(WIDGET_ID, REMEMBER);
		rememberButton.setText(request.jobAuth() == null ? Messages.CredentialsDialog_remember
				: Messages.CredentialsDialog_rememberJob);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, convertVerticalDLUsToPixels(4)).applyTo(rememberButton);
		return area;
	}

	private Text field(Composite fields, String label, String id, int style) {
		new Label(fields, SWT.NONE).setText(label);
		Text text = new Text(fields, SWT.BORDER | SWT.SINGLE | style);
		text.setData(WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false)
				.hint(convertWidthInCharsToPixels(FIELD_WIDTH_CHARS), SWT.DEFAULT).applyTo(text);
		return text;
	}

	private Text firstField() {
		for (Text t : new Text[] { domainText, userText, passwordText }) {
			if (t != null) {
				return t;
			}
		}
		return null;
	}

	/**
	 * Enter in a field = OK (when enabled), Escape anywhere = Cancel. Explicit because SWT does not close a shell
	 * without parent on Escape ({@code Shell.traverseEscape()}), and the dialog has no parent when no workbench
	 * window is active.
	 */
	private void installKeys(Composite root) {
		for (Control control : root.getChildren()) {
			control.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_ESCAPE) {
					consume(e);
					cancelPressed();
				} else if (e.detail == SWT.TRAVERSE_RETURN && (e.widget == userText || e.widget == passwordText
						|| e.widget == domainText || e.widget == rememberButton)) {
					consume(e);
					Button ok = getButton(IDialogConstants.OK_ID);
					if (ok != null && ok.isEnabled()) {
						okPressed();
					}
				}
			});
			if (control instanceof Composite composite) {
				installKeys(composite);
			}
		}
	}

	/** Marks a key as handled: no traversal, and the widget does not see it either. */
	private static void consume(Event e) {
		e.detail = SWT.TRAVERSE_NONE;
		e.doit = true;
	}

	private void updateOkButton() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null && userText != null && !userText.isDisposed()) {
			ok.setEnabled(!userText.getText().isBlank());
		}
		// a job's auth-info without a user name field (e.g. password only): OK stays enabled
	}

	@Override
	protected void okPressed() {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		String name = userText == null ? "" : userText.getText().strip(); //$NON-NLS-1$
		if (name.isEmpty() && userText != null) {
			return; // OK is disabled then; Enter in a field must not get around that
		}
		user = name;
		domain = domainText == null ? null : domainText.getText().strip();
		password = passwordText == null ? new char[0] : passwordText.getTextChars();
		if (passwordText != null) {
			passwordText.setText(""); //$NON-NLS-1$
		}
		remember = rememberButton.getSelection();
		accepted = true;
		super.okPressed();
	}

	@Override
	public boolean close() {
		if (passwordText != null && !passwordText.isDisposed()) {
			passwordText.setText(""); //$NON-NLS-1$
		}
		return super.close();
	}

	/** Closes the dialog as cancelled, if it is still open (the request was cancelled). UI thread only. */
	@Override
	public void abort() {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			accepted = false;
			clearPassword();
			setReturnCode(CANCEL);
			close();
		}
	}

	private void reportClosed() {
		if (!closeReported) {
			closeReported = true;
			onClose.accept(this);
		}
	}

	/** {@return whether "Remember password" was ticked when OK was pressed} */
	boolean isRemember() {
		return accepted && remember;
	}

	/**
	 * Hands the answer over, once.
	 *
	 * @return the credentials entered (owned by the caller), or null if the dialog was not closed with OK
	 */
	Credentials takeCredentials() {
		if (!accepted || password == null) {
			return null;
		}
		try {
			return new Credentials(user, password, domain);
		} finally {
			clearPassword();
		}
	}

	/** Zeroes the password read from the field, if it was not taken. */
	void clearPassword() {
		if (password != null) {
			Arrays.fill(password, '\0');
			password = null;
		}
	}

	/** Whether a host name is this machine, where an unencrypted connection does not expose the password. */
	static boolean isLoopback(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		return h.equals("localhost") || h.endsWith(".localhost") //$NON-NLS-1$ //$NON-NLS-2$
				|| h.startsWith("127.") || h.equals("::1"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
