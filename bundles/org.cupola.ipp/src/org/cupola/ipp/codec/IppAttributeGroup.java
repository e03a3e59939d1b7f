package org.cupola.ipp.codec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable attribute group: a delimiter tag and its attributes in wire order. Lookup by name returns the first
 * attribute with that name. Use {@link #builder(int)} to assemble a group.
 */
public final class IppAttributeGroup {

	private final int tag;
	private final List<IppAttribute> attributes;
	private final Map<String, IppAttribute> byName;

	/**
	 * Creates a group.
	 *
	 * @param tag a group delimiter tag ({@code 0x01-0x0F} except end-of-attributes; {@code 0x00} is rejected)
	 * @param attributes the attributes, copied
	 * @throws IllegalArgumentException if {@code tag} is not a group tag
	 */
	public IppAttributeGroup(final int tag, final List<IppAttribute> attributes) {
		if (!IppTag.isGroup(tag)) {
			throw new IllegalArgumentException("not a group tag: " + IppTag.name(tag));
		}
		this.tag = tag;
		this.attributes = List.copyOf(attributes);
		this.byName = new HashMap<>(Math.max(16, this.attributes.size() * 2));
		for (final IppAttribute attribute : this.attributes) {
			byName.putIfAbsent(attribute.name(), attribute);
		}
	}

	/**
	 * @param tag a group delimiter tag
	 * @return a new, empty builder
	 */
	public static Builder builder(final int tag) {
		return new Builder(tag);
	}

	/**
	 * @return the delimiter tag, e.g. {@link IppTag#PRINTER_ATTRIBUTES}
	 */
	public int tag() {
		return tag;
	}

	/**
	 * @return the attributes in wire order (unmodifiable)
	 */
	public List<IppAttribute> attributes() {
		return attributes;
	}

	/**
	 * @return the number of attributes
	 */
	public int size() {
		return attributes.size();
	}

	/**
	 * @param name an attribute name
	 * @return the first attribute called {@code name}, or {@code null}
	 */
	public IppAttribute get(final String name) {
		return byName.get(name);
	}

	/**
	 * @param name an attribute name
	 * @return whether the group has an attribute called {@code name}
	 */
	public boolean contains(final String name) {
		return byName.containsKey(name);
	}

	/**
	 * @param name an attribute name
	 * @return the first value as a string (see {@link IppAttribute#stringValue()}), or {@code null}
	 */
	public String getString(final String name) {
		final IppAttribute attribute = get(name);
		return attribute == null ? null : attribute.stringValue();
	}

	/**
	 * @param name an attribute name
	 * @param dflt returned when the attribute is missing or its first value is not an integer/enum
	 * @return the first value as an int
	 */
	public int getInt(final String name, final int dflt) {
		final IppAttribute attribute = get(name);
		return attribute != null && attribute.value() instanceof final Integer i ? i.intValue() : dflt;
	}

	/**
	 * @param name an attribute name
	 * @param dflt returned when the attribute is missing or its first value is not a boolean
	 * @return the first value as a boolean
	 */
	public boolean getBoolean(final String name, final boolean dflt) {
		final IppAttribute attribute = get(name);
		return attribute != null && attribute.value() instanceof final Boolean b ? b.booleanValue() : dflt;
	}

	/**
	 * @param name an attribute name
	 * @return all string values, empty if the attribute is missing
	 */
	public List<String> getStrings(final String name) {
		final IppAttribute attribute = get(name);
		return attribute == null ? List.of() : attribute.stringValues();
	}

	@Override
	public boolean equals(final Object obj) {
		return obj instanceof final IppAttributeGroup other && tag == other.tag
				&& attributes.equals(other.attributes);
	}

	@Override
	public int hashCode() {
		return 31 * tag + attributes.hashCode();
	}

	/** Bounded: the tag, the attribute count and the first few attribute names. */
	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder(IppTag.name(tag)).append('[').append(attributes.size())
				.append("]: ");
		final int shown = Math.min(attributes.size(), ValueFormat.MAX_VALUES);
		for (int i = 0; i < shown; i++) {
			sb.append(i == 0 ? "" : ", ").append(attributes.get(i).name());
		}
		if (attributes.size() > shown) {
			sb.append(", ...");
		}
		return ValueFormat.cap(sb);
	}

	/**
	 * Mutable builder for a group; not thread-safe.
	 */
	public static final class Builder {

		private final int tag;
		private final List<IppAttribute> attributes = new ArrayList<>();

		Builder(final int tag) {
			if (!IppTag.isGroup(tag)) {
				throw new IllegalArgumentException("not a group tag: " + IppTag.name(tag));
			}
			this.tag = tag;
		}

		/**
		 * @param attribute an attribute to append
		 * @return this builder
		 */
		public Builder add(final IppAttribute attribute) {
			attributes.add(attribute);
			return this;
		}

		/**
		 * Appends {@link IppAttribute#of(String, int, Object...)}.
		 *
		 * @param name attribute name
		 * @param valueTag value tag
		 * @param values values
		 * @return this builder
		 */
		public Builder add(final String name, final int valueTag, final Object... values) {
			return add(IppAttribute.of(name, valueTag, values));
		}

		/**
		 * @return the group tag being built
		 */
		public int tag() {
			return tag;
		}

		/**
		 * @return the group
		 */
		public IppAttributeGroup build() {
			return new IppAttributeGroup(tag, attributes);
		}
	}
}
