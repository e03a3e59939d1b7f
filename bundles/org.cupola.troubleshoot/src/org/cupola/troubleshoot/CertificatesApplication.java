package org.cupola.troubleshoot;

import java.io.BufferedReader;
import java.io.InputStreamReader;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code org.cupola.troubleshoot.certificates}: {@code cupola certificates ARGS}. All the
 * work is in {@link CertificatesCommand}.
 */
public final class CertificatesApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] s ? s : new String[0];
		context.applicationRunning();
		BufferedReader terminal = System.console() == null ? null
				: new BufferedReader(new InputStreamReader(System.in, System.console().charset()));
		int status = new CertificatesCommand(terminal).run(args, System.out, System.err);
		System.out.flush();
		return Integer.valueOf(status);
	}

	@Override
	public void stop() {
		// ends on its own
	}
}
