package org.cupola.ipp.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the bundle, from {@code messages.properties} beside this class.
 * {@link NLS#bind(String, Object...)} fills in {@code {0}}, {@code {1}}...
 */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.messages"; //$NON-NLS-1$

	public static String CupsServer_emptyHost;
	public static String CupsServer_badPort;
	public static String CupsServer_badScheme;
	public static String CupsServer_badAddress;
	public static String Error_connectRefused;
	public static String Error_unknownHost;
	public static String Error_connectTimeout;
	public static String Error_unreachable;
	public static String Error_timeout;
	public static String Error_connectionLost;
	public static String Error_tls;
	public static String Error_malformed;
	public static String Error_http;
	public static String Error_ippStatus;
	public static String Error_ippStatusNoMessage;
	public static String Error_notAuthorized;
	public static String Error_notAuthorizedNoPrompt;
	public static String Error_forbidden;
	public static String Error_forbiddenAnonymous;
	public static String Error_documentTooLarge;
	public static String Error_readDocument;
	public static String Error_testPageMissing;
	// queue administration (printer properties)
	public static String Op_modifyQueue;
	public static String Op_uploadPpd;
	public static String Op_setPpdDefaults;
	public static String Error_noPpd;
	public static String Error_restartTimeout;
	public static String Error_noJobId;
	public static String Error_noSubscriptionId;
	public static String Error_jobNotFound;
	public static String Op_getPrinters;
	public static String Op_getClasses;
	public static String Op_getDefault;
	public static String Op_getPrinterAttributes;
	public static String Op_send;
	public static String Op_getDevices;
	public static String Op_foundDevices;
	public static String Op_getPpds;
	public static String Op_getPpd;
	public static String Op_getJobs;
	public static String Op_getJobAttributes;
	public static String Op_printJob;
	public static String Op_printTestPage;
	public static String Op_cancelJob;
	public static String Op_cancelAllJobs;
	public static String Op_holdJob;
	public static String Op_releaseJob;
	public static String Op_restartJob;
	public static String Op_pausePrinter;
	public static String Op_resumePrinter;
	public static String Op_acceptJobs;
	public static String Op_rejectJobs;
	public static String Op_addModifyPrinter;
	public static String Op_deletePrinter;
	public static String Op_setDefault;
	public static String Op_createSubscription;
	public static String Op_getNotifications;
	public static String Op_cancelSubscription;
	public static String Op_getServerConfig;
	public static String Op_putServerConfig;
	// Server Settings complete (issue 12)
	public static String Op_saveServerConfig;
	public static String Op_checkServerConfig;
	public static String Op_rollback;
	public static String Error_configRefused;
	public static String Error_configCheckFailed;
	public static String Error_rolledBack;
	public static String Error_noRollback;
	public static String Journal_serverSettings;
	public static String Op_waitRestart;
	public static String Op_getErrorLog;
	public static String Op_readDocument;
	public static String Op_waitCredentials;
	public static String Error_loginDeclined;
	public static String Op_moveJob;
	public static String Op_moveAllJobs;
	public static String Name_empty;
	public static String Name_tooLong;
	public static String Name_badChar;
	public static String Name_exists;
	public static String Watcher_name;

	// held jobs, purge, documents (issue 12)
	public static String Op_purgeJob;
	public static String Op_authenticateJob;
	public static String Op_getDocument;
	public static String Error_documentNotKept;
	public static String Error_writeDocument;
	public static String Error_authInfoMissing;
	public static String Error_authInfoNegotiate;
	public static String Error_authInfoClearText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * {@return the text with its first letter in upper case (operation names start lower case to fit in a
	 * sentence)}
	 */
	public static String capitalize(String text) {
		return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
