package org.cupola.ui.internal.server;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.Encryption;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Shows how a server is connected (TLS version, local socket, not encrypted) and its certificate, and edits the
 * server's encryption setting and whether clear-text passwords are allowed for it (with a warning).
 */
public final class ServerConnectionDialog extends TitleAreaDialog {

	private final String name;
	private final ConnectionSecurity security;
	private Encryption encryption;
	private boolean clearText;
	private Combo encryptionCombo;
	private Button clearTextButton;
	private Label warning;

	/**
	 * @param parent
	 *            the parent shell
	 * @param name
	 *            the server, host:port
	 * @param security
	 *            how it is connected now
	 * @param encryption
	 *            its encryption setting
	 * @param clearText
	 *            whether clear-text passwords are allowed
	 */
	public ServerConnectionDialog(Shell parent, String name, ConnectionSecurity security, Encryption encryption,
			boolean clearText) {
		super(parent);
		this.name = name;
		this.security = security;
		this.encryption = encryption;
		this.clearText = clearText;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(SecurityMessages.Dialog_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		setTitle(NLS.bind(SecurityMessages.Dialog_title, name));
		setMessage(SecurityMessages.Dialog_message);
		return contents;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		String kind = SecurityMessages.rowSuffix(new ConnectionSecurity(security.kind(), security.tlsProtocol(), null,
				false)).replaceFirst("^\\s*\u2014\\s*", ""); //$NON-NLS-1$ //$NON-NLS-2$
		row(fields, SecurityMessages.Dialog_connection, kind.isEmpty() ? SecurityMessages.Dialog_notConnected : kind);
		CertificateInfo c = security.certificate();
		if (c == null) {
			row(fields, "", SecurityMessages.Dialog_noCertificate); //$NON-NLS-1$
		} else {
			DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.withZone(ZoneId.systemDefault());
			row(fields, SecurityMessages.Dialog_subject, c.subject());
			row(fields, SecurityMessages.Dialog_issuer, c.issuer());
			row(fields, SecurityMessages.Dialog_validity, format.format(c.notBefore()) + " \u2013 " //$NON-NLS-1$
					+ format.format(c.notAfter()));
			row(fields, SecurityMessages.Dialog_fingerprint, c.sha256());
		}
		new Label(fields, SWT.NONE).setText(SecurityMessages.Dialog_encryption);
		encryptionCombo = new Combo(fields, SWT.READ_ONLY);
		encryptionCombo.setItems("IfRequested", "Required", "Never"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		encryptionCombo.select(encryption.ordinal());
		clearTextButton = new Button(fields, SWT.CHECK);
		clearTextButton.setText(SecurityMessages.Dialog_clearText);
		clearTextButton.setSelection(clearText);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(clearTextButton);
		warning = new Label(fields, SWT.WRAP);
		warning.setText(SecurityMessages.Dialog_clearTextWarning);
		warning.setForeground(fields.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(warning);
		warning.setVisible(clearText);
		clearTextButton.addListener(SWT.Selection, e -> warning.setVisible(clearTextButton.getSelection()));
		return area;
	}

	private static void row(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.READ_ONLY | SWT.WRAP);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
	}

	@Override
	protected void okPressed() {
		encryption = Encryption.values()[Math.max(0, encryptionCombo.getSelectionIndex())];
		clearText = clearTextButton.getSelection();
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** {@return the chosen encryption} */
	public Encryption encryption() {
		return encryption;
	}

	/** {@return whether clear-text passwords are allowed} */
	public boolean clearTextAllowed() {
		return clearText;
	}
}
