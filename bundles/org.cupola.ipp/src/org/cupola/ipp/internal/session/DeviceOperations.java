package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.MAX_HTTP_BODY;
import static org.cupola.ipp.internal.session.IppExchange.REQUESTED_ATTRIBUTES;
import static org.cupola.ipp.internal.session.IppExchange.REQUESTING_USER_NAME;
import static org.cupola.ipp.internal.session.IppExchange.ROOT_PATH;
import static org.cupola.ipp.internal.session.IppExchange.orEmpty;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cupola.ipp.Device;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Ppd;
import org.cupola.ipp.PpdQuery;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppGroupListener;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/** Devices and drivers: CUPS-Get-Devices (streamed), CUPS-Get-PPDs and a queue's PPD. */
public final class DeviceOperations {

	private static final List<String> PPD_ATTRIBUTES = List.of("ppd-name", "ppd-make", "ppd-make-and-model", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"ppd-natural-language", "ppd-device-id", "ppd-product"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 */
	public DeviceOperations(IppExchange exchange) {
		this.exchange = exchange;
	}

	/** CUPS-Get-Devices, each device handed to {@code onDevice} as soon as it is decoded ({@link DeviceListener}). */
	public List<Device> getDevices(DeviceQuery query, Consumer<Device> onDevice, IProgressMonitor monitor)
			throws IppException {
		DeviceQuery q = query == null ? DeviceQuery.ALL : query;
		Op op = Op.begin(Messages.Op_getDevices, monitor);
		IppMessage.Builder builder = exchange.request(IppOperation.CUPS_GET_DEVICES)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, exchange.currentUser());
		if (q.timeoutSeconds() > 0) {
			builder.operation("timeout", IppTag.INTEGER, Integer.valueOf(q.timeoutSeconds())); //$NON-NLS-1$
		}
		if (q.limit() > 0) {
			builder.operation("limit", IppTag.INTEGER, Integer.valueOf(q.limit())); //$NON-NLS-1$
		}
		if (!q.includeSchemes().isEmpty()) {
			builder.operation("include-schemes", IppTag.NAME, q.includeSchemes().toArray()); //$NON-NLS-1$
		}
		if (!q.excludeSchemes().isEmpty()) {
			builder.operation("exclude-schemes", IppTag.NAME, q.excludeSchemes().toArray()); //$NON-NLS-1$
		}
		List<Device> devices = new ArrayList<>();
		IppGroupListener listener = new DeviceListener(device -> {
			devices.add(device);
			op.monitor().subTask(Messages.bind(Messages.Op_foundDevices, Integer.valueOf(devices.size())));
			op.monitor().setWorkRemaining(100).worked(1);
			if (onDevice != null) {
				onDevice.accept(device);
			}
		});
		Duration timeout = exchange.options().devicesTimeout()
				.plusSeconds(q.timeoutSeconds() > 0 ? q.timeoutSeconds() : 15);
		IppMessage response = exchange.ipp(op, IppEncoder.encode(builder.build()), null, ROOT_PATH, true, listener,
				timeout);
		exchange.check(op, response);
		return List.copyOf(devices);
	}

	/** CUPS-Get-PPDs. */
	public List<Ppd> getPpds(PpdQuery query, IProgressMonitor monitor) throws IppException {
		PpdQuery q = query == null ? PpdQuery.ALL : query;
		Op op = Op.begin(Messages.Op_getPpds, monitor);
		IppMessage.Builder builder = exchange.request(IppOperation.CUPS_GET_PPDS)
				.operation(REQUESTING_USER_NAME, IppTag.NAME, exchange.currentUser())
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, PPD_ATTRIBUTES.toArray());
		if (q.limit() > 0) {
			builder.operation("limit", IppTag.INTEGER, Integer.valueOf(q.limit())); //$NON-NLS-1$
		}
		if (q.make() != null) {
			builder.operation("ppd-make", IppTag.TEXT, q.make()); //$NON-NLS-1$
		}
		if (q.makeAndModel() != null) {
			builder.operation("ppd-make-and-model", IppTag.TEXT, q.makeAndModel()); //$NON-NLS-1$
		}
		IppMessage response = exchange.ipp(op, IppEncoder.encode(builder.build()), null, ROOT_PATH, true, null,
				exchange.options().devicesTimeout());
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return List.of();
		}
		exchange.check(op, response);
		return response.groups(IppTag.PRINTER_ATTRIBUTES).stream()
				.map(g -> new Ppd(g.getString("ppd-name"), g.getString("ppd-make"), //$NON-NLS-1$ //$NON-NLS-2$
						g.getString("ppd-make-and-model"), g.getString("ppd-natural-language"), //$NON-NLS-1$ //$NON-NLS-2$
						orEmpty(g.getString("ppd-device-id")), orEmpty(g.getString("ppd-product")))) //$NON-NLS-1$ //$NON-NLS-2$
				.toList();
	}

	/** {@code GET /printers/NAME.ppd}; null if the queue has none. */
	public String getPpd(String printer, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_getPpd, printer), monitor);
		byte[] ppd = exchange.http(op, "GET", IppExchange.printerPath(printer) + ".ppd", Map.of(), null, true, //$NON-NLS-1$ //$NON-NLS-2$
				MAX_HTTP_BODY, true);
		if (ppd == null) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(ppd)).toString();
		} catch (CharacterCodingException e) {
			return new String(ppd, StandardCharsets.ISO_8859_1); // old PPDs: *LanguageEncoding: ISOLatin1
		}
	}
}
