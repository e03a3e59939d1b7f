package org.cupola.ipp.ppd;

import java.util.List;
import java.util.Objects;

/**
 * A group of PPD options ({@code *OpenGroup: Keyword/Text}); sub-groups are folded into their group.
 *
 * @param keyword
 *            the group keyword, e.g. {@code InstallableOptions}
 * @param text
 *            its human text, e.g. {@code Installable Options}
 * @param options
 *            its options, in PPD order
 */
public record PpdGroup(String keyword, String text, List<PpdOption> options) {

	/** The keyword of the group of hardware options, listed first so that constraints apply to the others. */
	public static final String INSTALLABLE = "InstallableOptions"; //$NON-NLS-1$

	/** The keyword given to options outside any {@code *OpenGroup}. */
	public static final String GENERAL = "General"; //$NON-NLS-1$

	/** Checks the parts and copies the list. */
	public PpdGroup {
		Objects.requireNonNull(keyword);
		Objects.requireNonNull(text);
		options = List.copyOf(options);
	}

	/** {@return whether this is the installable options group} */
	public boolean installable() {
		return INSTALLABLE.equalsIgnoreCase(keyword);
	}
}
