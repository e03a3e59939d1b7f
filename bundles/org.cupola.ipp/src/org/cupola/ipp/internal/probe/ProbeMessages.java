package org.cupola.ipp.internal.probe;

import org.eclipse.osgi.util.NLS;

/** Strings of the network probe. */
public final class ProbeMessages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.probe.messages"; //$NON-NLS-1$
	public static String Probe_noHost;
	public static String Probe_badHost;
	public static String Probe_task;
	public static String Probe_label;
	public static String Probe_found;
	public static String Probe_foundMany;
	public static String Probe_noAnswer;
	public static String Probe_refused;
	public static String Probe_unknownHost;
	public static String Probe_failed;
	public static String Probe_notIpp;
	public static String Probe_appSocketInfo;
	public static String Probe_lpdInfo;
	public static String Probe_ippInfo;
	public static String Probe_cupsQueueInfo;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ProbeMessages.class);
	}

	private ProbeMessages() {
	}
}
