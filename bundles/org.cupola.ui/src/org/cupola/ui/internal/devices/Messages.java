package org.cupola.ui.internal.devices;

import org.eclipse.osgi.util.NLS;

/** Strings of the Devices view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.devices.messages"; //$NON-NLS-1$
	public static String Devices_server;
	public static String Devices_colDevice;
	public static String Devices_colModel;
	public static String Devices_colUri;
	public static String Devices_colClass;
	public static String Devices_search;
	public static String Devices_searchTooltip;
	public static String Devices_cancel;
	public static String Devices_cancelTooltip;
	public static String Devices_addPrinter;
	public static String Devices_addPrinterTooltip;
	public static String Devices_jobName;
	public static String Devices_idle;
	public static String Devices_noServer;
	public static String Devices_searching;
	public static String Devices_done;
	public static String Devices_cancelled;
	public static String Devices_failed;
	public static String Devices_description;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
