package org.cupola.troubleshoot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts the troubleshooter collects and the user's answers: a map from typed {@link Key}s to values, the
 * successor of system-config-printer's {@code answers} dict. Keys are defined in {@link Keys}. Values should be
 * immutable (strings, numbers, booleans, immutable lists, {@link org.cupola.ipp.Printer}) so that a {@link #copy()}
 * is a true snapshot. Not thread-safe: the {@link Troubleshooter} uses it from one thread at a time.
 */
public final class Answers {

	/**
	 * A typed key.
	 *
	 * @param <T>
	 *            the value type
	 */
	public static final class Key<T> {
		private final String name;
		private final Class<?> type;
		private final boolean hidden;

		private Key(String name, Class<?> type, boolean hidden) {
			this.name = Objects.requireNonNull(name);
			this.type = Objects.requireNonNull(type);
			this.hidden = hidden;
		}

		/**
		 * A key whose value appears in the report.
		 *
		 * @param <T>
		 *            the value type
		 * @param name
		 *            the name in the report (snake case, as s-c-p's answer keys)
		 * @param type
		 *            the value class (the raw class for generic types such as {@code List})
		 * @return the key
		 */
		public static <T> Key<T> of(String name, Class<? super T> type) {
			return new Key<>(name, type, false);
		}

		/**
		 * A key whose value never appears in the report (raw server configuration, internal progress).
		 *
		 * @param <T>
		 *            the value type
		 * @param name
		 *            the name
		 * @param type
		 *            the value class
		 * @return the key
		 */
		public static <T> Key<T> hidden(String name, Class<? super T> type) {
			return new Key<>(name, type, true);
		}

		/** {@return the name} */
		public String name() {
			return name;
		}

		/** {@return whether the value is left out of reports} */
		public boolean isHidden() {
			return hidden;
		}

		/** {@return the value class} */
		public Class<?> type() {
			return type;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	private final Map<Key<?>, Object> values = new LinkedHashMap<>();

	/** Creates an empty map. */
	public Answers() {
		// empty
	}

	/**
	 * @param <T>
	 *            the value type
	 * @param key
	 *            the key
	 * @return the value, or null if not set
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Key<T> key) {
		return (T) values.get(key);
	}

	/**
	 * @param <T>
	 *            the value type
	 * @param key
	 *            the key
	 * @param dflt
	 *            the value to return when none is set
	 * @return the value, or {@code dflt}
	 */
	public <T> T get(Key<T> key, T dflt) {
		T value = get(key);
		return value == null ? dflt : value;
	}

	/**
	 * @param key
	 *            the key
	 * @return whether a value is set
	 */
	public boolean has(Key<?> key) {
		return values.containsKey(key);
	}

	/**
	 * {@return whether the Boolean value of the key is set and true}
	 *
	 * @param key
	 *            the key
	 */
	public boolean isTrue(Key<Boolean> key) {
		return Boolean.TRUE.equals(get(key));
	}

	/**
	 * {@return whether the Boolean value of the key is set and false}
	 *
	 * @param key
	 *            the key
	 */
	public boolean isFalse(Key<Boolean> key) {
		return Boolean.FALSE.equals(get(key));
	}

	/**
	 * Sets a value; null removes it.
	 *
	 * @param <T>
	 *            the value type
	 * @param key
	 *            the key
	 * @param value
	 *            the value
	 * @return this
	 */
	public <T> Answers put(Key<T> key, T value) {
		if (value == null) {
			values.remove(key);
		} else {
			if (!key.type.isInstance(value)) {
				throw new IllegalArgumentException(key.name + ": " + value.getClass().getName()); //$NON-NLS-1$
			}
			values.put(key, value);
		}
		return this;
	}

	/**
	 * @param key
	 *            the key to remove
	 */
	public void remove(Key<?> key) {
		values.remove(key);
	}

	/** {@return a snapshot: a new map with the same keys and values} */
	public Answers copy() {
		Answers copy = new Answers();
		copy.values.putAll(values);
		return copy;
	}

	/**
	 * Replaces the content with a snapshot's.
	 *
	 * @param snapshot
	 *            the snapshot
	 */
	void restore(Answers snapshot) {
		values.clear();
		values.putAll(snapshot.values);
	}

	/** {@return the entries, in insertion order (read only)} */
	public Map<Key<?>, Object> asMap() {
		return Collections.unmodifiableMap(values);
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder("Answers{"); //$NON-NLS-1$
		values.forEach((k, v) -> sb.append(k.name).append('=').append(k.hidden ? "<hidden>" : v).append(", ")); //$NON-NLS-1$ //$NON-NLS-2$
		return sb.append('}').toString();
	}
}
