package org.cupola.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.cupola.fleet.internal.Json;

/**
 * A site description: the configuration of one CUPS server as data, the format of {@code cupola export} and the input
 * of {@code cupola diff} and {@code cupola apply}. It is JSON (format {@value #FORMAT}, version {@value #VERSION}),
 * documented in {@code docs/SITE-FORMAT.md}: every object's keys are sorted and every array element sits on its own
 * line, so two exports of equal servers are equal bytes and a text diff of two files shows one changed setting per
 * line. Queues are maps from setting key (the constants below) to JSON values; a key that is absent is not managed.
 */
public final class Site {

	/** The value of {@code "format"}. */
	public static final String FORMAT = "cupola-site"; //$NON-NLS-1$
	/** The format version this code writes and reads. */
	public static final int VERSION = 1;

	public static final String K_FORMAT = "format"; //$NON-NLS-1$
	public static final String K_VERSION = "version"; //$NON-NLS-1$
	public static final String K_DEFAULT = "default-destination"; //$NON-NLS-1$
	public static final String K_PRINTERS = "printers"; //$NON-NLS-1$
	public static final String K_CLASSES = "classes"; //$NON-NLS-1$
	public static final String K_SERVER = "server"; //$NON-NLS-1$

	// queue and class settings
	public static final String DEVICE_URI = "device-uri"; //$NON-NLS-1$
	public static final String DRIVER = "driver"; //$NON-NLS-1$
	public static final String PPD = "ppd"; //$NON-NLS-1$
	public static final String PPD_DEFAULTS = "ppd-defaults"; //$NON-NLS-1$
	public static final String DESCRIPTION = "description"; //$NON-NLS-1$
	public static final String LOCATION = "location"; //$NON-NLS-1$
	public static final String SHARED = "shared"; //$NON-NLS-1$
	public static final String ENABLED = "enabled"; //$NON-NLS-1$
	public static final String ACCEPTING = "accepting"; //$NON-NLS-1$
	public static final String ERROR_POLICY = "error-policy"; //$NON-NLS-1$
	public static final String OP_POLICY = "op-policy"; //$NON-NLS-1$
	public static final String BANNERS = "banners"; //$NON-NLS-1$
	public static final String USERS_ALLOWED = "users-allowed"; //$NON-NLS-1$
	public static final String USERS_DENIED = "users-denied"; //$NON-NLS-1$
	public static final String JOB_DEFAULTS = "job-defaults"; //$NON-NLS-1$
	public static final String MEMBERS = "members"; //$NON-NLS-1$

	// driver values
	public static final String DRIVER_PPD = "ppd"; //$NON-NLS-1$
	public static final String DRIVER_EVERYWHERE = "everywhere"; //$NON-NLS-1$
	public static final String DRIVER_RAW = "raw"; //$NON-NLS-1$

	// server section
	public static final String SERVER_SETTINGS = "settings"; //$NON-NLS-1$
	public static final String SERVER_DIRECTIVES = "directives"; //$NON-NLS-1$
	public static final String SERVER_COMMENTS = "comments"; //$NON-NLS-1$
	public static final String SHARE_PRINTERS = "share-printers"; //$NON-NLS-1$
	public static final String REMOTE_ADMIN = "remote-admin"; //$NON-NLS-1$
	/** Server Settings' "allow printing from the Internet" ({@code Allow all} in {@code <Location />}). */
	public static final String REMOTE_ANY = "remote-any"; //$NON-NLS-1$
	/** Server Settings' "allow users to cancel any job" (the default policy's Cancel-Job {@code <Limit>}). */
	public static final String USER_CANCEL_ANY = "user-cancel-any"; //$NON-NLS-1$

	private final Map<String, Object> root;

	private Site(Map<String, Object> root) {
		this.root = root;
	}

	/**
	 * Creates a site from its parts.
	 *
	 * @param printers
	 *            queue name → settings
	 * @param classes
	 *            class name → settings
	 * @param defaultDestination
	 *            the default destination, or null
	 * @param server
	 *            the server section, or null when it is not managed (could not be read)
	 * @return the site
	 */
	public static Site of(Map<String, Map<String, Object>> printers, Map<String, Map<String, Object>> classes,
			String defaultDestination, Map<String, Object> server) {
		Map<String, Object> root = new TreeMap<>();
		root.put(K_FORMAT, FORMAT);
		root.put(K_VERSION, Long.valueOf(VERSION));
		root.put(K_PRINTERS, new TreeMap<>(printers));
		root.put(K_CLASSES, new TreeMap<>(classes));
		root.put(K_DEFAULT, defaultDestination);
		if (server != null) {
			root.put(K_SERVER, new TreeMap<>(server));
		}
		return new Site(root);
	}

	/**
	 * Parses a site description.
	 *
	 * @param json
	 *            the text
	 * @return the site
	 * @throws IllegalArgumentException
	 *             when it is not JSON, not a site description or of a newer version
	 */
	@SuppressWarnings("unchecked")
	public static Site parse(String json) {
		Object value = Json.parse(json);
		if (!(value instanceof Map<?, ?> map) || !FORMAT.equals(map.get(K_FORMAT))) {
			throw new IllegalArgumentException("not a Cupola site description (\"format\": \"" + FORMAT + "\" missing)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Object version = map.get(K_VERSION);
		if (!(version instanceof Long v) || v.longValue() < 1 || v.longValue() > VERSION) {
			throw new IllegalArgumentException("site description version " + version //$NON-NLS-1$
					+ " is not supported (this Cupola reads version " + VERSION + ')'); //$NON-NLS-1$
		}
		Map<String, Object> root = (Map<String, Object>) map;
		for (String k : new String[] { K_PRINTERS, K_CLASSES }) {
			Object section = root.get(k);
			if (section == null) {
				root.put(k, new TreeMap<>());
			} else if (!(section instanceof Map<?, ?> m) || m.values().stream().anyMatch(q -> !(q instanceof Map))) {
				throw new IllegalArgumentException("\"" + k + "\" must map names to objects"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (root.get(K_SERVER) != null && !(root.get(K_SERVER) instanceof Map)) {
			throw new IllegalArgumentException("\"server\" must be an object"); //$NON-NLS-1$
		}
		return new Site(root);
	}

	/**
	 * Reads a site description file (UTF-8).
	 *
	 * @param file
	 *            the file
	 * @return the site
	 * @throws IOException
	 *             when it cannot be read
	 * @throws IllegalArgumentException
	 *             when it is not a site description
	 */
	public static Site read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/** {@return the JSON text, keys sorted, ending with a newline} */
	public String toJson() {
		return Json.pretty(root) + '\n';
	}

	/** {@return the raw tree (for JSON Lines output)} */
	public Map<String, Object> tree() {
		return root;
	}

	/** {@return queue name → settings (sorted by name)} */
	@SuppressWarnings("unchecked")
	public Map<String, Map<String, Object>> printers() {
		return (Map<String, Map<String, Object>>) root.get(K_PRINTERS);
	}

	/** {@return class name → settings (sorted by name)} */
	@SuppressWarnings("unchecked")
	public Map<String, Map<String, Object>> classes() {
		return (Map<String, Map<String, Object>>) root.get(K_CLASSES);
	}

	/** {@return the default destination, or null} */
	public String defaultDestination() {
		return root.get(K_DEFAULT) instanceof String s ? s : null;
	}

	/** {@return the server section, or null when the site does not manage the server's settings} */
	@SuppressWarnings("unchecked")
	public Map<String, Object> server() {
		return (Map<String, Object>) root.get(K_SERVER);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Site other && toJson().equals(other.toJson());
	}

	@Override
	public int hashCode() {
		return toJson().hashCode();
	}

	@Override
	public String toString() {
		return "Site[" + printers().size() + " printers, " + classes().size() + " classes]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
