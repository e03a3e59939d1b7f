package org.cupola.ui.internal.properties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Ppd;
import org.cupola.ipp.PpdQuery;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Change Driver…: the server's driver list (CUPS-Get-PPDs, fetched in a job when the dialog opens, filtered as the
 * user types) or a PPD file from disk. The choice is applied with the other properties after OK.
 */
public final class ChangeDriverDialog extends Dialog {

	private final CupsConnection connection;
	private List<Ppd> all = List.of();
	private List<Ppd> shown = List.of();
	private Text filter;
	private org.eclipse.swt.widgets.List list;
	private Label status;
	private CupsJob<List<Ppd>> loadJob;
	private DriverChoice choice;

	/**
	 * @param parent
	 *            the parent shell
	 * @param connection
	 *            the server whose drivers are listed
	 */
	public ChangeDriverDialog(Shell parent, CupsConnection connection) {
		super(parent);
		this.connection = connection;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Driver_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.Driver_filter);
		filter = new Text(area, SWT.BORDER | SWT.SEARCH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addListener(SWT.Modify, e -> show());
		list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(480, 260).applyTo(list);
		list.addListener(SWT.Selection, e -> select());
		list.addListener(SWT.DefaultSelection, e -> {
			select();
			if (choice != null) {
				okPressed();
			}
		});
		status = new Label(area, SWT.WRAP);
		status.setText(Messages.Driver_loading);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		Button file = new Button(area, SWT.PUSH);
		file.setText(Messages.Driver_fromFile);
		file.addListener(SWT.Selection, e -> chooseFile());
		load();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void load() {
		loadJob = new CupsJob<>(NLS.bind(Messages.Driver_job, connection.server().hostAndPort()), connection.server(),
				monitor -> {
					List<Ppd> ppds = new ArrayList<>(connection.getPpds(PpdQuery.ALL, monitor));
					ppds.sort(Comparator.comparing(ChangeDriverDialog::label, String.CASE_INSENSITIVE_ORDER));
					return ppds;
				});
		loadJob.setUser(true);
		loadJob.schedule();
		UiAsync.whenDone(loadJob.result(), list, (ppds, error) -> {
			if (error != null) {
				if (!(error instanceof CancellationException)) {
					status.setText(NLS.bind(Messages.Driver_failed, error.getMessage()));
				}
				return;
			}
			all = ppds;
			status.setText(NLS.bind(Messages.Driver_count, Integer.valueOf(ppds.size())));
			show();
		});
	}

	private static String label(Ppd ppd) {
		String make = ppd.makeAndModel() == null ? ppd.name() : ppd.makeAndModel();
		return make == null ? "" : make; //$NON-NLS-1$
	}

	private void show() {
		String needle = filter.getText().trim().toLowerCase(Locale.ROOT);
		shown = all.stream().filter(p -> needle.isEmpty() || label(p).toLowerCase(Locale.ROOT).contains(needle)
				|| String.valueOf(p.name()).toLowerCase(Locale.ROOT).contains(needle)).toList();
		list.setItems(shown.stream().map(ChangeDriverDialog::label).toArray(String[]::new));
		select();
	}

	private void select() {
		int index = list.getSelectionIndex();
		choice = index < 0 ? null : new DriverChoice(shown.get(index).name(), label(shown.get(index)), null);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(choice != null);
		}
	}

	/**
	 * Selects the first listed driver whose PPD name is the given one (as a click would).
	 *
	 * @param ppdName
	 *            the PPD name
	 * @return whether it is listed
	 */
	public boolean choose(String ppdName) {
		for (int i = 0; i < shown.size(); i++) {
			if (ppdName.equals(shown.get(i).name())) {
				list.setSelection(i);
				select();
				return true;
			}
		}
		return false;
	}

	/** {@return the job that loads the driver list} */
	public CupsJob<List<Ppd>> getLoadJob() {
		return loadJob;
	}

	private void chooseFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.ppd;*.PPD;*.ppd.gz", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String path = dialog.open();
		if (path == null) {
			return;
		}
		try {
			Path file = Path.of(path);
			choice = new DriverChoice(null, file.getFileName().toString(), Files.readAllBytes(file));
			super.okPressed();
		} catch (IOException e) {
			status.setText(NLS.bind(Messages.Driver_fileFailed, path, e.getMessage()));
		}
	}

	@Override
	public boolean close() {
		if (loadJob != null) {
			loadJob.cancel();
		}
		return super.close();
	}

	/** {@return the chosen driver, or null} */
	public DriverChoice getChoice() {
		return choice;
	}
}
