package org.cupola.app.internal;

import org.cupola.ui.Servers;
import org.cupola.ui.internal.PrinterPrefetch;
import org.cupola.ui.internal.StartupTrace;
import org.eclipse.core.runtime.IStatus;
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

	/**
	 * Opens the first window on the UI thread itself. The platform's version hands the work to a helper thread and
	 * spins the event loop until that thread says it is done and wakes the display; on GTK that wake is sometimes
	 * lost, and the UI thread then sleeps until some other event arrives: about one start in twelve showed no window
	 * for 6 s (docs/PERFORMANCE.md "Start-up"). The helper thread only exists to keep a splash screen's progress
	 * moving; Cupola has no splash.
	 */
	@Override
	public boolean openWindows() {
		return openWindows(getWorkbenchConfigurer());
	}

	/** {@link #openWindows()} on the calling thread: restore, or open the first-time window; false to exit. */
	static boolean openWindows(IWorkbenchConfigurer configurer) {
		IStatus restored = configurer.restoreState();
		if (restored.isOK()) {
			return true;
		}
		switch (restored.getCode()) {
		case IWorkbenchConfigurer.RESTORE_CODE_EXIT:
			return false;
		case IWorkbenchConfigurer.RESTORE_CODE_RESET:
			configurer.openFirstTimeWindow();
			return true;
		default:
			return true;
		}
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
