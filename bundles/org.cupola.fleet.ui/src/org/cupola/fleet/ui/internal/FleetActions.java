package org.cupola.fleet.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.cupola.fleet.SiteApply;
import org.cupola.fleet.ui.FleetPanel;
import org.cupola.fleet.ui.FleetRow;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.compare.CompareUI;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

/**
 * What the Fleet view's commands do on the UI thread: ask for a file, start the job, and show its outcome when it
 * ends (never waiting for it). Errors of a job go to the view's message line; a partial apply also opens a dialog
 * listing what was done and what was not.
 */
public final class FleetActions {

	private static final String[] FILTER = { "*.json", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

	private FleetActions() {
	}

	/**
	 * Compare With...: two servers, or one server and a site file the user picks.
	 *
	 * @param page
	 *            the workbench page (an editor when it shows an editor area), or null: a dialog
	 */
	public static void compare(Shell shell, FleetPanel panel, List<FleetRow> rows, IWorkbenchPage page) {
		FleetOperations.SiteSource left;
		FleetRow right;
		if (rows.size() >= 2) {
			left = FleetOperations.SiteSource.of(rows.get(0).entry());
			right = rows.get(1);
		} else if (rows.size() == 1) {
			String file = openDialog(shell, Messages.Compare_pickFile);
			if (file == null) {
				return;
			}
			left = FleetOperations.SiteSource.of(Path.of(file));
			right = rows.get(0);
		} else {
			return;
		}
		CupsJob<SiteCompareInput> job = FleetOperations.compare(left, right.entry());
		UiAsync.whenDone(job.result(), panel, (input, error) -> {
			if (report(panel, error)) {
				return;
			}
			if (page != null && page.isEditorAreaVisible()) {
				CompareUI.openCompareEditor(input);
			} else {
				new FleetCompareDialog(panel.getShell(), input).open();
			}
		});
	}

	/** Export...: the selected server's site description to a file. */
	public static void export(Shell shell, FleetPanel panel, FleetRow row) {
		FileDialog d = new FileDialog(shell, SWT.SAVE);
		d.setText(Messages.Export_title);
		d.setFilterExtensions(FILTER);
		d.setFileName(row.entry().server().host() + '-' + row.entry().server().port() + ".json"); //$NON-NLS-1$
		d.setOverwrite(true);
		String file = d.open();
		if (file == null) {
			return;
		}
		export(panel, row, Path.of(file));
	}

	/** Exports without asking (the dialog's second half; tests). */
	public static CupsJob<?> export(FleetPanel panel, FleetRow row, Path file) {
		CupsJob<org.cupola.fleet.Site> job = FleetOperations.export(row.entry(), file);
		UiAsync.whenDone(job.result(), panel, (site, error) -> {
			if (!report(panel, error)) {
				panel.setMessage(NLS.bind(Messages.Export_done, new Object[] { row.entry().server().hostAndPort(), file,
						Integer.valueOf(site.printers().size()), Integer.valueOf(site.classes().size()) }));
			}
		});
		return job;
	}

	/** Apply...: pick a site file, preview the plan, then apply it to the selected server. */
	public static void apply(Shell shell, FleetPanel panel, FleetRow row) {
		String file = openDialog(shell, Messages.Apply_pickFile);
		if (file == null) {
			return;
		}
		CupsJob<FleetOperations.PlanInput> job = FleetOperations.plan(row.entry(), Path.of(file));
		UiAsync.whenDone(job.result(), panel, (input, error) -> {
			if (report(panel, error)) {
				return;
			}
			ApplyPlanDialog dialog = new ApplyPlanDialog(panel.getShell(), input);
			if (dialog.open() == Window.OK) {
				run(panel, row, dialog.getPlan());
			}
		});
	}

	/** Runs a plan the user accepted and reports it. */
	public static CupsJob<SiteApply.Outcome> run(FleetPanel panel, FleetRow row, SiteApply.Plan plan) {
		CupsJob<SiteApply.Outcome> job = FleetOperations.apply(row.entry(), plan);
		String server = row.entry().server().hostAndPort();
		UiAsync.whenDone(job.result(), panel, (outcome, error) -> {
			if (report(panel, error)) {
				return;
			}
			panel.setMessage(ApplyReport.summary(outcome, server));
			panel.refresh();
			if (!outcome.isComplete()) {
				// what was done, what failed and why, what was not done; not blocking the caller's stack
				MessageDialog d = new MessageDialog(panel.getShell(), Messages.Applied_title, null,
						ApplyReport.summary(outcome, server) + "\n\n" + String.join("\n", ApplyReport.details(outcome)), //$NON-NLS-1$ //$NON-NLS-2$
						MessageDialog.ERROR, 0, IDialogConstants.OK_LABEL);
				d.setBlockOnOpen(false);
				d.open();
			}
		});
		return job;
	}

	private static String openDialog(Shell shell, String title) {
		FileDialog d = new FileDialog(shell, SWT.OPEN);
		d.setText(title);
		d.setFilterExtensions(FILTER);
		return d.open();
	}

	/** Shows a job's error on the view's message line; {@return whether there was one (or a cancel)} */
	private static boolean report(FleetPanel panel, Throwable error) {
		if (error == null) {
			return false;
		}
		if (!(error instanceof CancellationException)) {
			panel.setMessage(NLS.bind(Messages.Error_operation, error.getMessage()));
		}
		return true;
	}
}
