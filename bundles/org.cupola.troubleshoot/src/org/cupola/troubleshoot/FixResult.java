package org.cupola.troubleshoot;

/**
 * How applying a {@link FixAction} ended.
 *
 * @param status
 *            the outcome
 * @param message
 *            what happened, for the user
 */
public record FixResult(Status status, String message) {

	/** The outcome of a fix. */
	public enum Status {
		/** The fix was applied. */
		FIXED,
		/** Authentication was cancelled or the user is not an administrator. */
		NEEDS_ADMIN,
		/** CUPS refused or failed. */
		FAILED
	}

	/** {@return whether the fix was applied} */
	public boolean isFixed() {
		return status == Status.FIXED;
	}
}
