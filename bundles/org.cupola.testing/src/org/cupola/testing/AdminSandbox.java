package org.cupola.testing;

import org.cupola.ipp.CupsConnection;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One populated private cupsd for a test class, with a connection to it as administrator; started before the
 * class's tests and closed after them:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final AdminSandbox cups = new AdminSandbox();
 * </pre>
 */
public final class AdminSandbox implements BeforeAllCallback, AfterAllCallback {

	private CupsSandbox sandbox;
	private CupsConnection admin;

	@Override
	public void beforeAll(ExtensionContext context) {
		sandbox = CupsSandbox.start(true);
		admin = new CupsConnection(sandbox.server(), null, null);
		admin.setCredentials(sandbox.adminCredentials());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (admin != null) {
			admin.close();
			admin = null;
		}
		if (sandbox != null) {
			sandbox.close();
			sandbox = null;
		}
	}

	/** {@return the running sandbox} */
	public CupsSandbox sandbox() {
		return sandbox;
	}

	/** {@return the connection as the sandbox's administrator} */
	public CupsConnection admin() {
		return admin;
	}
}
