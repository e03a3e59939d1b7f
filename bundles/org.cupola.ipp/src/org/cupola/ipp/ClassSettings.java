package org.cupola.ipp;

import java.util.List;

/**
 * What CUPS-Add-Modify-Class sets on a class. Only the fields that are not null are sent, so a modification touches
 * nothing else.
 *
 * @param info
 *            {@code printer-info}, the description, or null
 * @param location
 *            {@code printer-location}, or null
 * @param members
 *            the member queues by name (sent as {@code member-uris}), or null to leave them as they are; a class
 *            needs at least one member
 */
public record ClassSettings(String info, String location, List<String> members) {

	/** Copies the member list. */
	public ClassSettings {
		members = members == null ? null : List.copyOf(members);
	}

	/**
	 * @param members
	 *            the member queues
	 * @return settings that only set the members
	 */
	public static ClassSettings members(List<String> members) {
		return new ClassSettings(null, null, members);
	}
}
