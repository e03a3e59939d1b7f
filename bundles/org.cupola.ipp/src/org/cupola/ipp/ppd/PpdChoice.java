package org.cupola.ipp.ppd;

import java.util.Objects;

/**
 * One choice of a PPD option, e.g. {@code *Duplex DuplexNoTumble/Long-Edge (Portrait): "..."}.
 *
 * @param keyword
 *            the choice keyword ({@code DuplexNoTumble}), what {@code *Default} lines and {@code lpadmin -o} use
 * @param text
 *            its human text ({@code Long-Edge (Portrait)}); the keyword when the PPD gives none
 */
public record PpdChoice(String keyword, String text) {

	/** Checks the parts. */
	public PpdChoice {
		Objects.requireNonNull(keyword);
		Objects.requireNonNull(text);
	}
}
