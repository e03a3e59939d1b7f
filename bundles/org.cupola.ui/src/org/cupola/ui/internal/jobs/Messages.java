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

	// held jobs, purge, confirmation, properties, documents (issue 12)
	public static String Jobs_reason;
	public static String Reason_heldForAuth;
	public static String Reason_heldForAuthFields;
	public static String Reason_holdUntil;
	public static String Reason_heldIndefinitely;
	public static String Reason_printerStopped;
	public static String Reason_printerStoppedPartly;
	public static String Reason_canceledByUser;
	public static String Reason_canceledByOperator;
	public static String Reason_canceledAtDevice;
	public static String Reason_abortedBySystem;
	public static String Reason_completedWithErrors;
	public static String Reason_completedWithWarnings;
	public static String Reason_formatError;
	public static String Reason_unsupportedFormat;
	public static String Reason_accessError;
	public static String Reason_dataInsufficient;
	public static String Reason_resourcesNotReady;
	public static String Reason_stopping;
	public static String Reason_incoming;
	public static String Reason_withMessage;
	public static String Field_domain;
	public static String Field_username;
	public static String Field_password;
	public static String Jobs_authenticate;
	public static String Jobs_jobAuthenticate;
	public static String Jobs_jobAuthFields;
	public static String Jobs_noPrinter;
	public static String Jobs_negotiate;
	public static String Jobs_authOperation;
	public static String Jobs_purge;
	public static String Jobs_jobPurge;
	public static String Jobs_cancelConfirmTitle;
	public static String Jobs_cancelConfirmMessage;
	public static String Jobs_cancelConfirmYes;
	public static String Jobs_purgeConfirmTitle;
	public static String Jobs_purgeConfirmMessage;
	public static String Jobs_purgeConfirmYes;
	public static String Jobs_confirmNo;
	public static String Jobs_confirmLine;
	public static String Jobs_confirmMore;
	public static String Jobs_jobProperties;
	public static String Jobs_propertiesTitle;
	public static String Jobs_propertiesMessage;
	public static String Jobs_propertyName;
	public static String Jobs_propertyValue;
	public static String Jobs_jobRetrieve;
	public static String Jobs_retrieveTitle;
	public static String Jobs_retrieveWriteFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
