package org.cupola.ui.internal.server;

import java.util.Arrays;
import java.util.Objects;

import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.ServerSettings;
import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

/**
 * All of system-config-printer's server settings (publish shared printers, printing from the Internet, printers
 * shared by other systems, remote administration, users cancelling any job, debug logging, job history and job
 * files with their limits) on a <em>Settings</em> page, and on an <em>Advanced</em> page the edits to
 * {@code cupsd.conf} that saving would make, as a unified diff. The dialog does no I/O: the caller passes the fetched
 * file and, after OK, saves {@link #getEdited()} in a job.
 */
public final class ServerSettingsDialog extends TitleAreaDialog {

	private final String serverName;
	private final byte[] original;
	private final ServerSettings initial;
	private ServerSettings result;
	private TabFolder tabs;
	private Button share;
	private Button remoteAny;
	private Button showRemote;
	private Button remoteAdmin;
	private Button cancelAny;
	private Button debug;
	private Button history;
	private Text historyFor;
	private Button files;
	private Text filesFor;
	private Spinner maxJobs;
	private CupsdDiffViewer diff;

	/**
	 * @param parent
	 *            the parent shell
	 * @param serverName
	 *            how the server is shown in the title
	 * @param cupsdConf
	 *            the file's bytes as fetched
	 */
	public ServerSettingsDialog(Shell parent, String serverName, byte[] cupsdConf) {
		super(parent);
		this.serverName = Objects.requireNonNull(serverName);
		this.original = cupsdConf.clone();
		this.initial = CupsdConf.parse(cupsdConf).serverSettings();
		this.result = initial;
	}

	/**
	 * The dialog on the four settings of its first version, shown as a minimal file that sets them (for callers that
	 * have settings, not a file).
	 *
	 * @param parent
	 *            the parent shell
	 * @param serverName
	 *            how the server is shown in the title
	 * @param initial
	 *            the current settings
	 */
	public ServerSettingsDialog(Shell parent, String serverName, CupsdConf.Settings initial) {
		this(parent, serverName, CupsdConf.edit(new byte[0], initial));
	}

	/**
	 * The dialog on the settings a fetched {@code cupsd.conf} sets (as in cupsd, the last occurrence of a directive
	 * wins).
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
		return new ServerSettingsDialog(parent, serverName, cupsdConf);
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
		tabs = new TabFolder(area, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		TabItem basic = new TabItem(tabs, SWT.NONE);
		basic.setText(Messages.ServerSettings_tabSettings);
		basic.setControl(createSettings(tabs));
		TabItem advanced = new TabItem(tabs, SWT.NONE);
		advanced.setText(Messages.ServerSettings_tabAdvanced);
		Composite page = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(page);
		Label intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.ServerSettings_diffIntro);
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(intro);
		diff = new CupsdDiffViewer(page);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 260).applyTo(diff.control());
		advanced.setControl(page);
		update();
		return area;
	}

	private Composite createSettings(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).spacing(6, 2).applyTo(body);
		share = check(body, Messages.ServerSettings_share, initial.sharePrinters(), 0);
		share.setToolTipText(Messages.ServerSettings_shareHint);
		remoteAny = check(body, Messages.ServerSettings_remoteAny, initial.remoteAny(), 20);
		showRemote = check(body, Messages.ServerSettings_showRemote,
				initial.showRemotePrinters() != null && initial.showRemotePrinters().booleanValue(), 0);
		if (initial.showRemotePrinters() == null) {
			showRemote.setEnabled(false);
			hint(body, Messages.ServerSettings_showRemoteHint);
		}
		remoteAdmin = check(body, Messages.ServerSettings_remoteAdmin, initial.remoteAdmin(), 0);
		remoteAdmin.setToolTipText(Messages.ServerSettings_remoteAdminHint);
		cancelAny = check(body, Messages.ServerSettings_cancelAny, initial.userCancelAny(), 0);
		debug = check(body, Messages.ServerSettings_debug, initial.debugLogging(), 0);
		hint(body, Messages.ServerSettings_debugHint);

		Label jobs = new Label(body, SWT.NONE);
		jobs.setText(Messages.ServerSettings_jobsHeading);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 10).applyTo(jobs);
		history = retention(body, Messages.ServerSettings_history, initial.jobHistory());
		history.setToolTipText(Messages.ServerSettings_historyHint);
		historyFor = period(body, initial.jobHistory(), ServerSettings.YES);
		files = retention(body, Messages.ServerSettings_files, initial.jobFiles());
		filesFor = period(body, initial.jobFiles(), ServerSettings.DEFAULT_JOB_FILES);
		hint(body, Messages.ServerSettings_periodHint);
		Label max = new Label(body, SWT.NONE);
		max.setText(Messages.ServerSettings_maxJobs);
		GridDataFactory.fillDefaults().span(2, 1).indent(20, 4).align(SWT.BEGINNING, SWT.CENTER).applyTo(max);
		maxJobs = new Spinner(body, SWT.BORDER);
		maxJobs.setValues(Math.max(0, initial.maxJobs()), 0, 1_000_000, 0, 1, 100);
		GridDataFactory.fillDefaults().indent(0, 4).align(SWT.BEGINNING, SWT.CENTER).applyTo(maxJobs);

		Label note = new Label(body, SWT.WRAP);
		note.setText(Messages.ServerSettings_restartNote);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(460, SWT.DEFAULT).indent(0, 10).applyTo(note);

		share.addListener(SWT.Selection, e -> {
			if (!share.getSelection()) {
				remoteAny.setSelection(false); // as libcups: no sharing, no access from anywhere
			}
			update();
		});
		for (Button b : new Button[] { remoteAny, showRemote, remoteAdmin, cancelAny, debug, history, files }) {
			b.addListener(SWT.Selection, e -> update());
		}
		historyFor.addListener(SWT.Modify, e -> update());
		filesFor.addListener(SWT.Modify, e -> update());
		maxJobs.addListener(SWT.Modify, e -> update());
		return body;
	}

	private static Button check(Composite parent, String text, boolean selected, int indent) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(selected);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(indent, 4).applyTo(button);
		return button;
	}

	private static Button retention(Composite parent, String text, String value) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(ServerSettings.keeps(value));
		GridDataFactory.fillDefaults().indent(0, 4).align(SWT.FILL, SWT.CENTER).applyTo(button);
		Label label = new Label(parent, SWT.NONE);
		label.setText(Messages.ServerSettings_for);
		GridDataFactory.fillDefaults().indent(6, 4).align(SWT.END, SWT.CENTER).applyTo(label);
		return button;
	}

	/** The time limit of a retention: empty for "no limit" (Yes), the time otherwise; the default when it is No. */
	private static Text period(Composite parent, String value, String whenOff) {
		Text text = new Text(parent, SWT.BORDER);
		String shown = ServerSettings.keeps(value) ? value : whenOff;
		text.setText(isYes(shown) ? "" : shown); //$NON-NLS-1$
		text.setMessage(Messages.ServerSettings_noLimit);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).indent(0, 4).align(SWT.BEGINNING, SWT.CENTER).applyTo(text);
		return text;
	}

	private static boolean isYes(String value) {
		String v = value.trim();
		return v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void hint(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(440, SWT.DEFAULT).indent(20, 0).applyTo(label);
	}

	/** Enablement, validation and the diff, after every change. */
	private void update() {
		remoteAny.setEnabled(share.getSelection());
		historyFor.setEnabled(history.getSelection());
		files.setEnabled(history.getSelection());
		filesFor.setEnabled(history.getSelection() && files.getSelection());
		maxJobs.setEnabled(history.getSelection());
		String error = null;
		for (Text t : new Text[] { historyFor, filesFor }) {
			String v = t.getText().trim();
			if (t.isEnabled() && !v.isEmpty() && !ServerSettings.isValidPeriod(v)) {
				error = NLS.bind(Messages.ServerSettings_badPeriod, v);
			}
		}
		setErrorMessage(error);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
		if (error == null) {
			diff.show(original, CupsdConf.edit(original, read()));
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		update();
	}

	/** The settings the controls show; values the user did not change keep the file's spelling. */
	private ServerSettings read() {
		Boolean remote = initial.showRemotePrinters() == null ? null : Boolean.valueOf(showRemote.getSelection());
		boolean keepHistory = history.getSelection();
		String jobHistory = retentionValue(keepHistory, historyFor.getText(), initial.jobHistory());
		String jobFiles = retentionValue(keepHistory && files.getSelection(), filesFor.getText(), initial.jobFiles());
		return new ServerSettings(share.getSelection(), remote, remoteAny.getSelection(),
				remoteAdmin.getSelection(), cancelAny.getSelection(), debug.getSelection(), jobHistory, jobFiles,
				maxJobs.getSelection());
	}

	private static String retentionValue(boolean keep, String period, String before) {
		String p = period.trim();
		String value = !keep ? ServerSettings.NO : p.isEmpty() ? ServerSettings.YES : p;
		boolean same = ServerSettings.keeps(before) == keep
				&& (!keep || (isYes(before) ? p.isEmpty() : before.trim().equalsIgnoreCase(p)));
		return same ? before : value;
	}

	@Override
	protected void okPressed() {
		result = read();
		super.okPressed();
	}

	/** Shows the Advanced page (the diff). */
	public void showAdvanced() {
		tabs.setSelection(1);
	}

	/** {@return all settings after OK; the initial ones before or after Cancel} */
	public ServerSettings getServerSettings() {
		return result;
	}

	/** {@return the four settings of the first version of the dialog, after OK; the initial ones otherwise} */
	public CupsdConf.Settings getSettings() {
		return result.basic();
	}

	/** {@return the file to save: the fetched one with the minimal edits for the settings after OK} */
	public byte[] getEdited() {
		return CupsdConf.edit(original, result);
	}

	/** {@return whether OK was pressed with settings that change the file} */
	public boolean isChanged() {
		return !Arrays.equals(original, getEdited());
	}
}
