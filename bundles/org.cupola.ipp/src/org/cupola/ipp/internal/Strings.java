package org.cupola.ipp.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A tiny stand-in for {@code org.eclipse.osgi.util.NLS} for the core bundles, which do not require org.eclipse.osgi
 * (org.eclipse.equinox.common does not re-export it) and also run outside OSGi (the benchmark, the headless
 * command): fills the public static String fields of a {@code Messages} class from the properties file beside it,
 * and replaces {@code {0}}, {@code {1}}... in a message.
 */
public final class Strings {

	private Strings() {
	}

	/**
	 * Fills every public static non-final String field of {@code messages} from the resource bundle
	 * {@code bundleName} (loaded by that class's loader); a missing key reads "Missing message: KEY".
	 *
	 * @param messages
	 *            the NLS-style class
	 * @param bundleName
	 *            e.g. {@code org.cupola.ipp.internal.messages}
	 */
	public static void load(Class<?> messages, String bundleName) {
		ResourceBundle bundle;
		try {
			bundle = ResourceBundle.getBundle(bundleName, Locale.getDefault(), messages.getClassLoader());
		} catch (MissingResourceException e) {
			bundle = null;
		}
		for (Field field : messages.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (!Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || !Modifier.isPublic(modifiers)
					|| field.getType() != String.class) {
				continue;
			}
			String key = field.getName();
			String value = bundle != null && bundle.containsKey(key) ? bundle.getString(key)
					: "Missing message: " + key; //$NON-NLS-1$
			try {
				field.set(null, value);
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/**
	 * Replaces {@code {0}}, {@code {1}}... in {@code message} with the arguments ({@code String.valueOf}; no
	 * {@code MessageFormat} quoting or number formatting, so ports and ids print as they are).
	 *
	 * @param message
	 *            the message
	 * @param args
	 *            the arguments
	 * @return the text
	 */
	public static String bind(String message, Object... args) {
		StringBuilder sb = new StringBuilder(message.length() + 32);
		int i = 0;
		while (i < message.length()) {
			char c = message.charAt(i);
			if (c == '{') {
				int close = message.indexOf('}', i);
				if (close > i + 1) {
					try {
						int index = Integer.parseInt(message.substring(i + 1, close));
						if (index >= 0 && index < args.length) {
							sb.append(args[index]);
							i = close + 1;
							continue;
						}
					} catch (NumberFormatException e) {
						// not a placeholder
					}
				}
			}
			sb.append(c);
			i++;
		}
		return sb.toString();
	}
}
