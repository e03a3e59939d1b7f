package org.cupola.ipp.log;

/**
 * What went wrong, as CUPS's scheduler, backends and filters say it in the error log. The order is the order of
 * precedence when one job shows several: the most specific cause first, the error policy's consequences last.
 */
public enum CauseKind {
	/** The remote printer or server asks for a user name and password (the job is held for authentication). */
	AUTHENTICATION_REQUIRED(Category.AUTHENTICATION),
	/** A filter program named by the driver does not exist (or cannot be run). */
	MISSING_FILTER(Category.DRIVER),
	/** A filter program crashed on a signal. */
	FILTER_CRASHED(Category.DRIVER),
	/** A filter program exited with a non-zero status. */
	FILTER_FAILED(Category.DRIVER),
	/** No filter chain converts the document for this printer. */
	UNPRINTABLE_FORMAT(Category.DRIVER),
	/** A device, print file or output file could not be opened. */
	UNABLE_TO_OPEN(Category.DEVICE),
	/** The remote printer cannot print the document's format. */
	REMOTE_UNSUPPORTED_FORMAT(Category.REMOTE),
	/** The remote printer cannot print with the job's options. */
	REMOTE_UNSUPPORTED_OPTIONS(Category.REMOTE),
	/** The remote printer refused or cancelled the job. */
	REMOTE_JOB_REJECTED(Category.REMOTE),
	/** The remote queue does not exist (wrong resource in the device URI). */
	REMOTE_QUEUE_NOT_FOUND(Category.REMOTE),
	/** The device URI's host name does not resolve. */
	NAME_NOT_RESOLVED(Category.CONNECTION),
	/** Nothing listens on the device's port (ECONNREFUSED). */
	CONNECTION_REFUSED(Category.CONNECTION),
	/** The host does not answer (EHOSTDOWN). */
	HOST_DOWN(Category.CONNECTION),
	/** There is no route to the host (EHOSTUNREACH). */
	HOST_UNREACHABLE(Category.CONNECTION),
	/** Connecting timed out (ETIMEDOUT). */
	CONNECTION_TIMED_OUT(Category.CONNECTION),
	/** The backend gave up connecting ("The printer is not responding."). */
	NOT_RESPONDING(Category.CONNECTION),
	/** A local (USB, parallel) printer is not connected; the backend waits and retries. */
	PRINTER_NOT_CONNECTED(Category.CONNECTION),
	/** The remote printer is busy or not accepting jobs; the backend waits and retries. */
	REMOTE_BUSY(Category.REMOTE),
	/** The backend connected, sent its request and has had no answer since. */
	NO_ANSWER(Category.CONNECTION),
	/** An error or warning of the job that no rule knows; its text is the cause. */
	OTHER_ERROR(Category.OTHER),
	/** The backend crashed on a signal. */
	BACKEND_CRASHED(Category.OTHER),
	/** The backend exited with an error status. */
	BACKEND_FAILED(Category.OTHER),
	/** The error policy (stop-printer) stopped the queue. */
	QUEUE_STOPPED_BY_POLICY(Category.POLICY),
	/** The error policy (abort-job, or retry-job after its last try) aborted the job. */
	JOB_ABORTED_BY_POLICY(Category.POLICY),
	/** The error policy (retry-job) holds the job to try again later. */
	JOB_RETRY_BY_POLICY(Category.POLICY),
	/** The scheduler stopped the job because a filter failed, or could not run one. */
	JOB_STOPPED(Category.POLICY),
	/** The job is held indefinitely (backend errors, accounting). */
	JOB_HELD(Category.POLICY);

	/** Groups of causes. */
	public enum Category {
		/** Reaching the printer. */
		CONNECTION,
		/** What the remote printer or server answered. */
		REMOTE,
		/** Credentials. */
		AUTHENTICATION,
		/** Filters and drivers. */
		DRIVER,
		/** Local devices and files. */
		DEVICE,
		/** Anything else. */
		OTHER,
		/** What the scheduler did about it (error policy). */
		POLICY
	}

	private final Category category;

	CauseKind(Category category) {
		this.category = category;
	}

	/** {@return the group of this cause} */
	public Category category() {
		return category;
	}

	/** {@return whether this is the scheduler's reaction (error policy), not the cause itself} */
	public boolean isConsequence() {
		return category == Category.POLICY;
	}

	/** {@return whether the backend keeps retrying after this cause (the job does not end by itself)} */
	public boolean isRetried() {
		return (category == Category.CONNECTION && this != NOT_RESPONDING && this != NO_ANSWER) || this == REMOTE_BUSY;
	}
}
