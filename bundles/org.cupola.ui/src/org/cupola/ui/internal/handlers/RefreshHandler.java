package org.cupola.ui.internal.handlers;

import org.cupola.ui.PrintersView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** F5 in the Printers view: fetch every server's queues again. */
public final class RefreshHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof PrintersView view) {
			view.refresh();
		}
		return null;
	}
}
