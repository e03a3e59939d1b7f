package org.cupola.auth.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Logging to the Eclipse log; silent outside OSGi. Callers never pass a password. */
final class Log {

	static final String PLUGIN_ID = "org.cupola.auth.ui"; //$NON-NLS-1$

	private Log() {
	}

	static void warning(String message, Throwable e) {
		log(IStatus.WARNING, message, e);
	}

	static void error(String message, Throwable e) {
		log(IStatus.ERROR, message, e);
	}

	private static void log(int severity, String message, Throwable e) {
		try {
			ILog.of(Log.class).log(new Status(severity, PLUGIN_ID, message == null ? "" : message, e)); //$NON-NLS-1$
		} catch (RuntimeException | LinkageError notInOsgi) {
			// no platform log (plain JUnit): nothing to do
		}
	}
}
