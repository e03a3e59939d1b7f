package org.cupola.app.internal;

import java.util.List;

import org.cupola.ui.Servers;
import org.cupola.ui.internal.StartupTrace;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class CupolaWindowAdvisor extends WorkbenchWindowAdvisor {

	/**
	 * Action sets of the IDE and the text editors that Compare brings along and that show by default: "Open File..."
	 * and "Convert Line Delimiters To" in the File menu, Previous/Next Annotation and Previous/Next Edit Location on the
	 * toolbar. The standalone product has no files or editors (an IDE keeps them: this advisor is the product's only).
	 */
	private static final List<String> IDE_ACTION_SETS = List.of("org.eclipse.ui.actionSet.openFiles", //$NON-NLS-1$
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo", //$NON-NLS-1$
			"org.eclipse.ui.edit.text.actionSet.annotationNavigation", //$NON-NLS-1$
			"org.eclipse.ui.edit.text.actionSet.navigation"); //$NON-NLS-1$

	CupolaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new CupolaActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1100, 700));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(Servers.getDefault().describeForTitle());
		StartupTrace.mark("window-create"); //$NON-NLS-1$
	}

	@Override
	public void postWindowCreate() {
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		if (page != null) {
			IDE_ACTION_SETS.forEach(page::hideActionSet);
		}
	}

	@Override
	public void postWindowOpen() {
		StartupTrace.mark("window-open"); //$NON-NLS-1$
	}
}
