package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Dictionary;

import org.cupola.ipp.CupsConnection;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.junit.jupiter.api.Test;

/** The IPP core must stay usable headless: neither its manifest nor its resolved wiring reaches SWT, JFace or UI. */
class NoUiDependencyTest {

	@Test
	void coreBundleHasNoUiDependency() {
		Bundle core = FrameworkUtil.getBundle(CupsConnection.class);
		assertNotNull(core, "runs inside OSGi");
		Dictionary<String, String> headers = core.getHeaders();
		for (String header : new String[] { Constants.REQUIRE_BUNDLE, Constants.IMPORT_PACKAGE,
				Constants.DYNAMICIMPORT_PACKAGE }) {
			String value = String.valueOf(headers.get(header));
			assertFalse(value.matches("(?s).*org\\.eclipse\\.(swt|jface|ui).*"), header + ": " + value);
		}
		for (BundleWire wire : core.adapt(BundleWiring.class).getRequiredWires(null)) {
			String provider = wire.getProvider().getSymbolicName();
			// the test fragment attaches to the core and brings its own (test-only) requirements
			if (!wire.getRequirement().getResource().equals(core.adapt(BundleWiring.class).getRevision())) {
				continue;
			}
			assertFalse(provider.matches("org\\.eclipse\\.(swt|jface|ui).*"), "wired to " + provider);
		}
	}
}
