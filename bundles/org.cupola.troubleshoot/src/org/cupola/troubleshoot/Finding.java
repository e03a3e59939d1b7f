package org.cupola.troubleshoot;

import java.util.Objects;

/**
 * What a step found.
 *
 * @param id
 *            the step's name, e.g. {@code QueueNotEnabled}
 * @param severity
 *            how bad it is
 * @param title
 *            a short title
 * @param explanation
 *            what was found, in plain words
 * @param suggestedFix
 *            what the user can do, or null
 * @param fix
 *            an action that fixes it through the IPP core, or null
 */
public record Finding(String id, Severity severity, String title, String explanation, String suggestedFix,
		FixAction fix) {

	/**
	 * Checks the mandatory components.
	 */
	public Finding {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
		Objects.requireNonNull(title, "title"); //$NON-NLS-1$
		explanation = explanation == null ? "" : explanation; //$NON-NLS-1$
	}

	/**
	 * A finding without fix action.
	 *
	 * @param id
	 *            the step's name
	 * @param severity
	 *            how bad it is
	 * @param title
	 *            a short title
	 * @param explanation
	 *            what was found
	 * @param suggestedFix
	 *            what the user can do, or null
	 */
	public Finding(String id, Severity severity, String title, String explanation, String suggestedFix) {
		this(id, severity, title, explanation, suggestedFix, null);
	}

	/** {@return whether a fix action is offered} */
	public boolean hasFix() {
		return fix != null;
	}

	// identity semantics: two steps may report equal texts, but they are different findings
	@Override
	public boolean equals(Object obj) {
		return this == obj;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
