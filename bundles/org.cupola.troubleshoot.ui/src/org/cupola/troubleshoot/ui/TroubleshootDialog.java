package org.cupola.troubleshoot.ui;

import org.cupola.troubleshoot.ui.internal.StepPage;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * A wizard dialog that never blocks on the troubleshooter (EGit's NonBlockingWizardDialog idea): Next and Back are
 * handed to the page, which runs the work as a job and calls {@link #updateButtons()} when it is done.
 */
public final class TroubleshootDialog extends WizardDialog {

	private final TroubleshootWizard wizard;

	/** Creates the dialog for a troubleshooter wizard. */
	public TroubleshootDialog(Shell parent, TroubleshootWizard wizard) {
		super(parent, wizard);
		this.wizard = wizard;
		setHelpAvailable(false);
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 760), Math.max(size.y, 600));
	}

	@Override
	protected void nextPressed() {
		wizard.page().forward();
	}

	@Override
	protected void backPressed() {
		wizard.page().back();
	}

	@Override
	public void updateButtons() {
		super.updateButtons();
		StepPage page = wizard.page();
		if (page == null) {
			return;
		}
		Button back = getButton(IDialogConstants.BACK_ID);
		Button next = getButton(IDialogConstants.NEXT_ID);
		if (back != null) {
			back.setEnabled(page.canGoBack());
		}
		if (next != null) {
			next.setEnabled(page.canGoForward());
		}
	}

	/** The Next button, for tests and keyboard users. */
	public Button nextButton() {
		return getButton(IDialogConstants.NEXT_ID);
	}

	/** The Back button. */
	public Button backButton() {
		return getButton(IDialogConstants.BACK_ID);
	}

	/** The Finish button. */
	public Button finishButton() {
		return getButton(IDialogConstants.FINISH_ID);
	}

	/** The Cancel button. */
	public Button cancelButton() {
		return getButton(IDialogConstants.CANCEL_ID);
	}
}
