package org.cupola.ui.internal.properties;

/**
 * A new driver for a queue: a PPD of the server's list (sent as {@code ppd-name}) or a PPD file from disk (uploaded).
 *
 * @param ppdName
 *            the server's PPD name, or null
 * @param label
 *            what to show: the make and model, or the file name
 * @param ppdFile
 *            the bytes of a PPD file from disk, or null
 */
public record DriverChoice(String ppdName, String label, byte[] ppdFile) {

	/** {@return the text shown in the driver field} */
	public String describe() {
		return label;
	}
}
