package org.cupola.auth.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Shows a server certificate the system does not trust: server, subject, issuer, validity (flagged when expired or
 * not yet valid), SHA-256 fingerprint, why it is not trusted; for a changed certificate a warning with both
 * fingerprints. Buttons: trust permanently (or "replace" for a changed one), trust for this session, cancel (the
 * default). {@code onClose} is told once when the shell is gone. Opened non-blocking by {@link DialogTrustPrompt}.
 */
final class TrustDialog extends TitleAreaDialog implements UiQuestions.QuestionDialog {

	/** Button id of "trust permanently" / "replace". */
	static final int PERMANENT_ID = IDialogConstants.CLIENT_ID + 1;
	/** Button id of "trust for this session". */
	static final int SESSION_ID = IDialogConstants.CLIENT_ID + 2;
	private static final int MAX_WIDTH_CHARS = 90;

	private final TrustRequest request;
	private final Consumer<TrustDialog> onClose;
	private TrustPrompt.Decision decision = TrustPrompt.Decision.CANCEL;
	private boolean closeReported;

	TrustDialog(Shell parent, TrustRequest request, Consumer<TrustDialog> onClose) {
		super(parent);
		this.request = request;
		this.onClose = onClose;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TrustMessages.TrustDialog_shellTitle);
		shell.addListener(SWT.Dispose, e -> {
			if (!closeReported) {
				closeReported = true;
				onClose.accept(this);
			}
		});
	}

	@Override
	protected Point getInitialSize() {
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

	private boolean changed() {
		return request.problems().contains(TrustRequest.Problem.CHANGED);
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		String where = request.server().hostAndPort();
		if (changed()) {
			setTitle(NLS.bind(TrustMessages.TrustDialog_changedTitle, where));
			setErrorMessage(TrustMessages.TrustDialog_changedMessage);
		} else {
			setTitle(NLS.bind(TrustMessages.TrustDialog_title, where));
			setMessage(TrustMessages.TrustDialog_message);
		}
		getButton(IDialogConstants.CANCEL_ID).setFocus();
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
		CertificateInfo c = request.certificate();
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.withZone(ZoneId.systemDefault());
		row(fields, TrustMessages.TrustDialog_server, request.server().hostAndPort());
		row(fields, TrustMessages.TrustDialog_subject, c.subject());
		row(fields, TrustMessages.TrustDialog_issuer, c.issuer());
		row(fields, TrustMessages.TrustDialog_validity,
				NLS.bind(TrustMessages.TrustDialog_validityValue, format.format(c.notBefore()), format.format(c.notAfter())));
		for (TrustRequest.Problem p : request.problems()) {
			if (p == TrustRequest.Problem.EXPIRED || p == TrustRequest.Problem.NOT_YET_VALID) {
				Label flag = new Label(fields, SWT.WRAP);
				flag.setText(NLS.bind(TrustMessages.TrustDialog_outOfValidity, TrustRequest.describe(p)));
				flag.setForeground(fields.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				GridDataFactory.fillDefaults().span(2, 1).applyTo(flag);
			}
		}
		row(fields, TrustMessages.TrustDialog_fingerprint, c.sha256());
		if (request.pinnedSha256() != null) {
			row(fields, TrustMessages.TrustDialog_pinnedFingerprint, request.pinnedSha256());
		}
		row(fields, TrustMessages.TrustDialog_why, request.problems().stream().sorted().map(TrustRequest::describe)
				.collect(Collectors.joining(", "))); //$NON-NLS-1$
		return area;
	}

	/** A label and a read-only, selectable value (so a fingerprint can be copied). */
	private static void row(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.READ_ONLY | SWT.WRAP);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, PERMANENT_ID,
				changed() ? TrustMessages.TrustDialog_replace : TrustMessages.TrustDialog_trustPermanently, false);
		if (!changed()) {
			createButton(parent, SESSION_ID, TrustMessages.TrustDialog_trustSession, false);
		}
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == PERMANENT_ID) {
			decision = TrustPrompt.Decision.TRUST_PERMANENTLY;
			setReturnCode(OK);
			close();
		} else if (buttonId == SESSION_ID) {
			decision = TrustPrompt.Decision.TRUST_FOR_SESSION;
			setReturnCode(OK);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Closes the dialog as cancelled if it is still open. UI thread only. */
	@Override
	public void abort() {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			decision = TrustPrompt.Decision.CANCEL;
			setReturnCode(CANCEL);
			close();
		}
	}

	/** {@return what the user chose; CANCEL unless a trust button was pressed} */
	TrustPrompt.Decision decision() {
		return decision;
	}
}
