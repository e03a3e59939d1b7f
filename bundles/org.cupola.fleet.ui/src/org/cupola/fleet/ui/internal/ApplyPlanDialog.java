package org.cupola.fleet.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.cupola.fleet.Difference;
import org.cupola.fleet.SiteApply;
import org.cupola.fleet.SiteDiff;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Apply...'s preview: what differs between the site file and the server (in words), the plan's steps in the order
 * they will run, and "Delete queues the file does not have" ({@code --prune}) which changes the plan at once. Nothing
 * changes before the user presses Apply; the plan itself is computed here without I/O.
 */
public final class ApplyPlanDialog extends TitleAreaDialog {

	private final FleetOperations.PlanInput input;
	private final Function<String, String> askSecret;
	private org.eclipse.swt.widgets.List steps;
	private Button prune;
	private Label kept;
	private SiteApply.Plan plan;

	/**
	 * @param parent
	 *            the parent shell
	 * @param input
	 *            the site file and the server's configuration
	 */
	public ApplyPlanDialog(Shell parent, FleetOperations.PlanInput input) {
		super(parent);
		this.input = input;
		this.askSecret = secretPrompt(parent.getDisplay());
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Apply_title);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(820, 620);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(NLS.bind(Messages.Apply_heading, input.fileLabel(), server()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().applyTo(body);

		List<Difference> diffs = SiteDiff.compare(input.wanted(), input.actual());
		new Label(body, SWT.NONE).setText(NLS.bind(Messages.Apply_differences, Integer.valueOf(diffs.size())));
		org.eclipse.swt.widgets.List differences = new org.eclipse.swt.widgets.List(body,
				SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		differences.setItems(diffs.stream().map(d -> d.describe(input.fileLabel(), server())).toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(differences);

		prune = new Button(body, SWT.CHECK);
		prune.setText(Messages.Apply_prune);
		prune.addListener(SWT.Selection, e -> updatePlan());

		new Label(body, SWT.NONE).setText(Messages.Apply_steps);
		steps = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(steps);
		kept = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(kept);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Apply_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updatePlan();
	}

	private String server() {
		return input.entry().server().hostAndPort();
	}

	private void updatePlan() {
		plan = SiteApply.plan(input.wanted(), input.actual(), prune.getSelection(), System.getenv(), askSecret);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < plan.steps().size(); i++) {
			lines.add(NLS.bind(Messages.Apply_step, Integer.valueOf(i + 1), plan.steps().get(i).description()));
		}
		steps.setItems(lines.toArray(String[]::new));
		kept.setText(plan.kept().isEmpty() ? "" : NLS.bind(Messages.Apply_kept, String.join(", ", plan.kept()))); //$NON-NLS-1$ //$NON-NLS-2$
		kept.getParent().layout(true);
		if (plan.isEmpty()) {
			setMessage(NLS.bind(Messages.Apply_nothing, server()));
		} else {
			setMessage(NLS.bind(Messages.Apply_message, Integer.valueOf(plan.steps().size()), server()));
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!plan.isEmpty());
		}
	}

	/** {@return the plan the user saw (with or without prune)} */
	public SiteApply.Plan getPlan() {
		return plan;
	}

	/** {@return the steps as the dialog lists them} */
	public List<String> getStepLines() {
		return List.of(steps.getItems());
	}

	/** {@return the prune check box} */
	public Button getPruneButton() {
		return prune;
	}

	/**
	 * Asks for a device URI's password when the environment lacks it: from the apply job's thread, a dialog on the UI
	 * thread ({@code syncExec}; the job waits, the UI thread never does). Null: the step fails and says which variable
	 * to set.
	 */
	static Function<String, String> secretPrompt(Display display) {
		return name -> {
			AtomicReference<String> answer = new AtomicReference<>();
			if (display.isDisposed()) {
				return null;
			}
			display.syncExec(() -> {
				InputDialog d = new InputDialog(display.getActiveShell(), Messages.Secret_title,
						NLS.bind(Messages.Secret_message, name), "", null) { //$NON-NLS-1$
					@Override
					protected int getInputTextStyle() {
						return super.getInputTextStyle() | SWT.PASSWORD;
					}
				};
				if (d.open() == Window.OK) {
					answer.set(d.getValue());
				}
			});
			return answer.get();
		};
	}
}
