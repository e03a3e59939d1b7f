package org.cupola.ui.internal.jobs;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** F5 in the Jobs view (the {@code org.cupola.ui.refresh} command while the Jobs view is active). */
public final class RefreshJobsHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof JobsView view) {
			view.refresh();
		}
		return null;
	}
}
