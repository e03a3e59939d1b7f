package org.cupola.ipp;

import java.util.List;

/**
 * What CUPS-Get-Devices looks for.
 *
 * @param includeSchemes
 *            only run the backends of these URI schemes (e.g. {@code usb}, {@code socket}); empty for all
 * @param excludeSchemes
 *            do not run the backends of these schemes; empty for none
 * @param timeoutSeconds
 *            how long CUPS lets the backends search (CUPS' {@code timeout} attribute); 0 for CUPS' default (15 s)
 * @param limit
 *            the maximum number of devices; 0 for no limit
 */
public record DeviceQuery(List<String> includeSchemes, List<String> excludeSchemes, int timeoutSeconds, int limit) {

	/** All backends, CUPS' default timeout, no limit. */
	public static final DeviceQuery ALL = new DeviceQuery(List.of(), List.of(), 0, 0);

	/**
	 * Copies the lists; null means empty.
	 */
	public DeviceQuery {
		includeSchemes = includeSchemes == null ? List.of() : List.copyOf(includeSchemes);
		excludeSchemes = excludeSchemes == null ? List.of() : List.copyOf(excludeSchemes);
		if (timeoutSeconds < 0 || limit < 0) {
			throw new IllegalArgumentException("negative timeout or limit"); //$NON-NLS-1$
		}
	}
}
