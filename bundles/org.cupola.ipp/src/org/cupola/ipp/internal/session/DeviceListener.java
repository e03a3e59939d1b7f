package org.cupola.ipp.internal.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cupola.ipp.Device;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppGroupListener;
import org.cupola.ipp.codec.IppTag;

/**
 * Turns the printer-attributes groups of a CUPS-Get-Devices response into devices, each reported once: as soon as
 * the group holds a first value of every attribute a {@link Device} is made of (for cupsd: when the value of
 * {@code device-location} has been read), or else when the group is complete. The early device is built from exactly
 * the values the complete group will hold (the first value of the first attribute of each name), so both paths give
 * the same device.
 */
final class DeviceListener implements IppGroupListener {

	/** The attributes of a device, in the order cups-deviced writes them. */
	private static final List<String> ATTRIBUTES = List.of("device-class", "device-info", //$NON-NLS-1$ //$NON-NLS-2$
			"device-make-and-model", "device-uri", "device-id", "device-location"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final Consumer<Device> emit;
	/** First value of each device attribute seen in the current group; at most {@code ATTRIBUTES.size()}. */
	private final Map<String, IppAttribute> firstValues = new LinkedHashMap<>();
	/** Whether the current group's device has been reported. */
	private boolean reported;

	DeviceListener(Consumer<Device> emit) {
		this.emit = emit;
	}

	@Override
	public void valueDecoded(int groupTag, String name, int valueTag, Object value, int index) {
		if (groupTag != IppTag.PRINTER_ATTRIBUTES || index != 0 || reported || !ATTRIBUTES.contains(name)
				|| firstValues.containsKey(name)) {
			return;
		}
		firstValues.put(name, new IppAttribute(name, valueTag, List.of(value)));
		if (firstValues.size() == ATTRIBUTES.size()) {
			reported = true;
			emit.accept(device(new IppAttributeGroup(groupTag, List.copyOf(firstValues.values()))));
		}
	}

	@Override
	public void groupDecoded(IppAttributeGroup group) {
		boolean pending = !reported;
		firstValues.clear();
		reported = false;
		if (pending && group.tag() == IppTag.PRINTER_ATTRIBUTES) {
			emit.accept(device(group));
		}
	}

	private static Device device(IppAttributeGroup group) {
		return new Device(group.getString("device-class"), group.getString("device-uri"), //$NON-NLS-1$ //$NON-NLS-2$
				group.getString("device-info"), group.getString("device-make-and-model"), //$NON-NLS-1$ //$NON-NLS-2$
				IppExchange.orEmpty(group.getString("device-id")), //$NON-NLS-1$
				IppExchange.orEmpty(group.getString("device-location"))); //$NON-NLS-1$
	}
}
