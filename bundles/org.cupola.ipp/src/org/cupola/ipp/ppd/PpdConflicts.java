package org.cupola.ipp.ppd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a PPD's constraints a set of choices breaks, as CUPS's {@code ppdConflicts} decides it: a term without a
 * choice matches any choice but None, Off and False; a constraint is broken when all its terms match.
 */
public final class PpdConflicts {

	private PpdConflicts() {
	}

	/**
	 * @param ppd
	 *            the PPD
	 * @param choices
	 *            option keyword → chosen choice keyword (options not in the map count as unset)
	 * @return the constraints the choices break, in PPD order
	 */
	public static List<PpdConstraint> broken(PpdFile ppd, Map<String, String> choices) {
		return ppd.constraints().stream().filter(c -> c.isBrokenBy(choices)).toList();
	}

	/**
	 * The constraint that forbids one choice while the other options keep their choices (to show a choice as
	 * unavailable and say why).
	 *
	 * @param ppd
	 *            the PPD
	 * @param choices
	 *            the current choices
	 * @param option
	 *            the option keyword
	 * @param choice
	 *            the choice keyword
	 * @return the first constraint broken by that choice, if any
	 */
	public static Optional<PpdConstraint> blocking(PpdFile ppd, Map<String, String> choices, String option,
			String choice) {
		Map<String, String> tried = new HashMap<>(choices);
		tried.put(option, choice);
		return ppd.constraints().stream().filter(c -> c.involves(option) && c.isBrokenBy(tried)).findFirst();
	}

	/**
	 * @param constraint
	 *            a constraint
	 * @param option
	 *            the option being explained
	 * @return the terms of the constraint about other options (what the option conflicts with)
	 */
	public static List<PpdConstraint.Term> others(PpdConstraint constraint, String option) {
		return constraint.terms().stream().filter(t -> !t.option().equals(option)).toList();
	}
}
