package org.cupola.app.internal;

import org.cupola.ui.Servers;
import org.cupola.ui.internal.PrinterPrefetch;
import org.cupola.ui.internal.StartupTrace;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class CupolaWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupOptions options;

	CupolaWorkbenchAdvisor(StartupOptions options) {
		this.options = options;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		StartupTrace.mark("workbench-initialize"); //$NON-NLS-1$
		configurer.setSaveAndRestore(false);
		Servers servers = Servers.getDefault();
		if (options.servers().isEmpty()) {
			servers.connectStartupServers();
		} else {
			for (String s : options.servers()) {
				servers.connect(s, null);
			}
		}
		if (options.serverLabel() != null) {
			servers.setFirstServerLabel(options.serverLabel());
		}
		// the first listing runs while the workbench builds the window; the Printers view adopts it (issue 14)
		PrinterPrefetch.start(servers.entries());
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return org.cupola.ui.CupolaPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CupolaWindowAdvisor(configurer);
	}
}
