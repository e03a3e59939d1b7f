package org.cupola.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the servers' states in the Printers view. */
public final class StateMessages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.statemessages"; //$NON-NLS-1$
	public static String ServerState_connecting;
	public static String ServerState_connected;
	public static String ServerState_notAnswering;
	public static String ServerState_notAnsweringFor;
	public static String ServerState_unreachable;
	public static String ServerState_authenticationNeeded;
	public static String ServerState_cancelled;
	public static String ServerState_failed;
	public static String ServerState_header;
	public static String ServerState_headerSeparator;
	public static String ServerState_rowWaiting;
	public static String ServerState_barWaiting;
	public static String ServerState_cancel;
	public static String ServerState_retry;
	static {
		NLS.initializeMessages(BUNDLE_NAME, StateMessages.class);
	}

	private StateMessages() {
	}
}
