package org.cupola.ipp.codec;

import java.util.Locale;
import java.util.Map;

/**
 * IPP operation codes (IANA IPP registry) and the CUPS vendor operations ({@code 0x4000-0x7FFF}).
 */
public final class IppOperation {

	/** Print-Job. */
	public static final int PRINT_JOB = 0x02;
	/** Print-URI. */
	public static final int PRINT_URI = 0x03;
	/** Validate-Job. */
	public static final int VALIDATE_JOB = 0x04;
	/** Create-Job. */
	public static final int CREATE_JOB = 0x05;
	/** Send-Document. */
	public static final int SEND_DOCUMENT = 0x06;
	/** Send-URI. */
	public static final int SEND_URI = 0x07;
	/** Cancel-Job. */
	public static final int CANCEL_JOB = 0x08;
	/** Get-Job-Attributes. */
	public static final int GET_JOB_ATTRIBUTES = 0x09;
	/** Get-Jobs. */
	public static final int GET_JOBS = 0x0A;
	/** Get-Printer-Attributes. */
	public static final int GET_PRINTER_ATTRIBUTES = 0x0B;
	/** Hold-Job. */
	public static final int HOLD_JOB = 0x0C;
	/** Release-Job. */
	public static final int RELEASE_JOB = 0x0D;
	/** Restart-Job. */
	public static final int RESTART_JOB = 0x0E;
	/** Pause-Printer. */
	public static final int PAUSE_PRINTER = 0x10;
	/** Resume-Printer. */
	public static final int RESUME_PRINTER = 0x11;
	/** Purge-Jobs. */
	public static final int PURGE_JOBS = 0x12;
	/** Set-Printer-Attributes. */
	public static final int SET_PRINTER_ATTRIBUTES = 0x13;
	/** Set-Job-Attributes. */
	public static final int SET_JOB_ATTRIBUTES = 0x14;
	/** Get-Printer-Supported-Values. */
	public static final int GET_PRINTER_SUPPORTED_VALUES = 0x15;
	/** Create-Printer-Subscriptions. */
	public static final int CREATE_PRINTER_SUBSCRIPTIONS = 0x16;
	/** Create-Job-Subscriptions. */
	public static final int CREATE_JOB_SUBSCRIPTIONS = 0x17;
	/** Get-Subscription-Attributes. */
	public static final int GET_SUBSCRIPTION_ATTRIBUTES = 0x18;
	/** Get-Subscriptions. */
	public static final int GET_SUBSCRIPTIONS = 0x19;
	/** Renew-Subscription. */
	public static final int RENEW_SUBSCRIPTION = 0x1A;
	/** Cancel-Subscription. */
	public static final int CANCEL_SUBSCRIPTION = 0x1B;
	/** Get-Notifications. */
	public static final int GET_NOTIFICATIONS = 0x1C;
	/** Send-Notifications. */
	public static final int SEND_NOTIFICATIONS = 0x1D;
	/** Get-Resource-Attributes. */
	public static final int GET_RESOURCE_ATTRIBUTES = 0x1E;
	/** Get-Resource-Data. */
	public static final int GET_RESOURCE_DATA = 0x1F;
	/** Get-Resources. */
	public static final int GET_RESOURCES = 0x20;
	/** Get-Print-Support-Files. */
	public static final int GET_PRINT_SUPPORT_FILES = 0x21;
	/** Enable-Printer. */
	public static final int ENABLE_PRINTER = 0x22;
	/** Disable-Printer. */
	public static final int DISABLE_PRINTER = 0x23;
	/** Pause-Printer-After-Current-Job. */
	public static final int PAUSE_PRINTER_AFTER_CURRENT_JOB = 0x24;
	/** Hold-New-Jobs. */
	public static final int HOLD_NEW_JOBS = 0x25;
	/** Release-Held-New-Jobs. */
	public static final int RELEASE_HELD_NEW_JOBS = 0x26;
	/** Deactivate-Printer. */
	public static final int DEACTIVATE_PRINTER = 0x27;
	/** Activate-Printer. */
	public static final int ACTIVATE_PRINTER = 0x28;
	/** Restart-Printer. */
	public static final int RESTART_PRINTER = 0x29;
	/** Shutdown-Printer. */
	public static final int SHUTDOWN_PRINTER = 0x2A;
	/** Startup-Printer. */
	public static final int STARTUP_PRINTER = 0x2B;
	/** Reprocess-Job. */
	public static final int REPROCESS_JOB = 0x2C;
	/** Cancel-Current-Job. */
	public static final int CANCEL_CURRENT_JOB = 0x2D;
	/** Suspend-Current-Job. */
	public static final int SUSPEND_CURRENT_JOB = 0x2E;
	/** Resume-Job. */
	public static final int RESUME_JOB = 0x2F;
	/** Promote-Job. */
	public static final int PROMOTE_JOB = 0x30;
	/** Schedule-Job-After. */
	public static final int SCHEDULE_JOB_AFTER = 0x31;
	/** Cancel-Document. */
	public static final int CANCEL_DOCUMENT = 0x33;
	/** Get-Document-Attributes. */
	public static final int GET_DOCUMENT_ATTRIBUTES = 0x34;
	/** Get-Documents. */
	public static final int GET_DOCUMENTS = 0x35;
	/** Delete-Document. */
	public static final int DELETE_DOCUMENT = 0x36;
	/** Set-Document-Attributes. */
	public static final int SET_DOCUMENT_ATTRIBUTES = 0x37;
	/** Cancel-Jobs. */
	public static final int CANCEL_JOBS = 0x38;
	/** Cancel-My-Jobs. */
	public static final int CANCEL_MY_JOBS = 0x39;
	/** Resubmit-Job. */
	public static final int RESUBMIT_JOB = 0x3A;
	/** Close-Job. */
	public static final int CLOSE_JOB = 0x3B;
	/** Identify-Printer. */
	public static final int IDENTIFY_PRINTER = 0x3C;
	/** Validate-Document. */
	public static final int VALIDATE_DOCUMENT = 0x3D;
	/** Add-Document-Images. */
	public static final int ADD_DOCUMENT_IMAGES = 0x3E;
	/** Acknowledge-Document. */
	public static final int ACKNOWLEDGE_DOCUMENT = 0x3F;
	/** Acknowledge-Identify-Printer. */
	public static final int ACKNOWLEDGE_IDENTIFY_PRINTER = 0x40;
	/** Acknowledge-Job. */
	public static final int ACKNOWLEDGE_JOB = 0x41;
	/** Fetch-Document. */
	public static final int FETCH_DOCUMENT = 0x42;
	/** Fetch-Job. */
	public static final int FETCH_JOB = 0x43;
	/** Get-Output-Device-Attributes. */
	public static final int GET_OUTPUT_DEVICE_ATTRIBUTES = 0x44;
	/** Update-Active-Jobs. */
	public static final int UPDATE_ACTIVE_JOBS = 0x45;
	/** Deregister-Output-Device. */
	public static final int DEREGISTER_OUTPUT_DEVICE = 0x46;
	/** Update-Document-Status. */
	public static final int UPDATE_DOCUMENT_STATUS = 0x47;
	/** Update-Job-Status. */
	public static final int UPDATE_JOB_STATUS = 0x48;
	/** Update-Output-Device-Attributes. */
	public static final int UPDATE_OUTPUT_DEVICE_ATTRIBUTES = 0x49;
	/** Get-Next-Document-Data. */
	public static final int GET_NEXT_DOCUMENT_DATA = 0x4A;
	/** Allocate-Printer-Resources. */
	public static final int ALLOCATE_PRINTER_RESOURCES = 0x4B;
	/** Create-Printer. */
	public static final int CREATE_PRINTER = 0x4C;
	/** Deallocate-Printer-Resources. */
	public static final int DEALLOCATE_PRINTER_RESOURCES = 0x4D;
	/** Delete-Printer. */
	public static final int DELETE_PRINTER = 0x4E;
	/** Get-Printers. */
	public static final int GET_PRINTERS = 0x4F;
	/** Shutdown-One-Printer. */
	public static final int SHUTDOWN_ONE_PRINTER = 0x50;
	/** Startup-One-Printer. */
	public static final int STARTUP_ONE_PRINTER = 0x51;
	/** Cancel-Resource. */
	public static final int CANCEL_RESOURCE = 0x52;
	/** Create-Resource. */
	public static final int CREATE_RESOURCE = 0x53;
	/** Install-Resource. */
	public static final int INSTALL_RESOURCE = 0x54;
	/** Send-Resource-Data. */
	public static final int SEND_RESOURCE_DATA = 0x55;
	/** Set-Resource-Attributes. */
	public static final int SET_RESOURCE_ATTRIBUTES = 0x56;
	/** Create-Resource-Subscriptions. */
	public static final int CREATE_RESOURCE_SUBSCRIPTIONS = 0x57;
	/** Create-System-Subscriptions. */
	public static final int CREATE_SYSTEM_SUBSCRIPTIONS = 0x58;
	/** Disable-All-Printers. */
	public static final int DISABLE_ALL_PRINTERS = 0x59;
	/** Enable-All-Printers. */
	public static final int ENABLE_ALL_PRINTERS = 0x5A;
	/** Get-System-Attributes. */
	public static final int GET_SYSTEM_ATTRIBUTES = 0x5B;
	/** Get-System-Supported-Values. */
	public static final int GET_SYSTEM_SUPPORTED_VALUES = 0x5C;
	/** Pause-All-Printers. */
	public static final int PAUSE_ALL_PRINTERS = 0x5D;
	/** Pause-All-Printers-After-Current-Job. */
	public static final int PAUSE_ALL_PRINTERS_AFTER_CURRENT_JOB = 0x5E;
	/** Register-Output-Device. */
	public static final int REGISTER_OUTPUT_DEVICE = 0x5F;
	/** Restart-System. */
	public static final int RESTART_SYSTEM = 0x60;
	/** Resume-All-Printers. */
	public static final int RESUME_ALL_PRINTERS = 0x61;
	/** Set-System-Attributes. */
	public static final int SET_SYSTEM_ATTRIBUTES = 0x62;
	/** Shutdown-All-Printers. */
	public static final int SHUTDOWN_ALL_PRINTERS = 0x63;
	/** Startup-All-Printers. */
	public static final int STARTUP_ALL_PRINTERS = 0x64;
	/** CUPS-Get-Default. */
	public static final int CUPS_GET_DEFAULT = 0x4001;
	/** CUPS-Get-Printers. */
	public static final int CUPS_GET_PRINTERS = 0x4002;
	/** CUPS-Add-Modify-Printer. */
	public static final int CUPS_ADD_MODIFY_PRINTER = 0x4003;
	/** CUPS-Delete-Printer. */
	public static final int CUPS_DELETE_PRINTER = 0x4004;
	/** CUPS-Get-Classes. */
	public static final int CUPS_GET_CLASSES = 0x4005;
	/** CUPS-Add-Modify-Class. */
	public static final int CUPS_ADD_MODIFY_CLASS = 0x4006;
	/** CUPS-Delete-Class. */
	public static final int CUPS_DELETE_CLASS = 0x4007;
	/** CUPS-Accept-Jobs. */
	public static final int CUPS_ACCEPT_JOBS = 0x4008;
	/** CUPS-Reject-Jobs. */
	public static final int CUPS_REJECT_JOBS = 0x4009;
	/** CUPS-Set-Default. */
	public static final int CUPS_SET_DEFAULT = 0x400A;
	/** CUPS-Get-Devices. */
	public static final int CUPS_GET_DEVICES = 0x400B;
	/** CUPS-Get-PPDs. */
	public static final int CUPS_GET_PPDS = 0x400C;
	/** CUPS-Move-Job. */
	public static final int CUPS_MOVE_JOB = 0x400D;
	/** CUPS-Authenticate-Job. */
	public static final int CUPS_AUTHENTICATE_JOB = 0x400E;
	/** CUPS-Get-PPD. */
	public static final int CUPS_GET_PPD = 0x400F;
	/** CUPS-Get-Document. */
	public static final int CUPS_GET_DOCUMENT = 0x4027;
	/** CUPS-Create-Local-Printer. */
	public static final int CUPS_CREATE_LOCAL_PRINTER = 0x4028;

	private static final Map<Integer, String> NAMES = Map.ofEntries(
			Map.entry(Integer.valueOf(PRINT_JOB), "Print-Job"),
			Map.entry(Integer.valueOf(PRINT_URI), "Print-URI"),
			Map.entry(Integer.valueOf(VALIDATE_JOB), "Validate-Job"),
			Map.entry(Integer.valueOf(CREATE_JOB), "Create-Job"),
			Map.entry(Integer.valueOf(SEND_DOCUMENT), "Send-Document"),
			Map.entry(Integer.valueOf(SEND_URI), "Send-URI"),
			Map.entry(Integer.valueOf(CANCEL_JOB), "Cancel-Job"),
			Map.entry(Integer.valueOf(GET_JOB_ATTRIBUTES), "Get-Job-Attributes"),
			Map.entry(Integer.valueOf(GET_JOBS), "Get-Jobs"),
			Map.entry(Integer.valueOf(GET_PRINTER_ATTRIBUTES), "Get-Printer-Attributes"),
			Map.entry(Integer.valueOf(HOLD_JOB), "Hold-Job"),
			Map.entry(Integer.valueOf(RELEASE_JOB), "Release-Job"),
			Map.entry(Integer.valueOf(RESTART_JOB), "Restart-Job"),
			Map.entry(Integer.valueOf(PAUSE_PRINTER), "Pause-Printer"),
			Map.entry(Integer.valueOf(RESUME_PRINTER), "Resume-Printer"),
			Map.entry(Integer.valueOf(PURGE_JOBS), "Purge-Jobs"),
			Map.entry(Integer.valueOf(SET_PRINTER_ATTRIBUTES), "Set-Printer-Attributes"),
			Map.entry(Integer.valueOf(SET_JOB_ATTRIBUTES), "Set-Job-Attributes"),
			Map.entry(Integer.valueOf(GET_PRINTER_SUPPORTED_VALUES), "Get-Printer-Supported-Values"),
			Map.entry(Integer.valueOf(CREATE_PRINTER_SUBSCRIPTIONS), "Create-Printer-Subscriptions"),
			Map.entry(Integer.valueOf(CREATE_JOB_SUBSCRIPTIONS), "Create-Job-Subscriptions"),
			Map.entry(Integer.valueOf(GET_SUBSCRIPTION_ATTRIBUTES), "Get-Subscription-Attributes"),
			Map.entry(Integer.valueOf(GET_SUBSCRIPTIONS), "Get-Subscriptions"),
			Map.entry(Integer.valueOf(RENEW_SUBSCRIPTION), "Renew-Subscription"),
			Map.entry(Integer.valueOf(CANCEL_SUBSCRIPTION), "Cancel-Subscription"),
			Map.entry(Integer.valueOf(GET_NOTIFICATIONS), "Get-Notifications"),
			Map.entry(Integer.valueOf(SEND_NOTIFICATIONS), "Send-Notifications"),
			Map.entry(Integer.valueOf(GET_RESOURCE_ATTRIBUTES), "Get-Resource-Attributes"),
			Map.entry(Integer.valueOf(GET_RESOURCE_DATA), "Get-Resource-Data"),
			Map.entry(Integer.valueOf(GET_RESOURCES), "Get-Resources"),
			Map.entry(Integer.valueOf(GET_PRINT_SUPPORT_FILES), "Get-Print-Support-Files"),
			Map.entry(Integer.valueOf(ENABLE_PRINTER), "Enable-Printer"),
			Map.entry(Integer.valueOf(DISABLE_PRINTER), "Disable-Printer"),
			Map.entry(Integer.valueOf(PAUSE_PRINTER_AFTER_CURRENT_JOB), "Pause-Printer-After-Current-Job"),
			Map.entry(Integer.valueOf(HOLD_NEW_JOBS), "Hold-New-Jobs"),
			Map.entry(Integer.valueOf(RELEASE_HELD_NEW_JOBS), "Release-Held-New-Jobs"),
			Map.entry(Integer.valueOf(DEACTIVATE_PRINTER), "Deactivate-Printer"),
			Map.entry(Integer.valueOf(ACTIVATE_PRINTER), "Activate-Printer"),
			Map.entry(Integer.valueOf(RESTART_PRINTER), "Restart-Printer"),
			Map.entry(Integer.valueOf(SHUTDOWN_PRINTER), "Shutdown-Printer"),
			Map.entry(Integer.valueOf(STARTUP_PRINTER), "Startup-Printer"),
			Map.entry(Integer.valueOf(REPROCESS_JOB), "Reprocess-Job"),
			Map.entry(Integer.valueOf(CANCEL_CURRENT_JOB), "Cancel-Current-Job"),
			Map.entry(Integer.valueOf(SUSPEND_CURRENT_JOB), "Suspend-Current-Job"),
			Map.entry(Integer.valueOf(RESUME_JOB), "Resume-Job"),
			Map.entry(Integer.valueOf(PROMOTE_JOB), "Promote-Job"),
			Map.entry(Integer.valueOf(SCHEDULE_JOB_AFTER), "Schedule-Job-After"),
			Map.entry(Integer.valueOf(CANCEL_DOCUMENT), "Cancel-Document"),
			Map.entry(Integer.valueOf(GET_DOCUMENT_ATTRIBUTES), "Get-Document-Attributes"),
			Map.entry(Integer.valueOf(GET_DOCUMENTS), "Get-Documents"),
			Map.entry(Integer.valueOf(DELETE_DOCUMENT), "Delete-Document"),
			Map.entry(Integer.valueOf(SET_DOCUMENT_ATTRIBUTES), "Set-Document-Attributes"),
			Map.entry(Integer.valueOf(CANCEL_JOBS), "Cancel-Jobs"),
			Map.entry(Integer.valueOf(CANCEL_MY_JOBS), "Cancel-My-Jobs"),
			Map.entry(Integer.valueOf(RESUBMIT_JOB), "Resubmit-Job"),
			Map.entry(Integer.valueOf(CLOSE_JOB), "Close-Job"),
			Map.entry(Integer.valueOf(IDENTIFY_PRINTER), "Identify-Printer"),
			Map.entry(Integer.valueOf(VALIDATE_DOCUMENT), "Validate-Document"),
			Map.entry(Integer.valueOf(ADD_DOCUMENT_IMAGES), "Add-Document-Images"),
			Map.entry(Integer.valueOf(ACKNOWLEDGE_DOCUMENT), "Acknowledge-Document"),
			Map.entry(Integer.valueOf(ACKNOWLEDGE_IDENTIFY_PRINTER), "Acknowledge-Identify-Printer"),
			Map.entry(Integer.valueOf(ACKNOWLEDGE_JOB), "Acknowledge-Job"),
			Map.entry(Integer.valueOf(FETCH_DOCUMENT), "Fetch-Document"),
			Map.entry(Integer.valueOf(FETCH_JOB), "Fetch-Job"),
			Map.entry(Integer.valueOf(GET_OUTPUT_DEVICE_ATTRIBUTES), "Get-Output-Device-Attributes"),
			Map.entry(Integer.valueOf(UPDATE_ACTIVE_JOBS), "Update-Active-Jobs"),
			Map.entry(Integer.valueOf(DEREGISTER_OUTPUT_DEVICE), "Deregister-Output-Device"),
			Map.entry(Integer.valueOf(UPDATE_DOCUMENT_STATUS), "Update-Document-Status"),
			Map.entry(Integer.valueOf(UPDATE_JOB_STATUS), "Update-Job-Status"),
			Map.entry(Integer.valueOf(UPDATE_OUTPUT_DEVICE_ATTRIBUTES), "Update-Output-Device-Attributes"),
			Map.entry(Integer.valueOf(GET_NEXT_DOCUMENT_DATA), "Get-Next-Document-Data"),
			Map.entry(Integer.valueOf(ALLOCATE_PRINTER_RESOURCES), "Allocate-Printer-Resources"),
			Map.entry(Integer.valueOf(CREATE_PRINTER), "Create-Printer"),
			Map.entry(Integer.valueOf(DEALLOCATE_PRINTER_RESOURCES), "Deallocate-Printer-Resources"),
			Map.entry(Integer.valueOf(DELETE_PRINTER), "Delete-Printer"),
			Map.entry(Integer.valueOf(GET_PRINTERS), "Get-Printers"),
			Map.entry(Integer.valueOf(SHUTDOWN_ONE_PRINTER), "Shutdown-One-Printer"),
			Map.entry(Integer.valueOf(STARTUP_ONE_PRINTER), "Startup-One-Printer"),
			Map.entry(Integer.valueOf(CANCEL_RESOURCE), "Cancel-Resource"),
			Map.entry(Integer.valueOf(CREATE_RESOURCE), "Create-Resource"),
			Map.entry(Integer.valueOf(INSTALL_RESOURCE), "Install-Resource"),
			Map.entry(Integer.valueOf(SEND_RESOURCE_DATA), "Send-Resource-Data"),
			Map.entry(Integer.valueOf(SET_RESOURCE_ATTRIBUTES), "Set-Resource-Attributes"),
			Map.entry(Integer.valueOf(CREATE_RESOURCE_SUBSCRIPTIONS), "Create-Resource-Subscriptions"),
			Map.entry(Integer.valueOf(CREATE_SYSTEM_SUBSCRIPTIONS), "Create-System-Subscriptions"),
			Map.entry(Integer.valueOf(DISABLE_ALL_PRINTERS), "Disable-All-Printers"),
			Map.entry(Integer.valueOf(ENABLE_ALL_PRINTERS), "Enable-All-Printers"),
			Map.entry(Integer.valueOf(GET_SYSTEM_ATTRIBUTES), "Get-System-Attributes"),
			Map.entry(Integer.valueOf(GET_SYSTEM_SUPPORTED_VALUES), "Get-System-Supported-Values"),
			Map.entry(Integer.valueOf(PAUSE_ALL_PRINTERS), "Pause-All-Printers"),
			Map.entry(Integer.valueOf(PAUSE_ALL_PRINTERS_AFTER_CURRENT_JOB), "Pause-All-Printers-After-Current-Job"),
			Map.entry(Integer.valueOf(REGISTER_OUTPUT_DEVICE), "Register-Output-Device"),
			Map.entry(Integer.valueOf(RESTART_SYSTEM), "Restart-System"),
			Map.entry(Integer.valueOf(RESUME_ALL_PRINTERS), "Resume-All-Printers"),
			Map.entry(Integer.valueOf(SET_SYSTEM_ATTRIBUTES), "Set-System-Attributes"),
			Map.entry(Integer.valueOf(SHUTDOWN_ALL_PRINTERS), "Shutdown-All-Printers"),
			Map.entry(Integer.valueOf(STARTUP_ALL_PRINTERS), "Startup-All-Printers"),
			Map.entry(Integer.valueOf(CUPS_GET_DEFAULT), "CUPS-Get-Default"),
			Map.entry(Integer.valueOf(CUPS_GET_PRINTERS), "CUPS-Get-Printers"),
			Map.entry(Integer.valueOf(CUPS_ADD_MODIFY_PRINTER), "CUPS-Add-Modify-Printer"),
			Map.entry(Integer.valueOf(CUPS_DELETE_PRINTER), "CUPS-Delete-Printer"),
			Map.entry(Integer.valueOf(CUPS_GET_CLASSES), "CUPS-Get-Classes"),
			Map.entry(Integer.valueOf(CUPS_ADD_MODIFY_CLASS), "CUPS-Add-Modify-Class"),
			Map.entry(Integer.valueOf(CUPS_DELETE_CLASS), "CUPS-Delete-Class"),
			Map.entry(Integer.valueOf(CUPS_ACCEPT_JOBS), "CUPS-Accept-Jobs"),
			Map.entry(Integer.valueOf(CUPS_REJECT_JOBS), "CUPS-Reject-Jobs"),
			Map.entry(Integer.valueOf(CUPS_SET_DEFAULT), "CUPS-Set-Default"),
			Map.entry(Integer.valueOf(CUPS_GET_DEVICES), "CUPS-Get-Devices"),
			Map.entry(Integer.valueOf(CUPS_GET_PPDS), "CUPS-Get-PPDs"),
			Map.entry(Integer.valueOf(CUPS_MOVE_JOB), "CUPS-Move-Job"),
			Map.entry(Integer.valueOf(CUPS_AUTHENTICATE_JOB), "CUPS-Authenticate-Job"),
			Map.entry(Integer.valueOf(CUPS_GET_PPD), "CUPS-Get-PPD"),
			Map.entry(Integer.valueOf(CUPS_GET_DOCUMENT), "CUPS-Get-Document"),
			Map.entry(Integer.valueOf(CUPS_CREATE_LOCAL_PRINTER), "CUPS-Create-Local-Printer"));

	private IppOperation() {
	}

	/**
	 * Registry name of an operation, e.g. {@code "CUPS-Get-Devices"}; unknown codes are rendered as {@code "0x4abc"}.
	 *
	 * @param code the operation-id
	 * @return a non-null name
	 */
	public static String name(final int code) {
		final String name = NAMES.get(Integer.valueOf(code));
		return name != null ? name : String.format(Locale.ROOT, "0x%04x", Integer.valueOf(code));
	}
}
