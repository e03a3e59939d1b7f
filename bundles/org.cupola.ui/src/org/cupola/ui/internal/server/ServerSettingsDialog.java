package org.cupola.ui.internal.server;

import java.util.Objects;

import org.cupola.ipp.server.CupsdConf;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The server-wide settings CUPS' web interface offers (share printers, remote administration, debug logging, job
 * history), as check boxes. The dialog does no I/O: the caller passes the settings parsed from the fetched
 * {@code cupsd.conf} ({@link CupsdConf#settings()}) and, after OK, reads {@link #getSettings()}.
 */
public final class ServerSettingsDialog extends TitleAreaDialog {

	private final String serverName;
	private final CupsdConf.Settings initial;
	private CupsdConf.Settings result;
	private Button share;
	private Button remoteAdmin;
	private Button debug;
	private Button history;

	/**
	 * @param parent
	 *            the parent shell
	 * @param serverName
	 *            how the server is shown in the title
	 * @param initial
	 *            the current settings
	 */
	public ServerSettingsDialog(Shell parent, String serverName, CupsdConf.Settings initial) {
		super(parent);
		this.serverName = Objects.requireNonNull(serverName);
		this.initial = Objects.requireNonNull(initial);
		this.result = initial;
	}

	/**
	 * The dialog on the settings a fetched {@code cupsd.conf} sets ({@link CupsdConf#settings()}: as in cupsd, the
	 * last occurrence of a directive wins).
	 *
	 * @param parent
	 *            the parent shell
	 * @param serverName
	 *            how the server is shown in the title
	 * @param cupsdConf
	 *            the file's bytes
	 * @return the dialog, not yet open
	 */
	public static ServerSettingsDialog forFile(Shell parent, String serverName, byte[] cupsdConf) {
		return new ServerSettingsDialog(parent, serverName, CupsdConf.parse(cupsdConf).settings());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ServerSettings_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.ServerSettings_title, serverName));
		setMessage(Messages.ServerSettings_message, IMessageProvider.INFORMATION);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().margins(10, 10).spacing(5, 2).applyTo(body);
		share = check(body, Messages.ServerSettings_share, Messages.ServerSettings_shareHint, initial.sharePrinters());
		remoteAdmin = check(body, Messages.ServerSettings_remoteAdmin, Messages.ServerSettings_remoteAdminHint,
				initial.remoteAdmin());
		debug = check(body, Messages.ServerSettings_debug, Messages.ServerSettings_debugHint, initial.debugLogging());
		history = check(body, Messages.ServerSettings_history, Messages.ServerSettings_historyHint,
				initial.preserveJobHistory());
		Label note = new Label(body, SWT.WRAP);
		note.setText(Messages.ServerSettings_restartNote);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).indent(0, 10).applyTo(note);
		return area;
	}

	private static Button check(Composite parent, String text, String hint, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(selected);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(button);
		Label label = new Label(parent, SWT.WRAP);
		label.setText(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).indent(20, 0).applyTo(label);
		return button;
	}

	@Override
	protected void okPressed() {
		result = new CupsdConf.Settings(share.getSelection(), remoteAdmin.getSelection(), debug.getSelection(),
				history.getSelection());
		super.okPressed();
	}

	/** {@return the settings after OK; the initial ones before or after Cancel} */
	public CupsdConf.Settings getSettings() {
		return result;
	}

	/** {@return whether OK was pressed with settings that differ from the initial ones} */
	public boolean isChanged() {
		return !result.equals(initial);
	}
}
