package org.cupola.fleet.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the fleet commands, from {@code messages.properties} beside this class. In a message
 * given to {@code bind}, a single quote is written twice ({@code ''}), as {@link NLS#bind(String, Object[])} wants.
 */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.fleet.internal.messages"; //$NON-NLS-1$

	public static String Apply_task;
	public static String Apply_plan;
	public static String Apply_confirm;
	public static String Apply_declined;
	public static String Apply_noTerminal;
	public static String Apply_done;
	public static String Apply_notDone;
	public static String Apply_failed;
	public static String Apply_runAgain;
	public static String Apply_complete;
	public static String Apply_nothing;
	public static String Apply_kept;
	public static String Apply_noSecret;
	public static String Cli_usage;
	public static String Cli_error;
	public static String Cli_noCommand;
	public static String Cli_unknownCommand;
	public static String Cli_unknownArgument;
	public static String Cli_missingValue;
	public static String Cli_notPositive;
	public static String Cli_cannotRead;
	public static String Cli_noSocket;
	public static String Cli_diffNeedsTwo;
	public static String Cli_applyNeedsFile;
	public static String Cli_exportManyNeedsOutput;
	public static String Cli_interrupted;
	public static String Cli_serverFailed;
	public static String Cli_serverHeader;
	public static String Cli_passwordPrompt;
	public static String Cli_secretPrompt;
	public static String Cli_wrongPassword;
	public static String Diff_printer;
	public static String Diff_class;
	public static String Diff_server;
	public static String Diff_default;
	public static String Diff_missing;
	public static String Diff_extra;
	public static String Diff_changed;
	public static String Diff_ppd;
	public static String Diff_equal;
	public static String Diff_unset;
	public static String Diff_yes;
	public static String Diff_no;
	public static String Diff_none;
	public static String Diff_serverUnreadable;
	public static String Export_written;
	public static String Export_serverSkipped;
	public static String Op_modifyPrinter;
	public static String Op_modifyClass;
	public static String Op_jobDefaults;
	public static String Setting_deviceUri;
	public static String Setting_driver;
	public static String Setting_description;
	public static String Setting_location;
	public static String Setting_shared;
	public static String Setting_enabled;
	public static String Setting_accepting;
	public static String Setting_errorPolicy;
	public static String Setting_opPolicy;
	public static String Setting_banners;
	public static String Setting_usersAllowed;
	public static String Setting_usersDenied;
	public static String Setting_members;
	public static String Setting_sharePrinters;
	public static String Setting_remoteAdmin;
	public static String Setting_remoteAny;
	public static String Setting_userCancelAny;
	public static String Setting_ppdOption;
	public static String Setting_jobDefault;
	public static String Setting_directive;
	public static String Step_server;
	public static String Step_createPrinter;
	public static String Step_changePrinter;
	public static String Step_createClass;
	public static String Step_changeClass;
	public static String Step_deleteClass;
	public static String Step_deletePrinter;
	public static String Step_default;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
