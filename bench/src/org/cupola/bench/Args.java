package org.cupola.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Minimal {@code --name value} command-line parsing.
 */
final class Args {

	private final Map<String, String> values = new HashMap<>();

	Args(final String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value, got: " + args[i]);
			}
			values.put(args[i], args[++i]);
		}
	}

	String value(final String name) {
		return values.get(name);
	}

	long longValue(final String name, final long dflt) {
		final String value = values.get(name);
		return value == null ? dflt : Long.parseLong(value.replace("_", ""));
	}
}
