package org.cupola.ipp;

import java.util.List;
import java.util.Objects;

import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.codec.Resolution;

/**
 * One printer attribute that {@link QueueAdmin#modifyQueue} sends with CUPS-Add-Modify-Printer (or -Class): a value
 * typed for the wire here, so callers (the UI) never deal with IPP tags. The factories below cover plain values;
 * {@link QueueAttributes} has the named administrative ones (policies, banners, access lists, resets).
 */
public final class QueueSetting {

	private final IppAttribute attribute;

	private QueueSetting(IppAttribute attribute) {
		this.attribute = Objects.requireNonNull(attribute);
	}

	static QueueSetting of(IppAttribute attribute) {
		return new QueueSetting(attribute);
	}

	/** {@return the attribute as sent} */
	IppAttribute attribute() {
		return attribute;
	}

	/** {@return the attribute's name, e.g. {@code printer-location}} */
	public String name() {
		return attribute.name();
	}

	/** {@return a {@code text} value, e.g. {@code printer-info} or {@code printer-location}} */
	public static QueueSetting text(String name, String value) {
		return of(IppAttribute.of(name, IppTag.TEXT, value));
	}

	/** {@return a {@code uri} value, e.g. {@code device-uri}} */
	public static QueueSetting uri(String name, String value) {
		return of(IppAttribute.of(name, IppTag.URI, value));
	}

	/** {@return {@code name} values, e.g. {@code printer-error-policy}} */
	public static QueueSetting names(String name, List<String> values) {
		return of(IppAttribute.of(name, IppTag.NAME, values.toArray()));
	}

	/** {@return a {@code keyword} value, e.g. {@code sides-default}} */
	public static QueueSetting keyword(String name, String value) {
		return of(IppAttribute.of(name, IppTag.KEYWORD, value));
	}

	/** {@return an {@code integer} value, e.g. {@code copies-default}} */
	public static QueueSetting integer(String name, int value) {
		return of(IppAttribute.of(name, IppTag.INTEGER, Integer.valueOf(value)));
	}

	/** {@return an {@code enum} value, e.g. {@code orientation-requested-default}} */
	public static QueueSetting enumeration(String name, int value) {
		return of(IppAttribute.of(name, IppTag.ENUM, Integer.valueOf(value)));
	}

	/** {@return a {@code boolean} value, e.g. {@code printer-is-shared}} */
	public static QueueSetting bool(String name, boolean value) {
		return of(IppAttribute.of(name, IppTag.BOOLEAN, Boolean.valueOf(value)));
	}

	/**
	 * {@return a {@code resolution} value, e.g. {@code printer-resolution-default}}
	 *
	 * @param value
	 *            one of the printer's {@code printer-resolution-supported} values
	 * @throws IllegalArgumentException
	 *             when the value is not a resolution
	 */
	public static QueueSetting resolution(String name, JobOptionValue value) {
		if (!(value.raw() instanceof Resolution r)) {
			throw new IllegalArgumentException("not a resolution: " + value); //$NON-NLS-1$
		}
		return of(IppAttribute.of(name, IppTag.RESOLUTION, r));
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof QueueSetting other && attribute.equals(other.attribute);
	}

	@Override
	public int hashCode() {
		return attribute.hashCode();
	}

	@Override
	public String toString() {
		return attribute.toString();
	}
}
