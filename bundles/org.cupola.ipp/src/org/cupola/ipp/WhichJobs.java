package org.cupola.ipp;

/** Which jobs Get-Jobs returns ({@code which-jobs}). */
public enum WhichJobs {
	/** Pending, held, processing and stopped jobs. */
	NOT_COMPLETED("not-completed"), //$NON-NLS-1$
	/** Completed, cancelled and aborted jobs (kept in the history). */
	COMPLETED("completed"), //$NON-NLS-1$
	/** Both. */
	ALL("all"); //$NON-NLS-1$

	private final String keyword;

	WhichJobs(String keyword) {
		this.keyword = keyword;
	}

	/** {@return the IPP keyword} */
	public String keyword() {
		return keyword;
	}
}
