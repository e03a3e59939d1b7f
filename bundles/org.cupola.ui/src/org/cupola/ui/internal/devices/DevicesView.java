package org.cupola.ui.internal.devices;

import java.util.function.Consumer;

import org.cupola.ipp.Device;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.wizards.AddPrinterHandler;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

/**
 * Devices view: the devices a CUPS server can reach (USB, network, files...), streamed in as CUPS finds them, with
 * Search (F5), Cancel and Add Printer for the selected device. The content and its logic are in
 * {@link DevicesPanel}; the view searches when the user opens it (not when the workbench restores it), keeps its
 * server list in step with the connected servers and opens the Add Printer wizard with the device's URI.
 */
public final class DevicesView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.cupola.ui.devices"; //$NON-NLS-1$

	private DevicesPanel panel;

	private final Consumer<Servers> serversListener = s -> {
		if (panel != null && !panel.isDisposed()) {
			panel.getDisplay().asyncExec(() -> {
				if (!panel.isDisposed()) {
					panel.refreshServers();
					updateDescription();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		panel = new DevicesPanel(parent, SWT.NONE);
		getSite().setSelectionProvider(panel.getViewer());
		ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", "icons/full/elcl16/refresh_nav.png") //$NON-NLS-1$ //$NON-NLS-2$
				.ifPresent(panel.getSearchAction()::setImageDescriptor);
		ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", "icons/full/elcl16/progress_stop.png") //$NON-NLS-1$ //$NON-NLS-2$
				.ifPresent(panel.getCancelAction()::setImageDescriptor);
		ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", "icons/full/etool16/new_wiz.png") //$NON-NLS-1$ //$NON-NLS-2$
				.ifPresent(panel.getAddPrinterAction()::setImageDescriptor);
		IActionBars bars = getViewSite().getActionBars();
		panel.fillToolBar(bars.getToolBarManager());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		panel.getViewer().getControl().setMenu(menu.createContextMenu(panel.getViewer().getControl()));
		getSite().registerContextMenu(menu, panel.getViewer());
		panel.setOnAddPrinter(this::addPrinter);
		Servers.getDefault().addListener(serversListener);
		updateDescription();
		// what the user opened the view for (the prompt asks if CUPS wants an administrator); not when the workbench
		// restores the view at start-up, which would greet the user with a password dialog: Search (F5) then
		if (panel.getServer() != null && !getSite().getWorkbenchWindow().getWorkbench().isStarting()) {
			panel.search();
		}
	}

	private void fillContextMenu(IMenuManager menu) {
		panel.fillContextMenu(menu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void updateDescription() {
		Servers.Entry server = panel.getServer();
		setContentDescription(server == null ? "" : NLS.bind(Messages.Devices_description, server.server())); //$NON-NLS-1$
	}

	private void addPrinter(Servers.Entry server, Device device) {
		AddPrinterHandler.open(getSite().getShell(), server, device, getSite().getPage());
	}

	/** Searches again (F5). */
	public void search() {
		if (panel != null && !panel.isDisposed()) {
			panel.search();
		}
	}

	/** {@return the panel (content and logic of the view)} */
	public DevicesPanel getPanel() {
		return panel;
	}

	@Override
	public void setFocus() {
		panel.getViewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		Servers.getDefault().removeListener(serversListener);
		if (panel != null && !panel.isDisposed()) {
			panel.cancel();
		}
		super.dispose();
	}
}
