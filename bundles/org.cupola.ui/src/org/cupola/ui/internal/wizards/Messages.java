package org.cupola.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Strings of the Add Printer wizard. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.wizards.messages"; //$NON-NLS-1$
	public static String Wizard_title;
	public static String Device_title;
	public static String Device_description;
	public static String Device_uriLabel;
	public static String Device_uriHint;
	public static String Device_foundLabel;
	public static String Device_jobName;
	public static String Device_searching;
	public static String Device_searchingNetwork;
	public static String Device_done;
	public static String Device_cancelled;
	public static String Device_failed;
	public static String Device_cancelSearch;
	public static String Device_searchAgain;
	public static String Device_invalidUri;
	public static String Device_completeUri;
	public static String Driver_title;
	public static String Driver_description;
	public static String Driver_everywhere;
	public static String Driver_ppd;
	public static String Driver_filter;
	public static String Driver_colModel;
	public static String Driver_colLanguage;
	public static String Driver_colName;
	public static String Driver_jobName;
	public static String Driver_loading;
	public static String Driver_count;
	public static String Driver_cancelled;
	public static String Driver_failed;
	public static String Driver_reload;
	public static String Driver_choose;
	public static String Describe_title;
	public static String Describe_description;
	public static String Describe_name;
	public static String Describe_info;
	public static String Describe_location;
	public static String Describe_shared;
	public static String Describe_jobName;
	public static String Finish_jobName;
	public static String Finish_running;
	public static String Finish_failed;
	public static String Finish_cancelled;
	public static String Handler_noServer;
	public static String Handler_noServerMessage;
	// Add Printer, smarter (issue 11): default destination, test page, Find Network Printer, recommended driver
	public static String Device_foundTab;
	public static String Device_findTab;
	public static String Find_host;
	public static String Find_hostHint;
	public static String Find_find;
	public static String Find_cancel;
	public static String Find_colUri;
	public static String Find_colPrinter;
	public static String Find_colDriverless;
	public static String Find_yes;
	public static String Find_intro;
	public static String Find_asking;
	public static String Find_jobName;
	public static String Find_cancelled;
	public static String Find_failed;
	public static String Driver_recommendedRow;
	public static String Driver_noRecommendation;
	public static String Driver_becauseEverywhere;
	public static String Driver_becauseDeviceId;
	public static String Driver_becauseMakeAndModel;
	public static String Driver_becauseSeries;
	public static String Driver_becauseLanguage;
	public static String Describe_testPage;
	public static String TestPage_jobName;
	public static String TestPage_failedTitle;
	public static String TestPage_failed;
	public static String Default_failedTitle;
	public static String Default_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
