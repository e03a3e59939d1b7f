package org.cupola.troubleshoot;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code org.cupola.troubleshoot.diagnose}: {@code cupola diagnose ARGS} runs
 * {@code -application org.cupola.troubleshoot.diagnose ARGS}. All the work is in {@link DiagnoseCommand}.
 */
public final class DiagnoseApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] s ? s : new String[0];
		context.applicationRunning();
		int status = new DiagnoseCommand().run(args, System.out, System.err, Map.copyOf(System.getenv()));
		System.out.flush();
		return Integer.valueOf(status);
	}

	@Override
	public void stop() {
		// the command ends on its own; nothing to interrupt
	}
}
