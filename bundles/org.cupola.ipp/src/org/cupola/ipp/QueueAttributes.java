package org.cupola.ipp;

import java.util.List;

import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppTag;

/**
 * The printer attributes that {@link CupsConnection#modifyQueue} sends for the administration CUPS does not cover
 * with {@link PrinterSettings}: the operation policy, banners, who may print, and the removal of a
 * {@code *-default} job option (as {@code lpadmin -R}).
 */
public final class QueueAttributes {

	/** The value of an access list that lets everybody print. */
	public static final String ALL_USERS = "all"; //$NON-NLS-1$

	private QueueAttributes() {
	}

	/** {@return {@code printer-op-policy}: a policy of the server's {@code printer-op-policy-supported}} */
	public static QueueSetting operationPolicy(String policy) {
		return QueueSetting.of(IppAttribute.of("printer-op-policy", IppTag.NAME, policy)); //$NON-NLS-1$
	}

	/** {@return {@code job-sheets-default}: start and end banners from {@code job-sheets-supported}} */
	public static QueueSetting banners(String start, String end) {
		return QueueSetting.of(IppAttribute.of("job-sheets-default", IppTag.NAME, start, end)); //$NON-NLS-1$
	}

	/**
	 * {@return {@code requesting-user-name-allowed}: only these users and {@code @groups} may print; an empty list
	 * lets everybody print (clears both lists)}
	 */
	public static QueueSetting usersAllowed(List<String> users) {
		return QueueSetting.of(IppAttribute.of("requesting-user-name-allowed", IppTag.NAME, //$NON-NLS-1$
				users.isEmpty() ? new Object[] { ALL_USERS } : users.toArray()));
	}

	/** {@return {@code requesting-user-name-denied}: these users and {@code @groups} may not print} */
	public static QueueSetting usersDenied(List<String> users) {
		return QueueSetting.of(IppAttribute.of("requesting-user-name-denied", IppTag.NAME, //$NON-NLS-1$
				users.isEmpty() ? new Object[] { "none" } : users.toArray())); //$NON-NLS-1$
	}

	/**
	 * {@return the removal of a default job option, as {@code lpadmin -R NAME-default}: the queue falls back to the
	 * printer's own default}
	 *
	 * @param defaultName
	 *            the attribute, e.g. {@code sides-default}
	 */
	public static QueueSetting reset(String defaultName) {
		return QueueSetting.of(IppAttribute.of(defaultName, IppTag.DELETE_ATTRIBUTE));
	}
}
