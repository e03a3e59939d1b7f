package org.cupola.fleet;

import java.util.List;
import java.util.Map;

import org.cupola.fleet.internal.Messages;

/**
 * One difference between a wanted configuration (a site description, or the first server) and an actual one (a
 * server): a queue or class present on one side only, or one setting of it, the default destination, or a managed
 * server setting.
 *
 * @param kind
 *            what differs
 * @param subjectKind
 *            {@link #PRINTER}, {@link #CLASS}, {@link #SERVER} or {@link #DEFAULT}
 * @param name
 *            the queue or class name, or null
 * @param setting
 *            the setting key ({@link Site} constants; {@code "ppd-defaults/PageSize"}, {@code "job-defaults/copies-default"},
 *            {@code "directives/MaxJobs"} for members of maps), or null for {@link Kind#MISSING} / {@link Kind#EXTRA}
 * @param wanted
 *            the wanted value (JSON value), or null
 * @param actual
 *            the actual value, or null
 */
public record Difference(Kind kind, String subjectKind, String name, String setting, Object wanted, Object actual) {

	/** What differs. */
	public enum Kind {
		/** The queue or class is wanted but missing. */
		MISSING,
		/** The queue or class exists but is not wanted. */
		EXTRA,
		/** A setting differs. */
		CHANGED
	}

	public static final String PRINTER = "printer"; //$NON-NLS-1$
	public static final String CLASS = "class"; //$NON-NLS-1$
	public static final String SERVER = "server"; //$NON-NLS-1$
	public static final String DEFAULT = "default destination"; //$NON-NLS-1$

	/**
	 * {@return one line a human reads}
	 *
	 * @param wantedLabel
	 *            names the wanted side (a file name or a server)
	 * @param actualLabel
	 *            names the actual side (a server)
	 */
	public String describe(String wantedLabel, String actualLabel) {
		String subject = switch (subjectKind) {
		case PRINTER -> Messages.bind(Messages.Diff_printer, name);
		case CLASS -> Messages.bind(Messages.Diff_class, name);
		case SERVER -> Messages.Diff_server;
		default -> Messages.Diff_default;
		};
		return switch (kind) {
		case MISSING -> Messages.bind(Messages.Diff_missing, new Object[] { subject, wantedLabel, actualLabel });
		case EXTRA -> Messages.bind(Messages.Diff_extra, new Object[] { subject, actualLabel, wantedLabel });
		case CHANGED -> {
			if (Site.PPD.equals(setting)) {
				yield Messages.bind(Messages.Diff_ppd, new Object[] { subject, wantedLabel, actualLabel });
			}
			String what = setting == null ? subject : subject + ": " + settingName(setting); //$NON-NLS-1$
			yield Messages.bind(Messages.Diff_changed,
					new Object[] { what, format(wanted), wantedLabel, format(actual), actualLabel });
		}
		};
	}

	/** {@return a setting key in words} */
	public static String settingName(String setting) {
		int slash = setting.indexOf('/');
		if (slash > 0) {
			String head = setting.substring(0, slash);
			String tail = setting.substring(slash + 1);
			return switch (head) {
			case Site.PPD_DEFAULTS -> Messages.bind(Messages.Setting_ppdOption, tail);
			case Site.JOB_DEFAULTS -> Messages.bind(Messages.Setting_jobDefault, tail);
			case Site.SERVER_DIRECTIVES -> Messages.bind(Messages.Setting_directive, tail);
			default -> tail;
			};
		}
		return switch (setting) {
		case Site.DEVICE_URI -> Messages.Setting_deviceUri;
		case Site.DRIVER -> Messages.Setting_driver;
		case Site.DESCRIPTION -> Messages.Setting_description;
		case Site.LOCATION -> Messages.Setting_location;
		case Site.SHARED -> Messages.Setting_shared;
		case Site.ENABLED -> Messages.Setting_enabled;
		case Site.ACCEPTING -> Messages.Setting_accepting;
		case Site.ERROR_POLICY -> Messages.Setting_errorPolicy;
		case Site.OP_POLICY -> Messages.Setting_opPolicy;
		case Site.BANNERS -> Messages.Setting_banners;
		case Site.USERS_ALLOWED -> Messages.Setting_usersAllowed;
		case Site.USERS_DENIED -> Messages.Setting_usersDenied;
		case Site.MEMBERS -> Messages.Setting_members;
		case Site.SHARE_PRINTERS -> Messages.Setting_sharePrinters;
		case Site.REMOTE_ADMIN -> Messages.Setting_remoteAdmin;
		case Site.REMOTE_ANY -> Messages.Setting_remoteAny;
		case Site.USER_CANCEL_ANY -> Messages.Setting_userCancelAny;
		default -> setting;
		};
	}

	private static String format(Object value) {
		if (value == null) {
			return Messages.Diff_unset;
		}
		if (value instanceof Boolean b) {
			return b.booleanValue() ? Messages.Diff_yes : Messages.Diff_no;
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? Messages.Diff_none : String.join(", ", list.stream().map(String::valueOf).toList()); //$NON-NLS-1$
		}
		if (value instanceof Map<?, ?>) {
			return value.toString();
		}
		return value instanceof String ? '"' + value.toString() + '"' : value.toString();
	}
}
