package org.cupola.ipp.ppd;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A combination of choices a PPD forbids: a {@code *UIConstraints: *Option1 Choice1 *Option2 Choice2} line (two
 * terms) or a {@code *cupsUIConstraints} line (any number of terms). The combination is forbidden when every term
 * matches the current choices.
 *
 * @param terms
 *            the terms, at least two
 */
public record PpdConstraint(List<PpdConstraint.Term> terms) {

	/** Choices that, like CUPS's {@code ppdConflicts}, count as "not set" for a term without a choice. */
	private static final Set<String> OFF = Set.of("none", "off", "false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * One side of a constraint.
	 *
	 * @param option
	 *            the option keyword, without {@code *}
	 * @param choice
	 *            the choice keyword, or null for "any choice but None, Off or False"
	 */
	public record Term(String option, String choice) {

		/** Checks the option. */
		public Term {
			Objects.requireNonNull(option);
		}

		/**
		 * @param current
		 *            the choice the option has, or null if it has none
		 * @return whether this term matches that choice
		 */
		public boolean matches(String current) {
			if (current == null) {
				return false;
			}
			return choice == null ? !OFF.contains(current.toLowerCase(Locale.ROOT)) : choice.equals(current);
		}
	}

	/** Checks and copies the terms. */
	public PpdConstraint {
		terms = List.copyOf(terms);
		if (terms.size() < 2) {
			throw new IllegalArgumentException("a constraint needs two terms: " + terms); //$NON-NLS-1$
		}
	}

	/**
	 * @param choices
	 *            option keyword → chosen choice keyword
	 * @return whether every term matches, i.e. the choices break this constraint
	 */
	public boolean isBrokenBy(Map<String, String> choices) {
		return terms.stream().allMatch(t -> t.matches(choices.get(t.option())));
	}

	/**
	 * @param option
	 *            an option keyword
	 * @return whether a term of this constraint is about that option
	 */
	public boolean involves(String option) {
		return terms.stream().anyMatch(t -> t.option().equals(option));
	}
}
