package org.cupola.ui;

import java.time.Duration;
import java.util.function.Consumer;

import org.cupola.ui.internal.StartupTrace;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

/**
 * Printers view: a tree per connected server with a row per queue. The content and its logic live in
 * {@link PrintersPanel} (a virtual tree, testable without the workbench); the view wires it to the selection service,
 * the context menu ({@code popup:org.cupola.ui.printers}) and the {@link Servers} listener.
 */
public final class PrintersView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.cupola.ui.printers"; //$NON-NLS-1$
	/** The key binding context of the view. */
	public static final String CONTEXT_ID = "org.cupola.ui.printersView"; //$NON-NLS-1$

	private PrintersPanel panel;
	private final Consumer<Servers> serversListener = s -> {
		if (panel != null && !panel.isDisposed()) {
			panel.getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		StartupTrace.mark("printers-view-create"); //$NON-NLS-1$
		panel = new PrintersPanel(parent, SWT.NONE);
		// the header says each server's state: connecting, connected, not answering (for how long), unreachable...
		panel.setStateListener(() -> setContentDescription(panel.describeServers()));
		TreeViewer viewer = panel.getViewer();
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		// the view's key bindings (Ctrl+N, Ctrl+T, Delete) are active while it is
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		if (Servers.getDefault().entries().isEmpty()) {
			// inside an Eclipse IDE no Cupola application connects at start: the servers remembered last time, else
			// the local CUPS (no I/O here; the fetch below is a job)
			Servers.getDefault().connectStartupServers();
		}
		Servers.getDefault().addListener(serversListener);
		// live: by CUPS subscription where the server allows it, else a fetch every 30 s
		panel.setLiveRefresh(Duration.ofSeconds(30));
		refresh();
	}

	/** Fetches the printers of every server again, each in its own job. */
	public void refresh() {
		if (panel == null || panel.isDisposed()) {
			return;
		}
		panel.refresh();
	}

	/** The viewer (a virtual tree: rows get their data when painted), for tests. */
	public TreeViewer getViewer() {
		return panel.getViewer();
	}

	/** {@return the panel (content and logic of the view)} */
	public PrintersPanel getPanel() {
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
