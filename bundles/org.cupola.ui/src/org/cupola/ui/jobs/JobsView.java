package org.cupola.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * Jobs view: the jobs of the queues selected in the Printers view, or of every queue of every connected server when
 * none is selected. The content and its logic are in {@link JobsPanel}; the view wires it to the selection service,
 * its tool bar and menus, and keeps the periodic refresh running only while it is visible. F5 runs the shared
 * refresh command ({@link RefreshJobsHandler}).
 */
public final class JobsView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.cupola.ui.jobs"; //$NON-NLS-1$

	private JobsPanel panel;

	private final Consumer<Servers> serversListener = s -> {
		if (panel != null && !panel.isDisposed()) {
			panel.getDisplay().asyncExec(this::refresh);
		}
	};

	private final ISelectionListener printersSelection = (part, selection) -> {
		if (part instanceof PrintersView) {
			show(selection);
		}
	};

	private final IPartListener2 visibility = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == JobsView.this && panel != null && !panel.isDisposed()
					&& !panel.isAutoRefresh()) {
				panel.setAutoRefresh(true);
				panel.refresh();
			}
		}

		@Override
		public void partHidden(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == JobsView.this && panel != null && !panel.isDisposed()) {
				panel.setAutoRefresh(false);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		panel = new JobsPanel(parent, SWT.NONE);
		getSite().setSelectionProvider(panel.getViewer());
		ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", "icons/full/elcl16/refresh_nav.png") //$NON-NLS-1$ //$NON-NLS-2$
				.ifPresent(panel.getRefreshAction()::setImageDescriptor);
		IActionBars bars = getViewSite().getActionBars();
		panel.fillToolBar(bars.getToolBarManager());
		panel.fillViewMenu(bars.getMenuManager());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		panel.getViewer().getControl().setMenu(menu.createContextMenu(panel.getViewer().getControl()));
		getSite().registerContextMenu(menu, panel.getViewer());
		getSite().getPage().addSelectionListener(PrintersView.ID, printersSelection);
		getSite().getPage().addPartListener(visibility);
		Servers.getDefault().addListener(serversListener);
		show(getSite().getPage().getSelection(PrintersView.ID));
		panel.refresh();
		panel.setAutoRefresh(true);
	}

	private void fillContextMenu(IMenuManager menu) {
		panel.fillContextMenu(menu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void show(ISelection selection) {
		if (panel == null || panel.isDisposed()) {
			return;
		}
		List<PrinterElement> queues = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object o : structured) {
				if (o instanceof PrinterElement p) {
					queues.add(p);
				}
			}
		}
		panel.showPrinters(queues);
		setContentDescription(panel.describeScope());
	}

	/** Fetches the jobs again (F5). */
	public void refresh() {
		if (panel != null && !panel.isDisposed()) {
			panel.refresh();
		}
	}

	/** {@return the panel (content and logic of the view)} */
	public JobsPanel getPanel() {
		return panel;
	}

	/** {@return the virtual table viewer, for tests} */
	public TableViewer getViewer() {
		return panel.getViewer();
	}

	@Override
	public void setFocus() {
		panel.getViewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(PrintersView.ID, printersSelection);
		getSite().getPage().removePartListener(visibility);
		Servers.getDefault().removeListener(serversListener);
		if (panel != null && !panel.isDisposed()) {
			panel.setAutoRefresh(false);
		}
		super.dispose();
	}
}
