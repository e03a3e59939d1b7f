package org.cupola.ipp;

/**
 * What CUPS-Get-PPDs looks for.
 *
 * @param make
 *            only PPDs of this make ({@code ppd-make}), or null
 * @param makeAndModel
 *            only PPDs of this make and model ({@code ppd-make-and-model}), or null
 * @param limit
 *            the maximum number of PPDs; 0 for no limit
 */
public record PpdQuery(String make, String makeAndModel, int limit) {

	/** Every PPD. */
	public static final PpdQuery ALL = new PpdQuery(null, null, 0);

	/**
	 * Validates the limit.
	 */
	public PpdQuery {
		if (limit < 0) {
			throw new IllegalArgumentException("negative limit"); //$NON-NLS-1$
		}
	}
}
