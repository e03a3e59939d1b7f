package org.cupola.troubleshoot.ui.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.cupola.ipp.server.RestoreJournal;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks whether to finish the restore an interrupted run left behind, showing what was changed and the file that will
 * be put back. No I/O: the caller acts on {@link #getReturnCode()} ({@link #RESTORE}, {@link #LATER},
 * {@link #DISCARD}).
 */
public final class RestoreDialog extends MessageDialog {

	/** Put the original file back. */
	public static final int RESTORE = 0;
	/** Ask again at the next start. */
	public static final int LATER = 1;
	/** Forget the entry; the server keeps its current file. */
	public static final int DISCARD = 2;

	private final RestoreJournal.Entry entry;

	/**
	 * @param parent
	 *            the parent shell, may be null
	 * @param entry
	 *            the pending restore
	 */
	public RestoreDialog(Shell parent, RestoreJournal.Entry entry) {
		super(parent, Messages.Restore_title, null,
				NLS.bind(Messages.Restore_message, new Object[] { entry.server().hostAndPort(), entry.file(),
						DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
								.format(entry.created().atZone(ZoneId.systemDefault())),
						entry.change() }),
				QUESTION, 0, Messages.Restore_restore, Messages.Restore_later, Messages.Restore_discard);
		this.entry = entry;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().margins(10, 0).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		Label label = new Label(area, SWT.NONE);
		label.setText(NLS.bind(Messages.Restore_original, entry.file()));
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setText(new String(entry.original(), StandardCharsets.ISO_8859_1));
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(text);
		return area;
	}

	/** {@return the pending restore shown} */
	public RestoreJournal.Entry entry() {
		return entry;
	}
}
