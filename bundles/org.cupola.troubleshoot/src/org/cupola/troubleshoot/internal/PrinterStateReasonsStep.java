package org.cupola.troubleshoot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Answers.Key;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * PrinterStateReasons: the printer's state message and reasons in plain words. Runs twice, as in s-c-p: before the
 * test page (from the attributes already fetched) and after it (fetched again; reported only if they changed).
 */
final class PrinterStateReasonsStep extends AbstractStep {

	private final boolean afterTestPage;

	PrinterStateReasonsStep(boolean afterTestPage) {
		super("PrinterStateReasons"); //$NON-NLS-1$
		this.afterTestPage = afterTestPage;
	}

	@Override
	public boolean applies(Answers answers) {
		if (!answers.has(Keys.PRINTER)) {
			return false;
		}
		return !afterTestPage || answers.has(Keys.TEST_PAGE_JOB_ID);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Answers a = context.answers();
		Printer p = a.get(Keys.PRINTER);
		if (afterTestPage) {
			try {
				p = context.connection().getPrinterAttributes(p.name(), null,
						SubMonitor.convert(monitor, Messages.StateReasons_task, 1).split(1));
				a.put(Keys.PRINTER, p);
			} catch (IppException e) {
				return;
			}
		}
		String message = p.stateMessage() == null ? "" : p.stateMessage().strip(); //$NON-NLS-1$
		List<String> reasons = p.stateReasons();
		Key<String> messageKey = afterTestPage ? Keys.PRINTER_STATE_MESSAGE_AFTER : Keys.PRINTER_STATE_MESSAGE;
		Key<List<String>> reasonsKey = afterTestPage ? Keys.PRINTER_STATE_REASONS_AFTER : Keys.PRINTER_STATE_REASONS;
		a.put(messageKey, message);
		a.put(reasonsKey, reasons);
		if (afterTestPage && Objects.equals(message, a.get(Keys.PRINTER_STATE_MESSAGE))
				&& Objects.equals(reasons, a.get(Keys.PRINTER_STATE_REASONS))) {
			return; // nothing changed since the first time
		}
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (String keyword : reasons) {
			StateReasons.Reason r = StateReasons.describe(keyword);
			switch (r.severity()) {
			case ERROR -> errors.add(r.text() + " (" + keyword + ')'); //$NON-NLS-1$
			case WARNING -> warnings.add(r.text() + " (" + keyword + ')'); //$NON-NLS-1$
			default -> {
				// reports are not shown (s-c-p)
			}
			}
		}
		if (message.isEmpty() && errors.isEmpty() && warnings.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		if (!message.isEmpty()) {
			text.append(Messages.bind(Messages.StateReasons_message, message));
		}
		if (!errors.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n").append(Messages.StateReasons_errors).append('\n') //$NON-NLS-1$ //$NON-NLS-2$
					.append(String.join("\n", errors)); //$NON-NLS-1$
		}
		if (!warnings.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n").append(Messages.StateReasons_warnings).append('\n') //$NON-NLS-1$ //$NON-NLS-2$
					.append(String.join("\n", warnings)); //$NON-NLS-1$
		}
		Severity severity = !errors.isEmpty() ? Severity.ERROR : !warnings.isEmpty() ? Severity.WARNING : Severity.INFO;
		context.report(finding(severity,
				afterTestPage ? Messages.StateReasons_titleAfter : Messages.StateReasons_title, text.toString(),
				severity == Severity.INFO ? null : Messages.StateReasons_fix));
	}
}
