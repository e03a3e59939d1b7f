package org.cupola.ipp.codec;

import java.util.Locale;

/**
 * IPP delimiter and value tags (RFC 8010 section 3.5, IANA IPP registry).
 * <p>
 * Delimiter tags ({@code 0x00-0x0F}) start attribute groups, out-of-band tags ({@code 0x10-0x1F}) carry no value,
 * all others are value tags.
 */
public final class IppTag {

	/** operation-attributes-tag. */
	public static final int OPERATION_ATTRIBUTES = 0x01;
	/** job-attributes-tag. */
	public static final int JOB_ATTRIBUTES = 0x02;
	/** end-of-attributes-tag. */
	public static final int END_OF_ATTRIBUTES = 0x03;
	/** printer-attributes-tag. */
	public static final int PRINTER_ATTRIBUTES = 0x04;
	/** unsupported-attributes-tag. */
	public static final int UNSUPPORTED_ATTRIBUTES = 0x05;
	/** subscription-attributes-tag. */
	public static final int SUBSCRIPTION_ATTRIBUTES = 0x06;
	/** event-notification-attributes-tag. */
	public static final int EVENT_NOTIFICATION_ATTRIBUTES = 0x07;
	/** resource-attributes-tag. */
	public static final int RESOURCE_ATTRIBUTES = 0x08;
	/** document-attributes-tag. */
	public static final int DOCUMENT_ATTRIBUTES = 0x09;
	/** system-attributes-tag. */
	public static final int SYSTEM_ATTRIBUTES = 0x0A;

	/** Out-of-band "unsupported". */
	public static final int UNSUPPORTED = 0x10;
	/** Out-of-band "default" (reserved). */
	public static final int DEFAULT = 0x11;
	/** Out-of-band "unknown". */
	public static final int UNKNOWN = 0x12;
	/** Out-of-band "no-value". */
	public static final int NO_VALUE = 0x13;
	/** Out-of-band "not-settable". */
	public static final int NOT_SETTABLE = 0x15;
	/** Out-of-band "delete-attribute". */
	public static final int DELETE_ATTRIBUTE = 0x16;
	/** Out-of-band "admin-define". */
	public static final int ADMIN_DEFINE = 0x17;

	/** integer (4 bytes, signed). */
	public static final int INTEGER = 0x21;
	/** boolean (1 byte). */
	public static final int BOOLEAN = 0x22;
	/** enum (4 bytes, signed). */
	public static final int ENUM = 0x23;
	/** octetString. */
	public static final int OCTET_STRING = 0x30;
	/** dateTime (11 bytes, RFC 2579 DateAndTime). */
	public static final int DATE_TIME = 0x31;
	/** resolution (9 bytes). */
	public static final int RESOLUTION = 0x32;
	/** rangeOfInteger (8 bytes). */
	public static final int RANGE_OF_INTEGER = 0x33;
	/** begCollection. */
	public static final int BEGIN_COLLECTION = 0x34;
	/** textWithLanguage. */
	public static final int TEXT_WITH_LANGUAGE = 0x35;
	/** nameWithLanguage. */
	public static final int NAME_WITH_LANGUAGE = 0x36;
	/** endCollection. */
	public static final int END_COLLECTION = 0x37;
	/** textWithoutLanguage. */
	public static final int TEXT = 0x41;
	/** nameWithoutLanguage. */
	public static final int NAME = 0x42;
	/** keyword. */
	public static final int KEYWORD = 0x44;
	/** uri. */
	public static final int URI = 0x45;
	/** uriScheme. */
	public static final int URI_SCHEME = 0x46;
	/** charset. */
	public static final int CHARSET = 0x47;
	/** naturalLanguage. */
	public static final int NATURAL_LANGUAGE = 0x48;
	/** mimeMediaType. */
	public static final int MIME_MEDIA_TYPE = 0x49;
	/** memberAttrName. */
	public static final int MEMBER_ATTR_NAME = 0x4A;
	/** Extension tag (RFC 8010: the real tag is in the first 4 value bytes); decoded as opaque bytes. */
	public static final int EXTENSION = 0x7F;

	private IppTag() {
	}

	/**
	 * Registry name of a tag, e.g. {@code "keyword"} or {@code "printer-attributes-tag"}; unknown tags are rendered
	 * as {@code "0x5f"}.
	 *
	 * @param tag the tag
	 * @return a non-null name
	 */
	public static String name(final int tag) {
		return switch (tag) {
			case OPERATION_ATTRIBUTES -> "operation-attributes-tag";
			case JOB_ATTRIBUTES -> "job-attributes-tag";
			case END_OF_ATTRIBUTES -> "end-of-attributes-tag";
			case PRINTER_ATTRIBUTES -> "printer-attributes-tag";
			case UNSUPPORTED_ATTRIBUTES -> "unsupported-attributes-tag";
			case SUBSCRIPTION_ATTRIBUTES -> "subscription-attributes-tag";
			case EVENT_NOTIFICATION_ATTRIBUTES -> "event-notification-attributes-tag";
			case RESOURCE_ATTRIBUTES -> "resource-attributes-tag";
			case DOCUMENT_ATTRIBUTES -> "document-attributes-tag";
			case SYSTEM_ATTRIBUTES -> "system-attributes-tag";
			case UNSUPPORTED -> "unsupported";
			case DEFAULT -> "default";
			case UNKNOWN -> "unknown";
			case NO_VALUE -> "no-value";
			case NOT_SETTABLE -> "not-settable";
			case DELETE_ATTRIBUTE -> "delete-attribute";
			case ADMIN_DEFINE -> "admin-define";
			case INTEGER -> "integer";
			case BOOLEAN -> "boolean";
			case ENUM -> "enum";
			case OCTET_STRING -> "octetString";
			case DATE_TIME -> "dateTime";
			case RESOLUTION -> "resolution";
			case RANGE_OF_INTEGER -> "rangeOfInteger";
			case BEGIN_COLLECTION -> "begCollection";
			case TEXT_WITH_LANGUAGE -> "textWithLanguage";
			case NAME_WITH_LANGUAGE -> "nameWithLanguage";
			case END_COLLECTION -> "endCollection";
			case TEXT -> "textWithoutLanguage";
			case NAME -> "nameWithoutLanguage";
			case KEYWORD -> "keyword";
			case URI -> "uri";
			case URI_SCHEME -> "uriScheme";
			case CHARSET -> "charset";
			case NATURAL_LANGUAGE -> "naturalLanguage";
			case MIME_MEDIA_TYPE -> "mimeMediaType";
			case MEMBER_ATTR_NAME -> "memberAttrName";
			case EXTENSION -> "extension";
			default -> String.format(Locale.ROOT, "0x%02x", Integer.valueOf(tag));
		};
	}

	/**
	 * @param tag a tag
	 * @return whether {@code tag} is a delimiter (group or end-of-attributes) tag, {@code 0x00-0x0F}
	 */
	public static boolean isDelimiter(final int tag) {
		return tag >= 0x00 && tag <= 0x0F;
	}

	/**
	 * @param tag a tag
	 * @return whether {@code tag} is an out-of-band value tag, {@code 0x10-0x1F}
	 */
	public static boolean isOutOfBand(final int tag) {
		return tag >= 0x10 && tag <= 0x1F;
	}

	/**
	 * @param tag a tag
	 * @return whether values with this tag are decoded as {@link String} (text, name, keyword, uri, ...)
	 */
	public static boolean isString(final int tag) {
		return tag == TEXT || tag == NAME || tag >= KEYWORD && tag <= MIME_MEDIA_TYPE;
	}

	/**
	 * @param tag a tag
	 * @return whether {@code tag} may start an attribute group in a message ({@code 0x01-0x0F} except
	 *         end-of-attributes)
	 */
	public static boolean isGroup(final int tag) {
		return tag >= 0x01 && tag <= 0x0F && tag != END_OF_ATTRIBUTES;
	}
}
