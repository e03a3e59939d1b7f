package org.cupola.ipp.internal.probe;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.NetworkProbe;
import org.cupola.ipp.NetworkProbe.Finding;
import org.cupola.ipp.NetworkProbe.Protocol;
import org.cupola.ipp.NetworkProbe.Result;
import org.cupola.ipp.NetworkProbe.Status;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.ConnectTimeoutException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The IPP probe: Get-Printer-Attributes on the resource paths printers use ({@code /ipp/print} for IPP Everywhere,
 * {@code /ipp}), and if none is a printer, CUPS-Get-Printers on {@code /} for the queues of a CUPS server
 * ({@code /printers/NAME}). The first connection that is refused or times out ends the probe; an HTTP or IPP error
 * on one path tries the next. Runs over a {@link CupsConnection} of its own with the probe's timeout, so the
 * thread's {@code CancelToken} aborts it on the wire.
 */
public final class IppProbe {

	/** The resource paths of printers, most common first. */
	public static final List<String> PATHS = List.of("/ipp/print", "/ipp"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final List<String> REQUESTED = List.of("printer-make-and-model", "printer-device-id", //$NON-NLS-1$ //$NON-NLS-2$
			"printer-info", "printer-name", "document-format-supported", "ipp-features-supported", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"printer-type"); //$NON-NLS-1$

	private static final List<String> DRIVERLESS_FORMATS = List.of("image/pwg-raster", "image/urf", //$NON-NLS-1$ //$NON-NLS-2$
			"application/pdf"); //$NON-NLS-1$

	/** The requesting-user-name: the user running the application, as for every other request. */
	private static final String USER = ConnectionOptions.DEFAULTS.requestingUser();

	private final NetworkProbe probe;

	/** @param probe the host, port and timeout */
	public IppProbe(NetworkProbe probe) {
		this.probe = probe;
	}

	/** {@return what answered over IPP, or why nothing did} */
	public Result run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, PATHS.size() + 1);
		int port = probe.ports().ipp();
		ConnectionOptions options = ConnectionOptions.DEFAULTS.withConnectTimeout(probe.timeout())
				.withReadTimeout(probe.timeout()).withMaxAuthAttempts(0);
		try (CupsConnection connection = new CupsConnection(new CupsServer(false, probe.host(), port), options, null)) {
			String lastError = null;
			for (String path : PATHS) {
				TcpProbe.checkCanceled(monitor);
				try {
					IppMessage response = connection.send(getPrinterAttributes(path), path,
							"asking for the printer's attributes", sub.split(1)); //$NON-NLS-1$
					IppAttributeGroup printer = response.group(IppTag.PRINTER_ATTRIBUTES);
					if (isSuccess(response) && printer != null) {
						return TcpProbe.found(probe, Protocol.IPP, List.of(finding(printer, path, null)));
					}
					lastError = response.statusMessage();
				} catch (ServerUnreachableException | IppTimeoutException e) {
					return unreachable(e, monitor);
				} catch (IppException e) {
					lastError = e.getMessage(); // HTTP 404 and the like: another path may be right
				}
			}
			TcpProbe.checkCanceled(monitor);
			try {
				IppMessage response = connection.send(cupsGetPrinters(), "/", "listing the queues", sub.split(1)); //$NON-NLS-1$ //$NON-NLS-2$
				List<Finding> findings = new ArrayList<>();
				if (isSuccess(response)) {
					for (IppAttributeGroup g : response.groups(IppTag.PRINTER_ATTRIBUTES)) {
						String name = g.getString("printer-name"); //$NON-NLS-1$
						if (name != null && (g.getInt("printer-type", 0) & 0x0001) == 0) { //$NON-NLS-1$
							findings.add(finding(g, "/printers/" + name, name)); //$NON-NLS-1$
						}
					}
				}
				if (!findings.isEmpty()) {
					return TcpProbe.found(probe, Protocol.IPP, findings);
				}
			} catch (ServerUnreachableException | IppTimeoutException e) {
				return unreachable(e, monitor);
			} catch (IppException e) {
				lastError = e.getMessage();
			}
			String label = probe.label(Protocol.IPP);
			return new Result(Protocol.IPP, Status.FAILED, List.of(),
					lastError == null ? ProbeMessages.bind(ProbeMessages.Probe_notIpp, label)
							: ProbeMessages.bind(ProbeMessages.Probe_notIpp, label) + " (" + lastError + ')'); //$NON-NLS-1$
		}
	}

	private IppMessage getPrinterAttributes(String path) {
		return IppMessage.request(IppOperation.GET_PRINTER_ATTRIBUTES, 1)
				.operation("printer-uri", IppTag.URI, uri(path)) //$NON-NLS-1$
				.operation("requesting-user-name", IppTag.NAME, USER) //$NON-NLS-1$
				.operation("requested-attributes", IppTag.KEYWORD, REQUESTED.toArray()) //$NON-NLS-1$
				.build();
	}

	private static IppMessage cupsGetPrinters() {
		return IppMessage.request(IppOperation.CUPS_GET_PRINTERS, 2)
				.operation("requesting-user-name", IppTag.NAME, USER) //$NON-NLS-1$
				.operation("requested-attributes", IppTag.KEYWORD, REQUESTED.toArray()) //$NON-NLS-1$
				.build();
	}

	private String uri(String path) {
		return "ipp://" + probe.authority(Protocol.IPP) + path; //$NON-NLS-1$
	}

	private Finding finding(IppAttributeGroup printer, String path, String queue) {
		String makeAndModel = orEmpty(printer.getString("printer-make-and-model")); //$NON-NLS-1$
		String deviceId = orEmpty(printer.getString("printer-device-id")); //$NON-NLS-1$
		String info = orEmpty(printer.getString("printer-info")); //$NON-NLS-1$
		if (info.isBlank()) {
			info = queue == null ? ProbeMessages.bind(ProbeMessages.Probe_ippInfo, probe.authority(Protocol.IPP))
					: ProbeMessages.bind(ProbeMessages.Probe_cupsQueueInfo, queue, probe.authority(Protocol.IPP));
		}
		return new Finding(Protocol.IPP, uri(path), makeAndModel, deviceId, info, isDriverless(printer));
	}

	/** Whether a printer prints driverless: IPP Everywhere (PWG raster), AirPrint (Apple raster) or PDF. */
	static boolean isDriverless(IppAttributeGroup printer) {
		IppAttribute features = printer.get("ipp-features-supported"); //$NON-NLS-1$
		if (features != null && features.stringValues().contains("ipp-everywhere")) { //$NON-NLS-1$
			return true;
		}
		IppAttribute formats = printer.get("document-format-supported"); //$NON-NLS-1$
		if (formats == null) {
			return false;
		}
		for (String f : formats.stringValues()) {
			if (DRIVERLESS_FORMATS.contains(f)) {
				return true;
			}
		}
		return false;
	}

	private Result unreachable(IppException e, IProgressMonitor monitor) {
		TcpProbe.checkCanceled(monitor);
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof java.net.ConnectException) {
				return new Result(Protocol.IPP, Status.REFUSED, List.of(),
						ProbeMessages.bind(ProbeMessages.Probe_refused, probe.label(Protocol.IPP)));
			}
			if (t instanceof java.net.UnknownHostException) {
				return new Result(Protocol.IPP, Status.FAILED, List.of(),
						ProbeMessages.bind(ProbeMessages.Probe_unknownHost, probe.label(Protocol.IPP), probe.host()));
			}
		}
		if (e instanceof IppTimeoutException || hasCause(e, ConnectTimeoutException.class)) {
			return TcpProbe.noAnswer(probe, Protocol.IPP);
		}
		return new Result(Protocol.IPP, Status.FAILED, List.of(),
				ProbeMessages.bind(ProbeMessages.Probe_failed, probe.label(Protocol.IPP), e.getMessage()));
	}

	private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSuccess(IppMessage response) {
		return response.status() < IppStatus.CLIENT_ERROR_BAD_REQUEST;
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
