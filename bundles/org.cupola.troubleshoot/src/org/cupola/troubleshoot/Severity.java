package org.cupola.troubleshoot;

import java.util.Locale;

/** How bad a {@link Finding} is. */
public enum Severity {
	/** Information: something was checked or skipped; nothing is wrong. */
	INFO,
	/** Something may cause trouble. */
	WARNING,
	/** Something is wrong. */
	ERROR;

	/** {@return the lower-case name used in JSON reports} */
	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** {@return whether this is a problem (warning or error)} */
	public boolean isProblem() {
		return this != INFO;
	}
}
