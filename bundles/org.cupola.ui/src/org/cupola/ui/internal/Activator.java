package org.cupola.ui.internal;

import org.cupola.ui.Servers;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Releases what the bundle holds from the OSGi service registry when it stops. */
public final class Activator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		// nothing: Servers opens its service tracker when CUPS first asks for a password
	}

	@Override
	public void stop(BundleContext context) {
		Servers.getDefault().closeServiceTracking();
	}
}
