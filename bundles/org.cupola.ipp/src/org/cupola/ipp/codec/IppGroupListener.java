package org.cupola.ipp.codec;

import java.io.IOException;

/**
 * Receives a message from {@link IppDecoder} while it is being decoded, on the decoding thread.
 * <p>
 * Two events, both raised as soon as the decoder knows them and before it reads any further byte:
 * <ul>
 * <li>{@link #valueDecoded(int, String, int, Object, int)} (optional) after each value of a top-level attribute;
 * <li>{@link #groupDecoded(IppAttributeGroup)} when a group is complete, which the wire format only reveals when the
 * next delimiter tag has been read.
 * </ul>
 * The order follows the wire: the values of a group in wire order, then that group's {@code groupDecoded}, then the
 * values of the next group. A sender that writes a group's last attribute and then stalls (cupsd between two
 * backends of CUPS-Get-Devices) therefore gets that value reported at once but the group only when more data (or
 * the end of the attributes) arrives; a listener that knows the last attribute it needs can act on the value.
 * <p>
 * Events may be raised for a message that later turns out to be malformed (the decoder then throws
 * {@link MalformedIppException}); they are never raised for a value or group the decoder rejects.
 */
@FunctionalInterface
public interface IppGroupListener {

	/**
	 * Called when a group is complete, i.e. when the next delimiter tag has been read and before any further byte
	 * is read.
	 *
	 * @param group a complete group
	 * @throws IOException to abort decoding; the exception propagates out of the decoder unchanged
	 */
	void groupDecoded(IppAttributeGroup group) throws IOException;

	/**
	 * Called after each value of a top-level attribute has been decoded: as soon as the value's last byte has been
	 * read and before any further byte is read. Whether more values of the same attribute follow (1setOf: additional
	 * values have an empty name) is not known yet; a listener that needs an attribute complete must wait for the
	 * next attribute's first value or for {@link #groupDecoded(IppAttributeGroup)}. A collection value is reported
	 * once, after its endCollection, with all its members; members are not reported separately. The value has
	 * passed every check and limit the decoder applies and is the same object the attribute holds in the final
	 * message. The default does nothing.
	 *
	 * @param groupTag the delimiter tag of the group being decoded, e.g. {@link IppTag#PRINTER_ATTRIBUTES}
	 * @param name the attribute name (for an additional value too: the name of the attribute it belongs to)
	 * @param valueTag the value's own tag (values of a 1setOf may differ in tag)
	 * @param value the value, as in {@link IppAttribute#values()}; never {@code null}
	 * @param index the value's position in the attribute: 0 for its first value, 1 or more for additional values
	 * @throws IOException to abort decoding; the exception propagates out of the decoder unchanged
	 */
	default void valueDecoded(final int groupTag, final String name, final int valueTag, final Object value,
			final int index) throws IOException {
		// optional
	}
}
