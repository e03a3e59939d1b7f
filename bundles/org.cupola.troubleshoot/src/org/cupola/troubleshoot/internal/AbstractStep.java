package org.cupola.troubleshoot.internal;

import java.util.Objects;

import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.FixAction;
import org.cupola.troubleshoot.Severity;
import org.cupola.troubleshoot.Step;

/** Base of the built-in steps: the id, and finding factories. */
abstract class AbstractStep implements Step {

	private final String id;

	AbstractStep(String id) {
		this.id = Objects.requireNonNull(id);
	}

	@Override
	public final String id() {
		return id;
	}

	Finding finding(Severity severity, String title, String explanation, String suggestedFix) {
		return new Finding(id, severity, title, explanation, suggestedFix, null);
	}

	Finding finding(Severity severity, String title, String explanation, String suggestedFix, FixAction fix) {
		return new Finding(id, severity, title, explanation, suggestedFix, fix);
	}

	@Override
	public String toString() {
		return id;
	}
}
