package org.cupola.app.internal;

import org.cupola.ui.Servers;
import org.cupola.ui.internal.StartupTrace;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class CupolaWindowAdvisor extends WorkbenchWindowAdvisor {

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
	public void postWindowOpen() {
		StartupTrace.mark("window-open"); //$NON-NLS-1$
	}
}
