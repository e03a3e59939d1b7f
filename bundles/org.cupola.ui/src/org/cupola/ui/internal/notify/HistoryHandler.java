package org.cupola.ui.internal.notify;

import org.cupola.ui.PrinterElement;
import org.cupola.ui.QueueHistoryDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** History... on a queue of the Printers view: its {@link QueueHistoryDialog}. */
public final class HistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof PrinterElement p) {
			QueueHistoryDialog.open(shell, p.server().server().hostAndPort(), p.name());
		} else {
			MessageDialog.openInformation(shell, Messages.History_title, Messages.History_noQueue);
		}
		return null;
	}
}
