package org.cupola.fleet.ui;

import java.util.function.Consumer;

import org.cupola.fleet.ui.internal.Messages;
import org.cupola.ui.Servers;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

/**
 * Fleet view: every connected server with its health at a glance, refreshed live, and the fleet commands (Compare
 * With..., Export..., Apply..., contributed in plugin.xml to the view's context menu and toolbar). The content and
 * its logic are in {@link FleetPanel}; the view keeps its rows in step with the connected servers.
 */
public final class FleetView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.cupola.fleet.ui.fleet"; //$NON-NLS-1$

	private FleetPanel panel;

	private final Consumer<Servers> serversListener = s -> {
		if (panel != null && !panel.isDisposed()) {
			panel.getDisplay().asyncExec(() -> {
				if (!panel.isDisposed()) {
					panel.refresh();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		panel = new FleetPanel(parent, SWT.NONE);
		getSite().setSelectionProvider(panel.getViewer());
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		panel.getViewer().getControl().setMenu(menu.createContextMenu(panel.getViewer().getControl()));
		getSite().registerContextMenu(menu, panel.getViewer());
		setContentDescription(Messages.View_description);
		Servers.getDefault().addListener(serversListener);
		panel.refresh();
	}

	/** {@return the panel (content and logic of the view)} */
	public FleetPanel getPanel() {
		return panel;
	}

	@Override
	public void setFocus() {
		panel.getViewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		Servers.getDefault().removeListener(serversListener);
		super.dispose();
	}
}
