package org.cupola.ipp.ppd;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One option of a PPD ({@code *OpenUI *Keyword/Text: PickOne} up to {@code *CloseUI}).
 *
 * @param keyword
 *            the option keyword, e.g. {@code Duplex}
 * @param text
 *            its human text, e.g. {@code 2-Sided Printing}; the keyword when the PPD gives none
 * @param type
 *            {@code PickOne}, {@code PickMany} or {@code Boolean}
 * @param defaultChoice
 *            the keyword of its {@code *Default} line, or null when the PPD has none
 * @param choices
 *            its choices, in PPD order
 * @param group
 *            the keyword of the group it belongs to ({@link PpdGroup#GENERAL} outside any group)
 */
public record PpdOption(String keyword, String text, String type, String defaultChoice, List<PpdChoice> choices,
		String group) {

	/** Checks the parts and copies the list. */
	public PpdOption {
		Objects.requireNonNull(keyword);
		Objects.requireNonNull(text);
		Objects.requireNonNull(type);
		choices = List.copyOf(choices);
		Objects.requireNonNull(group);
	}

	/**
	 * @param choiceKeyword
	 *            a choice keyword
	 * @return that choice, if the option has it
	 */
	public Optional<PpdChoice> choice(String choiceKeyword) {
		return choices.stream().filter(c -> c.keyword().equals(choiceKeyword)).findFirst();
	}

	/** {@return whether this option is in the installable options group (hardware such as a duplexer or trays)} */
	public boolean installable() {
		return PpdGroup.INSTALLABLE.equalsIgnoreCase(group);
	}
}
