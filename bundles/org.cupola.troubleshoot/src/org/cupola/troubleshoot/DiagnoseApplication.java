package org.cupola.troubleshoot;

import java.util.Map;

import org.cupola.ipp.CredentialsStore;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The headless application {@code org.cupola.troubleshoot.diagnose}: {@code cupola diagnose ARGS} runs
 * {@code -application org.cupola.troubleshoot.diagnose ARGS}. All the work is in {@link DiagnoseCommand}; this class
 * hands it the {@link CredentialsStore} service, so remembered passwords are used.
 */
public final class DiagnoseApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] s ? s : new String[0];
		context.applicationRunning();
		BundleContext bundleContext = bundleContext();
		ServiceReference<CredentialsStore> ref = bundleContext == null ? null
				: bundleContext.getServiceReference(CredentialsStore.class);
		try {
			CredentialsStore store = ref == null ? null : bundleContext.getService(ref);
			int status = new DiagnoseCommand().withCredentialsStore(store).run(args, System.out, System.err,
					Map.copyOf(System.getenv()));
			System.out.flush();
			return Integer.valueOf(status);
		} finally {
			if (ref != null) {
				bundleContext.ungetService(ref);
			}
		}
	}

	private static BundleContext bundleContext() {
		Bundle bundle = FrameworkUtil.getBundle(DiagnoseApplication.class);
		return bundle == null ? null : bundle.getBundleContext();
	}

	@Override
	public void stop() {
		// the command ends on its own; nothing to interrupt
	}
}
