package org.cupola.app.internal;

import org.cupola.ui.internal.StartupTrace;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Cupola RCP application: parses the program arguments into a {@link StartupOptions} and runs the
 * workbench.
 */
public final class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StartupTrace.mark("application-start"); //$NON-NLS-1$
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		StartupOptions options = StartupOptions.parse(args == null ? new String[0] : args);
		Display display = PlatformUI.createDisplay();
		StartupTrace.mark("display-created"); //$NON-NLS-1$
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new CupolaWorkbenchAdvisor(options));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
