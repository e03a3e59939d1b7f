package org.cupola.ipp.internal;


/**
 * The user-visible strings of the bundle, loaded from {@code messages.properties} beside this class (NLS style: one
 * public static field per key, filled once when the class loads; {@link #bind(String, Object...)} fills in
 * {@code {0}}, {@code {1}}...). A tiny stand-in for {@code org.eclipse.osgi.util.NLS}, which this bundle does not
 * depend on.
 */
@SuppressWarnings("javadoc")
public final class Messages {

	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.messages"; //$NON-NLS-1$

	/** See messages.properties. */
	public static String CupsServer_emptyHost;

	/** See messages.properties. */
	public static String CupsServer_badPort;

	/** See messages.properties. */
	public static String CupsServer_badScheme;

	/** See messages.properties. */
	public static String CupsServer_badAddress;

	/** See messages.properties. */
	public static String Error_connectRefused;

	/** See messages.properties. */
	public static String Error_unknownHost;

	/** See messages.properties. */
	public static String Error_connectTimeout;

	/** See messages.properties. */
	public static String Error_unreachable;

	/** See messages.properties. */
	public static String Error_timeout;

	/** See messages.properties. */
	public static String Error_connectionLost;

	/** See messages.properties. */
	public static String Error_tls;

	/** See messages.properties. */
	public static String Error_malformed;

	/** See messages.properties. */
	public static String Error_http;

	/** See messages.properties. */
	public static String Error_ippStatus;

	/** See messages.properties. */
	public static String Error_ippStatusNoMessage;

	/** See messages.properties. */
	public static String Error_notAuthorized;

	/** See messages.properties. */
	public static String Error_notAuthorizedNoPrompt;

	/** See messages.properties. */
	public static String Error_forbidden;

	/** See messages.properties. */
	public static String Error_forbiddenAnonymous;

	/** See messages.properties. */
	public static String Error_documentTooLarge;

	/** See messages.properties. */
	public static String Error_readDocument;

	/** See messages.properties. */
	public static String Error_testPageMissing;

	/** See messages.properties. */
	public static String Error_restartTimeout;

	/** See messages.properties. */
	public static String Error_noJobId;

	/** See messages.properties. */
	public static String Error_noSubscriptionId;

	/** See messages.properties. */
	public static String Error_jobNotFound;

	/** See messages.properties. */
	public static String Op_getPrinters;

	/** See messages.properties. */
	public static String Op_getClasses;

	/** See messages.properties. */
	public static String Op_getDefault;

	/** See messages.properties. */
	public static String Op_getPrinterAttributes;

	/** See messages.properties. */
	public static String Op_send;

	/** See messages.properties. */
	public static String Op_getDevices;

	/** See messages.properties. */
	public static String Op_foundDevices;

	/** See messages.properties. */
	public static String Op_getPpds;

	/** See messages.properties. */
	public static String Op_getPpd;

	/** See messages.properties. */
	public static String Op_getJobs;

	/** See messages.properties. */
	public static String Op_getJobAttributes;

	/** See messages.properties. */
	public static String Op_printJob;

	/** See messages.properties. */
	public static String Op_printTestPage;

	/** See messages.properties. */
	public static String Op_cancelJob;

	/** See messages.properties. */
	public static String Op_cancelAllJobs;

	/** See messages.properties. */
	public static String Op_holdJob;

	/** See messages.properties. */
	public static String Op_releaseJob;

	/** See messages.properties. */
	public static String Op_restartJob;

	/** See messages.properties. */
	public static String Op_pausePrinter;

	/** See messages.properties. */
	public static String Op_resumePrinter;

	/** See messages.properties. */
	public static String Op_acceptJobs;

	/** See messages.properties. */
	public static String Op_rejectJobs;

	/** See messages.properties. */
	public static String Op_addModifyPrinter;

	/** See messages.properties. */
	public static String Op_deletePrinter;

	/** See messages.properties. */
	public static String Op_setDefault;

	/** See messages.properties. */
	public static String Op_createSubscription;

	/** See messages.properties. */
	public static String Op_getNotifications;

	/** See messages.properties. */
	public static String Op_cancelSubscription;

	/** See messages.properties. */
	public static String Op_getServerConfig;

	/** See messages.properties. */
	public static String Op_putServerConfig;

	/** See messages.properties. */
	public static String Op_waitRestart;

	/** See messages.properties. */
	public static String Op_getErrorLog;

	/** See messages.properties. */
	public static String Op_readDocument;

	/** See messages.properties. */
	public static String Op_waitCredentials;

	static {
		Strings.load(Messages.class, BUNDLE_NAME);
	}

	private Messages() {
	}

	/**
	 * Replaces {@code {0}}, {@code {1}}... in {@code message} with the arguments ({@code String.valueOf}; no
	 * {@code MessageFormat} quoting or number formatting, so ports and ids print as they are).
	 *
	 * @param message
	 *            the message
	 * @param args
	 *            the arguments
	 * @return the text
	 */
	public static String bind(String message, Object... args) {
		return Strings.bind(message, args);
	}

	/**
	 * {@return the text with its first letter in upper case (operation names start lower case to fit in a
	 * sentence)}
	 */
	public static String capitalize(String text) {
		return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
