package org.cupola.ipp.codec;

import java.util.Objects;

/**
 * IPP {@code textWithLanguage} / {@code nameWithLanguage} value.
 *
 * @param language natural language tag, e.g. {@code "en-US"}
 * @param text the text
 */
public record TextWithLanguage(String language, String text) {

	/**
	 * Creates a value; both components are required.
	 */
	public TextWithLanguage {
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(text, "text");
	}

	@Override
	public String toString() {
		return text + " [" + language + "]";
	}
}
