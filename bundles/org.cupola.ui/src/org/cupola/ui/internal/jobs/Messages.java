package org.cupola.ui.internal.jobs;

import org.eclipse.osgi.util.NLS;

/** Strings of the Jobs view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.cupola.ui.internal.jobs.messages"; //$NON-NLS-1$
	public static String Jobs_id;
	public static String Jobs_name;
	public static String Jobs_owner;
	public static String Jobs_printer;
	public static String Jobs_state;
	public static String Jobs_size;
	public static String Jobs_created;
	public static String Jobs_sizeKb;
	public static String Jobs_private;
	public static String Jobs_printerOnServer;
	public static String Jobs_count;
	public static String Jobs_loading;
	public static String Jobs_failed;
	public static String Jobs_scopeAll;
	public static String Jobs_scopePrinters;
	public static String Jobs_jobList;
	public static String Jobs_autoRefresh;
	public static String Jobs_showCompleted;
	public static String Jobs_showCompletedTooltip;
	public static String Jobs_cancel;
	public static String Jobs_hold;
	public static String Jobs_release;
	public static String Jobs_reprint;
	public static String Jobs_move;
	public static String Jobs_jobCancel;
	public static String Jobs_jobHold;
	public static String Jobs_jobRelease;
	public static String Jobs_jobReprint;
	public static String Jobs_jobMove;
	public static String Jobs_jobListPrinters;
	public static String Jobs_moveTitle;
	public static String Jobs_moveMessage;
	public static String Jobs_moveNoTarget;
	public static String Jobs_actionFailed;
	public static String Jobs_moveFailed;
	public static String State_pending;
	public static String State_held;
	public static String State_processing;
	public static String State_stopped;
	public static String State_canceled;
	public static String State_aborted;
	public static String State_completed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
