package org.cupola.ipp.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of queue events and histories, from {@code eventmessages.properties}. */
@SuppressWarnings("javadoc")
public final class EventMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.eventmessages"; //$NON-NLS-1$

	public static String Watcher_name;
	public static String Op_watchEvents;
	public static String Stop_afterJobWithCause;
	public static String Stop_afterJob;
	public static String Stop_withCause;
	public static String Stop_plain;
	public static String Stop_running;
	public static String Cause_backend;
	public static String Cause_backendWithMessage;
	public static String Kind_JOB_COMPLETED;
	public static String Kind_JOB_FAILED;
	public static String Kind_JOB_CANCELED;
	public static String Kind_JOB_HELD_AUTH;
	public static String Kind_QUEUE_STOPPED;
	public static String Kind_QUEUE_RESUMED;
	public static String Kind_PRINTER_ATTENTION;
	public static String Kind_ATTENTION_CLEARED;
	public static String Kind_SERVER_GONE;
	public static String Kind_SERVER_BACK;
	public static String AutoResume_resumed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EventMessages.class);
	}

	private EventMessages() {
	}
}
