package org.cupola.fleet;

import java.util.Map;

import org.cupola.ipp.CredentialsStore;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The headless application {@code org.cupola.fleet.cli}: {@code cupola export|diff|apply|diagnose ARGS} runs
 * {@code -application org.cupola.fleet.cli COMMAND ARGS}. The work is in {@link FleetCommand}; this class hands it the
 * {@link CredentialsStore} service, so remembered passwords are used.
 */
public final class FleetApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] s ? s : new String[0];
		context.applicationRunning();
		Bundle bundle = FrameworkUtil.getBundle(FleetApplication.class);
		BundleContext bc = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<CredentialsStore> ref = bc == null ? null : bc.getServiceReference(CredentialsStore.class);
		try {
			CredentialsStore store = ref == null ? null : bc.getService(ref);
			int status = new FleetCommand().withCredentialsStore(store).run(args, System.out, System.err,
					Map.copyOf(System.getenv()));
			System.out.flush();
			return Integer.valueOf(status);
		} finally {
			if (ref != null) {
				bc.ungetService(ref);
			}
		}
	}

	@Override
	public void stop() {
		// the command ends on its own
	}
}
