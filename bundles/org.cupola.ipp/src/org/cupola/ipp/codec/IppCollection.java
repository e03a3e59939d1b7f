package org.cupola.ipp.codec;

import java.util.List;
import java.util.Objects;

/**
 * IPP {@code collection} value: an ordered list of member attributes (RFC 8010 section 3.1.6). Member attributes
 * use the same representation as top-level attributes, so collections nest.
 *
 * @param members the member attributes, in wire order
 */
public record IppCollection(List<IppAttribute> members) {

	/**
	 * Creates a collection; the member list is copied.
	 */
	public IppCollection {
		members = List.copyOf(Objects.requireNonNull(members, "members"));
	}

	/**
	 * @param members the member attributes
	 * @return a collection of {@code members}
	 */
	public static IppCollection of(final IppAttribute... members) {
		return new IppCollection(List.of(members));
	}

	/**
	 * @param name a member name
	 * @return the first member called {@code name}, or {@code null}
	 */
	public IppAttribute get(final String name) {
		for (final IppAttribute member : members) {
			if (member.name().equals(name)) {
				return member;
			}
		}
		return null;
	}

	/** Bounded rendering: at most a few members and about a thousand characters. */
	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder();
		ValueFormat.appendCollection(sb, this);
		return ValueFormat.cap(sb);
	}
}
