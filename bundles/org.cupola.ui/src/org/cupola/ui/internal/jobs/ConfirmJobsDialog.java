package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.model.ServerJob;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before jobs are cancelled or purged, naming each of them (id, title, printer). The action's button is the
 * default (Enter), Escape or closing the window keeps the jobs.
 */
final class ConfirmJobsDialog {

	/** At most this many jobs are listed; the rest are counted. */
	static final int MAX_LISTED = 12;

	private ConfirmJobsDialog() {
	}

	/**
	 * Opens the question (blocking, on the UI thread).
	 *
	 * @param shell
	 *            the parent, or null
	 * @param title
	 *            the dialog title
	 * @param message
	 *            the question, {0} = the list of jobs
	 * @param yes
	 *            the action's button label
	 * @param jobs
	 *            the jobs
	 * @return whether the user confirmed
	 */
	static boolean ask(Shell shell, String title, String message, String yes, List<ServerJob> jobs) {
		return new Question(shell, title, NLS.bind(message, describe(jobs)), yes).open() == 0;
	}

	/**
	 * The question. Escape anywhere = keep (button 1); Enter = the focused button, else the action (button 0, the
	 * default). Explicit, like the credentials dialog's keys, so they behave the same whether or not the shell has a
	 * parent.
	 */
	private static final class Question extends MessageDialog {
		Question(Shell shell, String title, String message, String yes) {
			super(shell, title, null, message, MessageDialog.QUESTION, 0, yes, Messages.Jobs_confirmNo);
		}

		@Override
		protected Control createContents(Composite parent) {
			Control contents = super.createContents(parent);
			installKeys(getShell());
			return contents;
		}

		private void installKeys(Composite root) {
			for (Control control : root.getChildren()) {
				control.addListener(SWT.Traverse, e -> {
					if (e.detail == SWT.TRAVERSE_ESCAPE || e.detail == SWT.TRAVERSE_RETURN) {
						int button = e.detail == SWT.TRAVERSE_RETURN && e.widget != getButton(1) ? 0 : 1;
						e.detail = SWT.TRAVERSE_NONE;
						e.doit = true;
						buttonPressed(button);
					}
				});
				if (control instanceof Composite composite) {
					installKeys(composite);
				}
			}
		}
	}

	/** {@return one line per job, "Job 12: report.pdf on office", at most {@link #MAX_LISTED} and a count} */
	static String describe(List<ServerJob> jobs) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < jobs.size() && i < MAX_LISTED; i++) {
			ServerJob row = jobs.get(i);
			lines.add(NLS.bind(Messages.Jobs_confirmLine,
					new Object[] { JobLabels.id(row), JobLabels.name(row), JobLabels.printer(row, false) }));
		}
		if (jobs.size() > MAX_LISTED) {
			lines.add(NLS.bind(Messages.Jobs_confirmMore, Integer.valueOf(jobs.size() - MAX_LISTED)));
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}
}
