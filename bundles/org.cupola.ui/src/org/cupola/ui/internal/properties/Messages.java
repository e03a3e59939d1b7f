package org.cupola.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** Strings of the printer Properties dialog and its handler. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.properties.messages"; //$NON-NLS-1$
	public static String Properties_shellTitle;
	public static String Properties_title;
	public static String Properties_message;
	public static String Properties_description;
	public static String Properties_location;
	public static String Properties_deviceUri;
	public static String Properties_driver;
	public static String Properties_shared;
	public static String Properties_errorPolicy;
	public static String Properties_policy_stopPrinter;
	public static String Properties_policy_retryJob;
	public static String Properties_policy_retryCurrentJob;
	public static String Properties_policy_abortJob;
	public static String Properties_defaults;
	public static String Properties_copies;
	public static String Properties_sides;
	public static String Properties_media;
	public static String Properties_quality;
	public static String Properties_quality_draft;
	public static String Properties_quality_normal;
	public static String Properties_quality_high;
	public static String Properties_markers;
	public static String Properties_noMarkers;
	public static String Properties_markerLevel;
	public static String Properties_markerUnknown;
	public static String Properties_markerName;
	public static String Properties_jobFetch;
	public static String Properties_jobSave;
	public static String Properties_fetchFailed;
	public static String Properties_saveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
