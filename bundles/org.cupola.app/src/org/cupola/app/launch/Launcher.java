package org.cupola.app.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts Equinox from the class path, in place of the Equinox launcher jar: the {@code cupola} script and the Debian
 * package's native launchers run {@code java -cp plugins/org.eclipse.osgi_*.jar:plugins/org.cupola.app_*.jar
 * org.cupola.app.launch.Launcher ARGS}. The framework's classes then come from the application class loader, so the
 * JDK's AOT cache holds them too (the launcher jar loads them through its own class loader, which the cache does not
 * serve); docs/PERFORMANCE.md "Start-up". This class is never loaded inside the framework. {@code EclipseStarter} is
 * reached by reflection: it is not API for bundles (discouraged access), and here it is only on the class path.
 * <p>
 * It does what the launcher jar did for Cupola: the install area is the directory above {@code plugins/}; the
 * framework is the {@code org.eclipse.osgi} jar on the class path; when the configuration area is elsewhere (the
 * per-user one the script names), the product's {@code configuration/} is its shared, cascaded parent (config.ini,
 * bundles.info); the exit code is the application's ({@code eclipse.exitcode}, 13 when the framework failed). Program
 * arguments ({@code -data}, {@code -configuration}, {@code -application}, {@code -consoleLog}, ...) are handled by
 * {@code EclipseStarter}. {@code EclipseStarter.main} itself cannot be used: it keeps the framework running after the
 * application returned (it sets {@code osgi.noShutdown}), so the process would never end.
 */
public final class Launcher {

	private static final String EXIT_CODE = "eclipse.exitcode"; //$NON-NLS-1$
	private static final String STARTER = "org.eclipse.core.runtime.adaptor.EclipseStarter"; //$NON-NLS-1$

	private Launcher() {
	}

	public static void main(String[] args) {
		int code;
		try {
			Class<?> starter = Class.forName(STARTER);
			defaults(starter, args);
			Method run = starter.getMethod("run", String[].class, Runnable.class); //$NON-NLS-1$
			run.invoke(null, args, null);
			code = exitCode(System.getProperty(EXIT_CODE));
		} catch (InvocationTargetException e) { // the launcher jar's contract: report, exit 13
			e.getCause().printStackTrace();
			code = 13;
		} catch (Throwable e) {
			e.printStackTrace();
			code = 13;
		}
		System.exit(code);
	}

	/** The launcher jar's rule: no (or an unreadable) exit code is 0 resp. 17. */
	static int exitCode(String value) {
		if (value == null) {
			return 0;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return 17;
		}
	}

	private static void defaults(Class<?> starter, String[] args) throws URISyntaxException {
		setDefault("eclipse.startTime", Long.toString(System.currentTimeMillis())); //$NON-NLS-1$
		Path framework = Path.of(starter.getProtectionDomain().getCodeSource().getLocation().toURI());
		setDefault("osgi.framework", framework.toUri().toString()); //$NON-NLS-1$
		setDefault("osgi.install.area", framework.getParent().getParent().toUri().toString()); //$NON-NLS-1$
		Path install = path(System.getProperty("osgi.install.area")); //$NON-NLS-1$
		Path shared = install.resolve("configuration"); //$NON-NLS-1$
		String configuration = argument(args, "-configuration"); //$NON-NLS-1$
		if (configuration == null) {
			configuration = System.getProperty("osgi.configuration.area", //$NON-NLS-1$
					System.getProperty("osgi.configuration.area.default")); //$NON-NLS-1$
		}
		boolean elsewhere = configuration != null && !sameDirectory(configuration, shared);
		if (elsewhere && Files.isDirectory(shared) && System.getProperty("osgi.configuration.cascaded") == null) { //$NON-NLS-1$
			System.setProperty("osgi.sharedConfiguration.area", shared.toUri().toString()); //$NON-NLS-1$
			System.setProperty("osgi.configuration.cascaded", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static boolean sameDirectory(String location, Path dir) {
		try {
			return path(location).equals(dir);
		} catch (RuntimeException | URISyntaxException e) {
			return false;
		}
	}

	/** A location as Equinox takes it: a {@code file:} URL or a plain path. */
	static Path path(String location) throws URISyntaxException {
		Path path = location.startsWith("file:") ? Path.of(new URI(location.replace(" ", "%20"))) : Path.of(location); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return path.toAbsolutePath().normalize();
	}

	private static String argument(String[] args, String name) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (name.equalsIgnoreCase(args[i])) {
				return args[i + 1];
			}
		}
		return null;
	}

	private static void setDefault(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
