package org.cupola.fleet.ui.internal;

import java.util.List;

import org.cupola.fleet.ui.FleetRow;
import org.cupola.fleet.ui.FleetView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The Fleet view's commands (registered in plugin.xml, active in the Fleet view). */
public final class FleetHandlers {

	private FleetHandlers() {
	}

	private abstract static class FleetHandler extends AbstractHandler {
		@Override
		public final Object execute(ExecutionEvent event) {
			IWorkbenchPart part = HandlerUtil.getActivePart(event);
			if (part instanceof FleetView view && view.getPanel() != null && !view.getPanel().isDisposed()) {
				run(HandlerUtil.getActiveShell(event), view, view.getPanel().getSelectedRows());
			}
			return null;
		}

		abstract void run(Shell shell, FleetView view, List<FleetRow> rows);
	}

	/** Compare With...: two selected servers, or one and a site file. */
	public static final class Compare extends FleetHandler {
		@Override
		void run(Shell shell, FleetView view, List<FleetRow> rows) {
			FleetActions.compare(shell, view.getPanel(), rows, view.getSite().getPage());
		}
	}

	/** Export...: the selected server's site description to a file. */
	public static final class Export extends FleetHandler {
		@Override
		void run(Shell shell, FleetView view, List<FleetRow> rows) {
			if (!rows.isEmpty()) {
				FleetActions.export(shell, view.getPanel(), rows.get(0));
			}
		}
	}

	/** Apply...: a site file to the selected server, after a preview of the plan. */
	public static final class Apply extends FleetHandler {
		@Override
		void run(Shell shell, FleetView view, List<FleetRow> rows) {
			if (!rows.isEmpty()) {
				FleetActions.apply(shell, view.getPanel(), rows.get(0));
			}
		}
	}

	/** Refresh (F5): checks every server now. */
	public static final class Refresh extends FleetHandler {
		@Override
		void run(Shell shell, FleetView view, List<FleetRow> rows) {
			view.getPanel().refresh();
		}
	}
}
