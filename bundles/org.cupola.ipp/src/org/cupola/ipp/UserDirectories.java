package org.cupola.ipp;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Cupola keeps a user's files, following the XDG base directories, so that the GUI and every headless command
 * find the same files whatever the current directory and wherever the product is installed (it may be read-only).
 * <ul>
 * <li>{@link #config()}: {@code $XDG_CONFIG_HOME/cupola}, default {@code ~/.config/cupola}: preferences, remembered
 * servers, pinned certificates.</li>
 * <li>{@link #state()}: {@code $XDG_STATE_HOME/cupola}, default {@code ~/.local/state/cupola}: the restore journal,
 * queue history, logs.</li>
 * <li>{@link #cache()}: {@code $XDG_CACHE_HOME/cupola}, default {@code ~/.cache/cupola}: what can be recomputed.</li>
 * </ul>
 * A system property ({@code cupola.config.dir}, {@code cupola.state.dir}, {@code cupola.cache.dir}) overrides each,
 * for tests and for the product's launcher. Directories are not created here; the caller creates what it writes.
 */
public final class UserDirectories {

	/** System property that overrides {@link #config()}. */
	public static final String CONFIG_PROPERTY = "cupola.config.dir"; //$NON-NLS-1$
	/** System property that overrides {@link #state()}. */
	public static final String STATE_PROPERTY = "cupola.state.dir"; //$NON-NLS-1$
	/** System property that overrides {@link #cache()}. */
	public static final String CACHE_PROPERTY = "cupola.cache.dir"; //$NON-NLS-1$

	private static final String APP = "cupola"; //$NON-NLS-1$

	private UserDirectories() {
	}

	/** {@return the per-user configuration directory (preferences, servers, pinned certificates)} */
	public static Path config() {
		return resolve(System.getenv(), CONFIG_PROPERTY, "XDG_CONFIG_HOME", ".config"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the per-user state directory (restore journal, queue history, logs)} */
	public static Path state() {
		return resolve(System.getenv(), STATE_PROPERTY, "XDG_STATE_HOME", ".local/state"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@return the per-user cache directory} */
	public static Path cache() {
		return resolve(System.getenv(), CACHE_PROPERTY, "XDG_CACHE_HOME", ".cache"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Resolves one directory: the system property, else the XDG variable (absolute paths only, as the specification
	 * says), else the default below the user's home.
	 *
	 * @param env
	 *            the environment to read
	 * @param property
	 *            the overriding system property
	 * @param variable
	 *            the XDG environment variable
	 * @param homeRelative
	 *            the default, relative to {@code user.home}
	 * @return the directory ({@code .../cupola})
	 */
	static Path resolve(Map<String, String> env, String property, String variable, String homeRelative) {
		String override = System.getProperty(property);
		if (override != null && !override.isBlank()) {
			return Path.of(override).toAbsolutePath();
		}
		String xdg = env.get(variable);
		if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
			return Path.of(xdg, APP);
		}
		return Path.of(System.getProperty("user.home"), homeRelative, APP); //$NON-NLS-1$
	}
}
