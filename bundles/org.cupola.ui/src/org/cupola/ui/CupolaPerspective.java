package org.cupola.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "Cupola" perspective: printers on top, progress below. */
public final class CupolaPerspective implements IPerspectiveFactory {

	/** The perspective id. */
	public static final String ID = "org.cupola.ui.perspective"; //$NON-NLS-1$
	/** The id of the platform's Error Log view. */
	public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(PrintersView.ID, true, IPageLayout.TOP, 0.7f, layout.getEditorArea());
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, PrintersView.ID); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(PrintersView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		// the platform's Error Log view (org.eclipse.ui.views.log): failed operations with server and operation
		bottom.addPlaceholder(ERROR_LOG_VIEW_ID);
		layout.addShowViewShortcut(ERROR_LOG_VIEW_ID);
	}
}
