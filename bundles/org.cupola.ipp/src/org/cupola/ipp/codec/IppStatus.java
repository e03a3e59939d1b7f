package org.cupola.ipp.codec;

import java.util.Locale;
import java.util.Map;

/**
 * IPP status codes (IANA IPP registry) plus the CUPS-specific ones. Note that {@link #CUPS_SEE_OTHER} is
 * {@code 0x0280} in CUPS, and {@code 0x1000-0x1002} are CUPS client-side codes that never appear on the wire.
 */
public final class IppStatus {

	/** successful-ok. */
	public static final int SUCCESSFUL_OK = 0x0000;
	/** successful-ok-ignored-or-substituted-attributes. */
	public static final int SUCCESSFUL_OK_IGNORED_OR_SUBSTITUTED = 0x0001;
	/** successful-ok-conflicting-attributes. */
	public static final int SUCCESSFUL_OK_CONFLICTING = 0x0002;
	/** successful-ok-ignored-subscriptions. */
	public static final int SUCCESSFUL_OK_IGNORED_SUBSCRIPTIONS = 0x0003;
	/** successful-ok-ignored-notifications. */
	public static final int SUCCESSFUL_OK_IGNORED_NOTIFICATIONS = 0x0004;
	/** successful-ok-too-many-events. */
	public static final int SUCCESSFUL_OK_TOO_MANY_EVENTS = 0x0005;
	/** successful-ok-but-cancel-subscription. */
	public static final int SUCCESSFUL_OK_BUT_CANCEL_SUBSCRIPTION = 0x0006;
	/** successful-ok-events-complete. */
	public static final int SUCCESSFUL_OK_EVENTS_COMPLETE = 0x0007;
	/** redirection-other-site. */
	public static final int REDIRECTION_OTHER_SITE = 0x0200;
	/** cups-see-other. */
	public static final int CUPS_SEE_OTHER = 0x0280;
	/** client-error-bad-request. */
	public static final int CLIENT_ERROR_BAD_REQUEST = 0x0400;
	/** client-error-forbidden. */
	public static final int CLIENT_ERROR_FORBIDDEN = 0x0401;
	/** client-error-not-authenticated. */
	public static final int CLIENT_ERROR_NOT_AUTHENTICATED = 0x0402;
	/** client-error-not-authorized. */
	public static final int CLIENT_ERROR_NOT_AUTHORIZED = 0x0403;
	/** client-error-not-possible. */
	public static final int CLIENT_ERROR_NOT_POSSIBLE = 0x0404;
	/** client-error-timeout. */
	public static final int CLIENT_ERROR_TIMEOUT = 0x0405;
	/** client-error-not-found. */
	public static final int CLIENT_ERROR_NOT_FOUND = 0x0406;
	/** client-error-gone. */
	public static final int CLIENT_ERROR_GONE = 0x0407;
	/** client-error-request-entity-too-large. */
	public static final int CLIENT_ERROR_REQUEST_ENTITY_TOO_LARGE = 0x0408;
	/** client-error-request-value-too-long. */
	public static final int CLIENT_ERROR_REQUEST_VALUE_TOO_LONG = 0x0409;
	/** client-error-document-format-not-supported. */
	public static final int CLIENT_ERROR_DOCUMENT_FORMAT_NOT_SUPPORTED = 0x040A;
	/** client-error-attributes-or-values-not-supported. */
	public static final int CLIENT_ERROR_ATTRIBUTES_OR_VALUES_NOT_SUPPORTED = 0x040B;
	/** client-error-uri-scheme-not-supported. */
	public static final int CLIENT_ERROR_URI_SCHEME_NOT_SUPPORTED = 0x040C;
	/** client-error-charset-not-supported. */
	public static final int CLIENT_ERROR_CHARSET_NOT_SUPPORTED = 0x040D;
	/** client-error-conflicting-attributes. */
	public static final int CLIENT_ERROR_CONFLICTING_ATTRIBUTES = 0x040E;
	/** client-error-compression-not-supported. */
	public static final int CLIENT_ERROR_COMPRESSION_NOT_SUPPORTED = 0x040F;
	/** client-error-compression-error. */
	public static final int CLIENT_ERROR_COMPRESSION_ERROR = 0x0410;
	/** client-error-document-format-error. */
	public static final int CLIENT_ERROR_DOCUMENT_FORMAT_ERROR = 0x0411;
	/** client-error-document-access-error. */
	public static final int CLIENT_ERROR_DOCUMENT_ACCESS_ERROR = 0x0412;
	/** client-error-attributes-not-settable. */
	public static final int CLIENT_ERROR_ATTRIBUTES_NOT_SETTABLE = 0x0413;
	/** client-error-ignored-all-subscriptions. */
	public static final int CLIENT_ERROR_IGNORED_ALL_SUBSCRIPTIONS = 0x0414;
	/** client-error-too-many-subscriptions. */
	public static final int CLIENT_ERROR_TOO_MANY_SUBSCRIPTIONS = 0x0415;
	/** client-error-ignored-all-notifications. */
	public static final int CLIENT_ERROR_IGNORED_ALL_NOTIFICATIONS = 0x0416;
	/** client-error-client-print-support-file-not-found. */
	public static final int CLIENT_ERROR_CLIENT_PRINT_SUPPORT_FILE_NOT_FOUND = 0x0417;
	/** client-error-document-password-error. */
	public static final int CLIENT_ERROR_DOCUMENT_PASSWORD_ERROR = 0x0418;
	/** client-error-document-permission-error. */
	public static final int CLIENT_ERROR_DOCUMENT_PERMISSION_ERROR = 0x0419;
	/** client-error-document-security-error. */
	public static final int CLIENT_ERROR_DOCUMENT_SECURITY_ERROR = 0x041A;
	/** client-error-document-unprintable-error. */
	public static final int CLIENT_ERROR_DOCUMENT_UNPRINTABLE_ERROR = 0x041B;
	/** client-error-account-info-needed. */
	public static final int CLIENT_ERROR_ACCOUNT_INFO_NEEDED = 0x041C;
	/** client-error-account-closed. */
	public static final int CLIENT_ERROR_ACCOUNT_CLOSED = 0x041D;
	/** client-error-account-limit-reached. */
	public static final int CLIENT_ERROR_ACCOUNT_LIMIT_REACHED = 0x041E;
	/** client-error-account-authorization-failed. */
	public static final int CLIENT_ERROR_ACCOUNT_AUTHORIZATION_FAILED = 0x041F;
	/** client-error-not-fetchable. */
	public static final int CLIENT_ERROR_NOT_FETCHABLE = 0x0420;
	/** cups-error-account-info-needed. */
	public static final int CUPS_ERROR_ACCOUNT_INFO_NEEDED = 0x049C;
	/** cups-error-account-closed. */
	public static final int CUPS_ERROR_ACCOUNT_CLOSED = 0x049D;
	/** cups-error-account-limit-reached. */
	public static final int CUPS_ERROR_ACCOUNT_LIMIT_REACHED = 0x049E;
	/** cups-error-account-authorization-failed. */
	public static final int CUPS_ERROR_ACCOUNT_AUTHORIZATION_FAILED = 0x049F;
	/** server-error-internal-error. */
	public static final int SERVER_ERROR_INTERNAL_ERROR = 0x0500;
	/** server-error-operation-not-supported. */
	public static final int SERVER_ERROR_OPERATION_NOT_SUPPORTED = 0x0501;
	/** server-error-service-unavailable. */
	public static final int SERVER_ERROR_SERVICE_UNAVAILABLE = 0x0502;
	/** server-error-version-not-supported. */
	public static final int SERVER_ERROR_VERSION_NOT_SUPPORTED = 0x0503;
	/** server-error-device-error. */
	public static final int SERVER_ERROR_DEVICE_ERROR = 0x0504;
	/** server-error-temporary-error. */
	public static final int SERVER_ERROR_TEMPORARY_ERROR = 0x0505;
	/** server-error-not-accepting-jobs. */
	public static final int SERVER_ERROR_NOT_ACCEPTING_JOBS = 0x0506;
	/** server-error-busy. */
	public static final int SERVER_ERROR_BUSY = 0x0507;
	/** server-error-job-canceled. */
	public static final int SERVER_ERROR_JOB_CANCELED = 0x0508;
	/** server-error-multiple-document-jobs-not-supported. */
	public static final int SERVER_ERROR_MULTIPLE_DOCUMENT_JOBS_NOT_SUPPORTED = 0x0509;
	/** server-error-printer-is-deactivated. */
	public static final int SERVER_ERROR_PRINTER_IS_DEACTIVATED = 0x050A;
	/** server-error-too-many-jobs. */
	public static final int SERVER_ERROR_TOO_MANY_JOBS = 0x050B;
	/** server-error-too-many-documents. */
	public static final int SERVER_ERROR_TOO_MANY_DOCUMENTS = 0x050C;
	/** cups-authentication-canceled. */
	public static final int CUPS_AUTHENTICATION_CANCELED = 0x1000;
	/** cups-pki-error. */
	public static final int CUPS_PKI_ERROR = 0x1001;
	/** cups-upgrade-required. */
	public static final int CUPS_UPGRADE_REQUIRED = 0x1002;

	private static final Map<Integer, String> NAMES = Map.ofEntries(
			Map.entry(Integer.valueOf(SUCCESSFUL_OK), "successful-ok"),
			Map.entry(Integer.valueOf(SUCCESSFUL_OK_IGNORED_OR_SUBSTITUTED),
					"successful-ok-ignored-or-substituted-attributes"),
			Map.entry(Integer.valueOf(SUCCESSFUL_OK_CONFLICTING), "successful-ok-conflicting-attributes"),
			Map.entry(Integer.valueOf(SUCCESSFUL_OK_IGNORED_SUBSCRIPTIONS), "successful-ok-ignored-subscriptions"),
			Map.entry(Integer.valueOf(SUCCESSFUL_OK_IGNORED_NOTIFICATIONS), "successful-ok-ignored-notifications"),
			Map.entry(Integer.valueOf(SUCCESSFUL_OK_TOO_MANY_EVENTS), "successful-ok-too-many-events"),
			Map.entry(Integer.valueOf(SUCCESSFUL_OK_BUT_CANCEL_SUBSCRIPTION), "successful-ok-but-cancel-subscription"),
			Map.entry(Integer.valueOf(SUCCESSFUL_OK_EVENTS_COMPLETE), "successful-ok-events-complete"),
			Map.entry(Integer.valueOf(REDIRECTION_OTHER_SITE), "redirection-other-site"),
			Map.entry(Integer.valueOf(CUPS_SEE_OTHER), "cups-see-other"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_BAD_REQUEST), "client-error-bad-request"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_FORBIDDEN), "client-error-forbidden"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_NOT_AUTHENTICATED), "client-error-not-authenticated"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_NOT_AUTHORIZED), "client-error-not-authorized"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_NOT_POSSIBLE), "client-error-not-possible"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_TIMEOUT), "client-error-timeout"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_NOT_FOUND), "client-error-not-found"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_GONE), "client-error-gone"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_REQUEST_ENTITY_TOO_LARGE), "client-error-request-entity-too-large"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_REQUEST_VALUE_TOO_LONG), "client-error-request-value-too-long"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_DOCUMENT_FORMAT_NOT_SUPPORTED),
					"client-error-document-format-not-supported"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_ATTRIBUTES_OR_VALUES_NOT_SUPPORTED),
					"client-error-attributes-or-values-not-supported"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_URI_SCHEME_NOT_SUPPORTED), "client-error-uri-scheme-not-supported"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_CHARSET_NOT_SUPPORTED), "client-error-charset-not-supported"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_CONFLICTING_ATTRIBUTES), "client-error-conflicting-attributes"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_COMPRESSION_NOT_SUPPORTED),
					"client-error-compression-not-supported"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_COMPRESSION_ERROR), "client-error-compression-error"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_DOCUMENT_FORMAT_ERROR), "client-error-document-format-error"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_DOCUMENT_ACCESS_ERROR), "client-error-document-access-error"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_ATTRIBUTES_NOT_SETTABLE), "client-error-attributes-not-settable"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_IGNORED_ALL_SUBSCRIPTIONS),
					"client-error-ignored-all-subscriptions"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_TOO_MANY_SUBSCRIPTIONS), "client-error-too-many-subscriptions"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_IGNORED_ALL_NOTIFICATIONS),
					"client-error-ignored-all-notifications"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_CLIENT_PRINT_SUPPORT_FILE_NOT_FOUND),
					"client-error-client-print-support-file-not-found"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_DOCUMENT_PASSWORD_ERROR), "client-error-document-password-error"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_DOCUMENT_PERMISSION_ERROR),
					"client-error-document-permission-error"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_DOCUMENT_SECURITY_ERROR), "client-error-document-security-error"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_DOCUMENT_UNPRINTABLE_ERROR),
					"client-error-document-unprintable-error"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_ACCOUNT_INFO_NEEDED), "client-error-account-info-needed"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_ACCOUNT_CLOSED), "client-error-account-closed"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_ACCOUNT_LIMIT_REACHED), "client-error-account-limit-reached"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_ACCOUNT_AUTHORIZATION_FAILED),
					"client-error-account-authorization-failed"),
			Map.entry(Integer.valueOf(CLIENT_ERROR_NOT_FETCHABLE), "client-error-not-fetchable"),
			Map.entry(Integer.valueOf(CUPS_ERROR_ACCOUNT_INFO_NEEDED), "cups-error-account-info-needed"),
			Map.entry(Integer.valueOf(CUPS_ERROR_ACCOUNT_CLOSED), "cups-error-account-closed"),
			Map.entry(Integer.valueOf(CUPS_ERROR_ACCOUNT_LIMIT_REACHED), "cups-error-account-limit-reached"),
			Map.entry(Integer.valueOf(CUPS_ERROR_ACCOUNT_AUTHORIZATION_FAILED),
					"cups-error-account-authorization-failed"),
			Map.entry(Integer.valueOf(SERVER_ERROR_INTERNAL_ERROR), "server-error-internal-error"),
			Map.entry(Integer.valueOf(SERVER_ERROR_OPERATION_NOT_SUPPORTED), "server-error-operation-not-supported"),
			Map.entry(Integer.valueOf(SERVER_ERROR_SERVICE_UNAVAILABLE), "server-error-service-unavailable"),
			Map.entry(Integer.valueOf(SERVER_ERROR_VERSION_NOT_SUPPORTED), "server-error-version-not-supported"),
			Map.entry(Integer.valueOf(SERVER_ERROR_DEVICE_ERROR), "server-error-device-error"),
			Map.entry(Integer.valueOf(SERVER_ERROR_TEMPORARY_ERROR), "server-error-temporary-error"),
			Map.entry(Integer.valueOf(SERVER_ERROR_NOT_ACCEPTING_JOBS), "server-error-not-accepting-jobs"),
			Map.entry(Integer.valueOf(SERVER_ERROR_BUSY), "server-error-busy"),
			Map.entry(Integer.valueOf(SERVER_ERROR_JOB_CANCELED), "server-error-job-canceled"),
			Map.entry(Integer.valueOf(SERVER_ERROR_MULTIPLE_DOCUMENT_JOBS_NOT_SUPPORTED),
					"server-error-multiple-document-jobs-not-supported"),
			Map.entry(Integer.valueOf(SERVER_ERROR_PRINTER_IS_DEACTIVATED), "server-error-printer-is-deactivated"),
			Map.entry(Integer.valueOf(SERVER_ERROR_TOO_MANY_JOBS), "server-error-too-many-jobs"),
			Map.entry(Integer.valueOf(SERVER_ERROR_TOO_MANY_DOCUMENTS), "server-error-too-many-documents"),
			Map.entry(Integer.valueOf(CUPS_AUTHENTICATION_CANCELED), "cups-authentication-canceled"),
			Map.entry(Integer.valueOf(CUPS_PKI_ERROR), "cups-pki-error"),
			Map.entry(Integer.valueOf(CUPS_UPGRADE_REQUIRED), "cups-upgrade-required"));

	private IppStatus() {
	}

	/**
	 * Registry name of a status code, e.g. {@code "client-error-not-found"}; unknown codes are rendered as
	 * {@code "0x0abc"}.
	 *
	 * @param code the status-code
	 * @return a non-null name
	 */
	public static String name(final int code) {
		final String name = NAMES.get(Integer.valueOf(code));
		return name != null ? name : String.format(Locale.ROOT, "0x%04x", Integer.valueOf(code));
	}

	/**
	 * @param code a status-code
	 * @return whether the code is in the successful range {@code 0x0000-0x00FF}
	 */
	public static boolean isSuccess(final int code) {
		return code >= 0 && code < 0x0100;
	}
}
