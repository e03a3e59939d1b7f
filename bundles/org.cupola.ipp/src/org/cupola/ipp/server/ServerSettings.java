package org.cupola.ipp.server;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * All of system-config-printer's server settings, as {@code cupsd.conf} sets them ({@link CupsdConf#serverSettings()},
 * {@link CupsdConf#apply(ServerSettings)}). The names follow libcups' {@code cupsAdminGetServerSettings}:
 * {@code _share_printers}, {@code _remote_any}, {@code _remote_admin}, {@code _user_cancel_any},
 * {@code _debug_logging}; the job history and job files are CUPS' {@code PreserveJobHistory},
 * {@code PreserveJobFiles} and {@code MaxJobs}.
 *
 * @param sharePrinters
 *            publish the local queues and accept jobs from the local network ({@code Browsing},
 *            {@code BrowseLocalProtocols}, a network listener, {@code Allow @LOCAL} in {@code <Location />})
 * @param showRemotePrinters
 *            show printers shared by other systems: {@code BrowseRemoteProtocols} of CUPS 1.x; null when the file
 *            does not say (CUPS 2 leaves it to cups-browsed and its own configuration file, which cupsd does not
 *            serve): then it is not edited
 * @param remoteAny
 *            allow printing from the Internet: {@code Allow all} instead of {@code Allow @LOCAL}
 * @param remoteAdmin
 *            allow administration from the local network ({@code <Location /admin>})
 * @param userCancelAny
 *            any user may cancel any job: the default policy's {@code Cancel-Job} limit has no {@code Require}
 * @param debugLogging
 *            {@code LogLevel debug}
 * @param jobHistory
 *            {@code PreserveJobHistory}: {@code Yes}, {@code No} or a time ({@code 30d}, {@code 3600})
 * @param jobFiles
 *            {@code PreserveJobFiles}: {@code Yes}, {@code No} or a time (CUPS' default: one day)
 * @param maxJobs
 *            {@code MaxJobs}: how many jobs are remembered, 0 for no limit (CUPS' default: 500)
 */
public record ServerSettings(boolean sharePrinters, Boolean showRemotePrinters, boolean remoteAny,
		boolean remoteAdmin, boolean userCancelAny, boolean debugLogging, String jobHistory, String jobFiles,
		int maxJobs) {

	/** {@code PreserveJobFiles} when the file does not set it (CUPS 2.x: 86400 seconds). */
	public static final String DEFAULT_JOB_FILES = "1d"; //$NON-NLS-1$
	/** {@code MaxJobs} when the file does not set it. */
	public static final int DEFAULT_MAX_JOBS = 500;
	/** The value meaning "keep, without a time limit". */
	public static final String YES = "Yes"; //$NON-NLS-1$
	/** The value meaning "do not keep". */
	public static final String NO = "No"; //$NON-NLS-1$

	/** A time as cupsd reads it ({@code CUPSD_VARTYPE_TIME}): a number, optionally with a unit w, d, h, m or s. */
	private static final Pattern TIME = Pattern.compile("\\d+(\\.\\d+)?[wdhms]?", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	/** Checks the components. */
	public ServerSettings {
		Objects.requireNonNull(jobHistory);
		Objects.requireNonNull(jobFiles);
	}

	/**
	 * @param value
	 *            a {@code PreserveJobHistory} or {@code PreserveJobFiles} value
	 * @return whether it keeps anything (not {@code No}, {@code Off}, {@code False} or {@code 0})
	 */
	public static boolean keeps(String value) {
		String v = value.trim().toLowerCase(Locale.ROOT);
		return !(v.equals("no") || v.equals("off") || v.equals("false") || v.matches("0+[wdhms]?")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * @param value
	 *            a {@code PreserveJobHistory} or {@code PreserveJobFiles} value
	 * @return whether cupsd accepts it: a boolean or a time such as {@code 30d}, {@code 12h} or {@code 3600}
	 */
	public static boolean isValidPeriod(String value) {
		String v = value.trim().toLowerCase(Locale.ROOT);
		return v.equals("yes") || v.equals("no") || v.equals("on") || v.equals("off") || v.equals("true") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				|| v.equals("false") || TIME.matcher(v).matches(); //$NON-NLS-1$
	}

	/**
	 * The four settings of the first Server Settings dialog.
	 *
	 * @return share, remote administration, debug logging and whether job history is kept
	 */
	public CupsdConf.Settings basic() {
		return new CupsdConf.Settings(sharePrinters, remoteAdmin, debugLogging, keeps(jobHistory));
	}
}
