package org.cupola.app.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.cupola.ipp.UserPreferences;
import org.eclipse.core.runtime.ILog;
import org.cupola.ui.internal.StartupTrace;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Cupola RCP application: parses the program arguments into a {@link StartupOptions}, takes over the settings
 * an earlier version left in {@code ./workspace} (once), and runs the workbench.
 */
public final class Application implements IApplication {

	/** The exit code when the window cannot be shown: no display (as for bad usage, 2; the framework's is 13). */
	static final Integer EXIT_NO_DISPLAY = Integer.valueOf(2);

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StartupTrace.mark("application-start"); //$NON-NLS-1$
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		StartupOptions options = StartupOptions.parse(args == null ? new String[0] : args);
		migrateLegacyWorkspace();
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError e) { // no X server or compositor: say so on the terminal, not only in the log file
			String message = NLS.bind(Messages.NoDisplay, displayName());
			System.err.println(message); // SWT's own words ("No more handles") would mislead here; the log keeps them
			ILog.of(Application.class).error(message, e);
			return EXIT_NO_DISPLAY;
		}
		StartupTrace.mark("display-created"); //$NON-NLS-1$
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new CupolaWorkbenchAdvisor(options));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** {@return the display the GUI tried, as the environment names it} */
	static String displayName() {
		String x11 = System.getenv("DISPLAY"); //$NON-NLS-1$
		String wayland = System.getenv("WAYLAND_DISPLAY"); //$NON-NLS-1$
		if (x11 != null && !x11.isEmpty()) {
			return x11;
		}
		return wayland != null && !wayland.isEmpty() ? wayland : "(DISPLAY is not set)"; //$NON-NLS-1$
	}

	/** An earlier version kept its settings in ./workspace: take them over once (see {@link LegacyWorkspace}). */
	private static void migrateLegacyWorkspace() {
		Path cwd = Path.of("").toAbsolutePath(); //$NON-NLS-1$
		UserPreferences preferences = UserPreferences.getDefault();
		try {
			Path from = LegacyWorkspace.migrate(cwd, preferences);
			if (from != null) {
				ILog.of(Application.class).info(NLS.bind(Messages.Migration_done, from, preferences.file()));
			}
		} catch (IOException | UncheckedIOException e) {
			ILog.of(Application.class).error(NLS.bind(Messages.Migration_failed, cwd), e);
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
