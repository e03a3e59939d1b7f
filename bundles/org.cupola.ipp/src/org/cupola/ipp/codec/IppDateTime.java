package org.cupola.ipp.codec;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * IPP {@code dateTime} value: the 11-octet RFC 2579 DateAndTime. Fields are kept exactly as received (a printer
 * may send an impossible date); {@link #toOffsetDateTime()} validates them.
 *
 * @param year year, 0-65535
 * @param month month, 1-12
 * @param day day of month, 1-31
 * @param hour hour, 0-23
 * @param minutes minutes, 0-59
 * @param seconds seconds, 0-60 (60 = leap second)
 * @param deciSeconds tenths of a second, 0-9
 * @param direction direction from UTC, {@code '+'} or {@code '-'}
 * @param utcHours hours from UTC
 * @param utcMinutes minutes from UTC
 */
public record IppDateTime(int year, int month, int day, int hour, int minutes, int seconds, int deciSeconds,
		char direction, int utcHours, int utcMinutes) {

	/** Wire size of a dateTime value. */
	public static final int LENGTH = 11;

	/**
	 * Creates a value; every field must fit its wire octet(s).
	 */
	public IppDateTime {
		if (year < 0 || year > 0xFFFF) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		checkOctet(month, "month");
		checkOctet(day, "day");
		checkOctet(hour, "hour");
		checkOctet(minutes, "minutes");
		checkOctet(seconds, "seconds");
		checkOctet(deciSeconds, "deciSeconds");
		checkOctet(direction, "direction");
		checkOctet(utcHours, "utcHours");
		checkOctet(utcMinutes, "utcMinutes");
	}

	private static void checkOctet(final int value, final String field) {
		if (value < 0 || value > 0xFF) {
			throw new IllegalArgumentException(field + " out of range: " + value);
		}
	}

	/**
	 * @param time a date-time
	 * @return the value for {@code time}, truncated to tenths of a second and whole offset minutes
	 */
	public static IppDateTime of(final OffsetDateTime time) {
		final int offsetSeconds = time.getOffset().getTotalSeconds();
		final int abs = Math.abs(offsetSeconds);
		return new IppDateTime(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
				time.getMinute(), time.getSecond(), time.getNano() / 100_000_000, offsetSeconds < 0 ? '-' : '+',
				abs / 3600, abs / 60 % 60);
	}

	/**
	 * Decodes the 11 wire octets at {@code offset}; never fails for any octet values.
	 *
	 * @param b buffer
	 * @param offset start of the value
	 * @return the value
	 */
	static IppDateTime decode(final byte[] b, final int offset) {
		return new IppDateTime((b[offset] & 0xFF) << 8 | b[offset + 1] & 0xFF, b[offset + 2] & 0xFF,
				b[offset + 3] & 0xFF, b[offset + 4] & 0xFF, b[offset + 5] & 0xFF, b[offset + 6] & 0xFF,
				b[offset + 7] & 0xFF, (char) (b[offset + 8] & 0xFF), b[offset + 9] & 0xFF, b[offset + 10] & 0xFF);
	}

	/**
	 * @return the 11 wire octets
	 */
	byte[] encode() {
		return new byte[] { (byte) (year >> 8), (byte) year, (byte) month, (byte) day, (byte) hour, (byte) minutes,
				(byte) seconds, (byte) deciSeconds, (byte) direction, (byte) utcHours, (byte) utcMinutes };
	}

	/**
	 * @return the value as an {@link OffsetDateTime}
	 * @throws DateTimeException if a field is out of range (an invalid date from the wire)
	 */
	public OffsetDateTime toOffsetDateTime() {
		if (direction != '+' && direction != '-') {
			throw new DateTimeException("invalid UTC direction in IPP dateTime");
		}
		final int sign = direction == '-' ? -1 : 1;
		final ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * utcHours, sign * utcMinutes);
		if (deciSeconds > 9) {
			throw new DateTimeException("invalid deci-seconds in IPP dateTime: " + deciSeconds);
		}
		// RFC 2579 allows a leap second (60); java.time does not, so it is folded into 59.
		final int second = seconds == 60 ? 59 : seconds;
		return OffsetDateTime.of(year, month, day, hour, minutes, second, deciSeconds * 100_000_000, offset);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d.%d%c%02d:%02d",
				Integer.valueOf(year), Integer.valueOf(month), Integer.valueOf(day), Integer.valueOf(hour),
				Integer.valueOf(minutes), Integer.valueOf(seconds), Integer.valueOf(deciSeconds),
				Character.valueOf(direction), Integer.valueOf(utcHours), Integer.valueOf(utcMinutes));
	}
}
