package org.cupola.ipp;

/**
 * A device found by CUPS-Get-Devices (a backend's discovery line).
 *
 * @param deviceClass
 *            {@code direct}, {@code network}, {@code file} or {@code serial}
 * @param uri
 *            the device URI; for schemes a backend merely announces, only the scheme (e.g. {@code socket})
 * @param info
 *            the human description
 * @param makeAndModel
 *            the make and model, or "Unknown"
 * @param deviceId
 *            the IEEE-1284 device ID, or an empty string
 * @param location
 *            the location, or an empty string
 */
public record Device(String deviceClass, String uri, String info, String makeAndModel, String deviceId,
		String location) {
}
