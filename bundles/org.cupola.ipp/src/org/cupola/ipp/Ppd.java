package org.cupola.ipp;

/**
 * A driver (PPD) CUPS offers, from CUPS-Get-PPDs.
 *
 * @param name
 *            the {@code ppd-name} to pass to {@link PrinterSettings.Builder#ppdName(String)}
 * @param make
 *            the manufacturer
 * @param makeAndModel
 *            the make, model and driver description
 * @param naturalLanguage
 *            the language of the PPD, e.g. {@code en}
 * @param deviceId
 *            the IEEE-1284 device ID it matches, or an empty string
 * @param product
 *            the product name, or an empty string
 */
public record Ppd(String name, String make, String makeAndModel, String naturalLanguage, String deviceId,
		String product) {
}
