package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
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
 * none is selected. The content is a {@link JobsPanel}; the view wires it to the selection service, its context menu
 * ({@code popup:org.cupola.ui.jobs}, where plugin.xml contributes the job commands) and tool bar, and keeps the
 * periodic refresh running only while it is visible. F5 runs the shared refresh command
 * ({@link RefreshJobsHandler}). Adapts to its {@link JobsPanel}, which the job commands refresh.
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
					&& !panel.getModel().isAutoRefresh()) {
				panel.getModel().setAutoRefresh(true);
				panel.refresh();
			}
		}

		@Override
		public void partHidden(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == JobsView.this && panel != null && !panel.isDisposed()) {
				panel.getModel().setAutoRefresh(false);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		panel = new JobsPanel(parent, SWT.NONE);
		getSite().setSelectionProvider(panel.getViewer());
		Action showCompleted = new Action(Messages.Jobs_showCompleted, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				panel.getModel().setShowCompleted(isChecked());
			}
		};
		showCompleted.setToolTipText(Messages.Jobs_showCompletedTooltip);
		IActionBars bars = getViewSite().getActionBars();
		bars.getToolBarManager().add(showCompleted);
		bars.getToolBarManager().add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bars.getMenuManager().add(showCompleted);
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		panel.getViewer().getControl().setMenu(menu.createContextMenu(panel.getViewer().getControl()));
		getSite().registerContextMenu(menu, panel.getViewer());
		getSite().getPage().addSelectionListener(PrintersView.ID, printersSelection);
		getSite().getPage().addPartListener(visibility);
		Servers.getDefault().addListener(serversListener);
		show(getSite().getPage().getSelection(PrintersView.ID));
		panel.refresh();
		panel.getModel().setAutoRefresh(true);
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

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == JobsPanel.class && panel != null && !panel.isDisposed()) {
			return adapter.cast(panel);
		}
		return super.getAdapter(adapter);
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
			panel.getModel().setAutoRefresh(false);
		}
		super.dispose();
	}
}
