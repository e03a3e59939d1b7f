package org.cupola.fleet.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the Fleet view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.fleet.ui.internal.messages"; //$NON-NLS-1$
	public static String Applied_complete;
	public static String Applied_done;
	public static String Applied_failed;
	public static String Applied_notDone;
	public static String Applied_nothing;
	public static String Applied_partial;
	public static String Applied_runAgain;
	public static String Applied_title;
	public static String Apply_button;
	public static String Apply_differences;
	public static String Apply_heading;
	public static String Apply_kept;
	public static String Apply_message;
	public static String Apply_nothing;
	public static String Apply_pickFile;
	public static String Apply_prune;
	public static String Apply_step;
	public static String Apply_steps;
	public static String Apply_title;
	public static String Column_checked;
	public static String Column_health;
	public static String Column_jobs;
	public static String Column_lastError;
	public static String Column_queues;
	public static String Column_security;
	public static String Column_server;
	public static String Column_version;
	public static String Compare_equal;
	public static String Compare_pickFile;
	public static String Compare_summary;
	public static String Compare_title;
	public static String Error_operation;
	public static String Error_read;
	public static String Error_write;
	public static String Export_done;
	public static String Export_title;
	public static String Health_checking;
	public static String Health_error;
	public static String Health_lastError;
	public static String Health_ok;
	public static String Health_unknown;
	public static String Health_unreachable;
	public static String Health_warning;
	public static String Job_apply;
	public static String Job_compare;
	public static String Job_export;
	public static String Job_health;
	public static String Job_plan;
	public static String Queues_rejecting;
	public static String Queues_stopped;
	public static String Secret_message;
	public static String Secret_title;
	public static String Security_certificate;
	public static String Security_expired;
	public static String Security_expiresSoon;
	public static String Security_plain;
	public static String Security_socket;
	public static String Security_tls;
	public static String View_description;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
