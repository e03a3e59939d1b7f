package org.cupola.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** Strings of Printer Properties: its pages, Change Driver and saving. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.properties.messages"; //$NON-NLS-1$
	public static String Properties_shellTitle;
	public static String Properties_jobFetch;
	public static String Properties_jobSave;
	public static String Properties_fetchFailed;
	public static String Properties_saveError;
	public static String Properties_saveTitle;
	public static String Properties_saveFailed;
	public static String Properties_failure;
	public static String Properties_failuresCount;
	public static String Page_settings;
	public static String Page_policies;
	public static String Page_access;
	public static String Page_options;
	public static String Page_jobOptions;
	public static String Page_supplies;
	public static String Field_description;
	public static String Field_location;
	public static String Field_deviceUri;
	public static String Field_driver;
	public static String Field_enabled;
	public static String Field_accepting;
	public static String Field_shared;
	public static String Field_errorPolicy;
	public static String Field_opPolicy;
	public static String Field_banners;
	public static String Field_access;
	public static String Field_options;
	public static String Settings_description;
	public static String Settings_location;
	public static String Settings_deviceUri;
	public static String Settings_driver;
	public static String Settings_changeDriver;
	public static String Settings_maintenance;
	public static String Settings_testPage;
	public static String Settings_selfTest;
	public static String Settings_clean;
	public static String Settings_commandsUnsupported;
	public static String Settings_jobAction;
	public static String Settings_sending;
	public static String Settings_testPageSent;
	public static String Settings_selfTestSent;
	public static String Settings_cleanSent;
	public static String Settings_actionFailed;
	public static String Driver_title;
	public static String Driver_filter;
	public static String Driver_fromFile;
	public static String Driver_loading;
	public static String Driver_job;
	public static String Driver_count;
	public static String Driver_failed;
	public static String Driver_fileFailed;
	public static String Policies_enabled;
	public static String Policies_accepting;
	public static String Policies_shared;
	public static String Policies_errorPolicy;
	public static String Policies_opPolicy;
	public static String Policies_banners;
	public static String Policies_startBanner;
	public static String Policies_endBanner;
	public static String Policies_stopPrinter;
	public static String Policies_retryJob;
	public static String Policies_retryCurrentJob;
	public static String Policies_abortJob;
	public static String Access_deny;
	public static String Access_allow;
	public static String Access_user;
	public static String Access_add;
	public static String Access_users;
	public static String Access_remove;
	public static String Access_hint;
	public static String Options_none;
	public static String Options_unavailableChoice;
	public static String Options_unavailable;
	public static String Options_term;
	public static String Options_conflict;
	public static String Job_copies;
	public static String Job_orientation;
	public static String Job_scaling;
	public static String Job_numberUp;
	public static String Job_sides;
	public static String Job_media;
	public static String Job_mediaType;
	public static String Job_mediaSource;
	public static String Job_quality;
	public static String Job_resolution;
	public static String Job_outputBin;
	public static String Job_finishings;
	public static String Job_priority;
	public static String Job_holdUntil;
	public static String Job_reset;
	public static String Job_resetTip;
	public static String Job_none;
	public static String Value_portrait;
	public static String Value_landscape;
	public static String Value_reverseLandscape;
	public static String Value_reversePortrait;
	public static String Value_draft;
	public static String Value_normal;
	public static String Value_high;
	public static String Value_none;
	public static String Supplies_refresh;
	public static String Supplies_refreshReport;
	public static String Supplies_refreshRead;
	public static String Supplies_refreshing;
	public static String Supplies_job;
	public static String Supplies_failed;
	public static String Supplies_none;
	public static String Supplies_level;
	public static String Supplies_unknown;
	public static String Supplies_name;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
