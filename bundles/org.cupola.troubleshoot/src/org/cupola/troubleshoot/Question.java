package org.cupola.troubleshoot;

import java.util.List;
import java.util.Objects;

import org.cupola.troubleshoot.Answers.Key;

/**
 * A question a step needs answered by the user before the flow can go on: a wizard page shows it, the CLI answers it
 * from its arguments (or with {@link #defaultValue()}). The answer is stored under {@link #key()}.
 *
 * @param stepId
 *            the step asking
 * @param key
 *            where the answer goes
 * @param title
 *            the page title
 * @param text
 *            the question
 * @param kind
 *            choice or free text
 * @param choices
 *            the choices (empty for {@link Kind#TEXT})
 * @param defaultValue
 *            what a non-interactive client answers, or null if it cannot answer
 */
public record Question(String stepId, Key<String> key, String title, String text, Kind kind, List<Choice> choices,
		String defaultValue) {

	/** The answer "the printer / device / queue is not in the list". */
	public static final String NOT_LISTED = "not-listed"; //$NON-NLS-1$
	/** Yes. */
	public static final String YES = "yes"; //$NON-NLS-1$
	/** No. */
	public static final String NO = "no"; //$NON-NLS-1$
	/** "I can't tell" (e.g. not near the printer). */
	public static final String UNKNOWN = "unknown"; //$NON-NLS-1$
	/** Locally connected printer. */
	public static final String LOCAL = "local"; //$NON-NLS-1$
	/** Network printer. */
	public static final String REMOTE = "remote"; //$NON-NLS-1$

	/** The kind of answer. */
	public enum Kind {
		/** One of {@link Question#choices()}. */
		CHOICE,
		/** Free text, e.g. a host name. */
		TEXT
	}

	/**
	 * One possible answer.
	 *
	 * @param value
	 *            what is stored
	 * @param label
	 *            what is shown
	 */
	public record Choice(String value, String label) {
	}

	/**
	 * Copies the choices.
	 */
	public Question {
		Objects.requireNonNull(stepId);
		Objects.requireNonNull(key);
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	/**
	 * Checks an answer.
	 *
	 * @param value
	 *            the answer
	 * @return whether it is acceptable
	 */
	public boolean accepts(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return kind == Kind.TEXT || choices.stream().anyMatch(c -> c.value().equals(value));
	}
}
