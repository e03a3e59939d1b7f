package org.cupola.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.Printer;
import org.cupola.ipp.QueueAttributes;
import org.cupola.ipp.QueueSetting;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Policies: enabled (Pause/Resume-Printer), accepting jobs (CUPS-Accept/Reject-Jobs), shared, error policy, the
 * operation policy (from {@code printer-op-policy-supported}) and start and end banners (from
 * {@code job-sheets-supported}, saved as {@code job-sheets-default}).
 */
public final class PoliciesPage extends PrinterPropertyPage {

	/** The {@code printer-error-policy} values CUPS supports, when the server does not list them. */
	public static final List<String> ERROR_POLICIES = List.of("stop-printer", "retry-job", //$NON-NLS-1$ //$NON-NLS-2$
			"retry-current-job", "abort-job"); //$NON-NLS-1$ //$NON-NLS-2$

	private final PropertiesInput input;
	private Button enabled;
	private Button accepting;
	private Button shared;
	private Combo errorPolicy;
	private Combo opPolicy;
	private Combo startBanner;
	private Combo endBanner;
	private List<String> errorPolicies;
	private List<String> opPolicies;
	private List<String> sheets;

	/**
	 * @param input
	 *            the queue
	 */
	public PoliciesPage(PropertiesInput input) {
		super(Messages.Page_policies);
		this.input = input;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		Printer printer = input.printer();
		enabled = check(body, Messages.Policies_enabled, printer.state() != Printer.State.STOPPED);
		accepting = check(body, Messages.Policies_accepting, printer.acceptingJobs());
		shared = check(body, Messages.Policies_shared, printer.shared());

		errorPolicies = withCurrent(input.strings("printer-error-policy-supported"), ERROR_POLICIES, //$NON-NLS-1$
				printer.errorPolicy());
		errorPolicy = combo(body, Messages.Policies_errorPolicy, errorPolicies.stream().map(PoliciesPage::errorLabel)
				.toList(), errorPolicies.indexOf(printer.errorPolicy()));
		String op = input.string("printer-op-policy"); //$NON-NLS-1$
		opPolicies = withCurrent(input.strings("printer-op-policy-supported"), List.of(), op); //$NON-NLS-1$
		opPolicy = combo(body, Messages.Policies_opPolicy, opPolicies, opPolicies.indexOf(op));

		List<String> banners = input.strings("job-sheets-default"); //$NON-NLS-1$
		String start = banners.isEmpty() ? "none" : banners.get(0); //$NON-NLS-1$
		String end = banners.size() < 2 ? "none" : banners.get(1); //$NON-NLS-1$
		sheets = withCurrent(input.strings("job-sheets-supported"), List.of("none"), start); //$NON-NLS-1$ //$NON-NLS-2$
		if (!sheets.contains(end)) {
			sheets.add(end);
		}
		Label title = new Label(body, SWT.NONE);
		title.setText(Messages.Policies_banners);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(title);
		startBanner = combo(body, Messages.Policies_startBanner, sheets, sheets.indexOf(start));
		endBanner = combo(body, Messages.Policies_endBanner, sheets, sheets.indexOf(end));
		return body;
	}

	private static List<String> withCurrent(List<String> supported, List<String> fallback, String current) {
		List<String> values = new ArrayList<>(supported.isEmpty() ? fallback : supported);
		if (current != null && !values.contains(current)) {
			values.add(current);
		}
		return values;
	}

	static String errorLabel(String policy) {
		return switch (policy) {
		case "stop-printer" -> Messages.Policies_stopPrinter; //$NON-NLS-1$
		case "retry-job" -> Messages.Policies_retryJob; //$NON-NLS-1$
		case "retry-current-job" -> Messages.Policies_retryCurrentJob; //$NON-NLS-1$
		case "abort-job" -> Messages.Policies_abortJob; //$NON-NLS-1$
		default -> policy;
		};
	}

	private static Button check(Composite parent, String label, boolean value) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		button.setSelection(value);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		return button;
	}

	private static Combo combo(Composite parent, String label, List<String> items, int selected) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(items.toArray(String[]::new));
		if (selected >= 0) {
			combo.select(selected);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	@Override
	public void collectChanges(List<PrinterChange> changes) {
		if (enabled == null || enabled.isDisposed()) {
			return;
		}
		Printer printer = input.printer();
		String queue = input.name();
		if (enabled.getSelection() != (printer.state() != Printer.State.STOPPED)) {
			boolean on = enabled.getSelection();
			changes.add(new PrinterChange(Messages.Field_enabled, (c, m) -> {
				if (on) {
					c.resumePrinter(queue, m);
				} else {
					c.pausePrinter(queue, null, m);
				}
			}));
		}
		if (accepting.getSelection() != printer.acceptingJobs()) {
			boolean on = accepting.getSelection();
			changes.add(new PrinterChange(Messages.Field_accepting, (c, m) -> {
				if (on) {
					c.acceptJobs(queue, m);
				} else {
					c.rejectJobs(queue, null, m);
				}
			}));
		}
		if (shared.getSelection() != printer.shared()) {
			changes.add(input.change(Messages.Field_shared, QueueSetting.bool("printer-is-shared", //$NON-NLS-1$
					shared.getSelection())));
		}
		String error = selected(errorPolicy, errorPolicies);
		if (error != null && !error.equals(printer.errorPolicy())) {
			changes.add(input.change(Messages.Field_errorPolicy,
					QueueSetting.names("printer-error-policy", List.of(error)))); //$NON-NLS-1$
		}
		String op = selected(opPolicy, opPolicies);
		if (op != null && !op.equals(input.string("printer-op-policy"))) { //$NON-NLS-1$
			changes.add(input.change(Messages.Field_opPolicy, QueueAttributes.operationPolicy(op)));
		}
		String start = selected(startBanner, sheets);
		String end = selected(endBanner, sheets);
		List<String> banners = input.strings("job-sheets-default"); //$NON-NLS-1$
		if (start != null && end != null && !List.of(start, end).equals(banners)
				&& !(banners.isEmpty() && "none".equals(start) && "none".equals(end))) { //$NON-NLS-1$ //$NON-NLS-2$
			changes.add(input.change(Messages.Field_banners, QueueAttributes.banners(start, end)));
		}
	}

	private static String selected(Combo combo, List<String> values) {
		int index = combo.getSelectionIndex();
		return index < 0 ? null : values.get(index);
	}

	/** {@return the operation policies offered (for tests)} */
	public List<String> getOperationPolicies() {
		return List.copyOf(opPolicies);
	}
}
