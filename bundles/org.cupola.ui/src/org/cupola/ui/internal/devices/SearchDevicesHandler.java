package org.cupola.ui.internal.devices;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** F5 in the Devices view: search again. */
public final class SearchDevicesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof DevicesView view) {
			view.search();
		}
		return null;
	}
}
