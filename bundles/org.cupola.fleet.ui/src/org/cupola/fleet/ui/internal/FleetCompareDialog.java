package org.cupola.fleet.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Compare With... where the window has no editor area (the standalone product): the differences in words above Eclipse
 * Compare's text merge viewer on the two site descriptions, read-only. The input must already be prepared
 * ({@link SiteCompareInput#run}, done by the job that fetched the sites).
 */
public final class FleetCompareDialog extends Dialog {

	private final SiteCompareInput input;
	private org.eclipse.swt.widgets.List differences;

	/**
	 * @param parent
	 *            the parent shell
	 * @param input
	 *            the prepared input
	 */
	public FleetCompareDialog(Shell parent, SiteCompareInput input) {
		super(parent);
		this.input = input;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(input.getTitle());
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1000, 700);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(area);
		List<String> lines = input.describeDifferences();
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(lines.isEmpty() ? NLS.bind(Messages.Compare_equal, input.getLeft().label(),
				input.getRight().label()) : NLS.bind(Messages.Compare_summary, Integer.valueOf(lines.size())));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		differences = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		differences.setItems(lines.toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, Math.min(6, Math.max(1, lines.size()))
				* differences.getItemHeight() + 6).applyTo(differences);
		Control compare = input.createContents(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(compare);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** {@return the differences in words, as the dialog lists them} */
	public List<String> getDifferenceLines() {
		return List.of(differences.getItems());
	}
}
