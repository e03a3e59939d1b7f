package org.cupola.ipp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.internal.probe.IppProbe;
import org.cupola.ipp.internal.probe.ProbeMessages;
import org.cupola.ipp.internal.probe.TcpProbe;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Finds a network printer by host name or address, as system-config-printer's "Find Network Printer" does: asks
 * the host over IPP (Get-Printer-Attributes on {@code /ipp/print}, {@code /ipp}, then the queues of a CUPS server,
 * {@code /printers/NAME}), AppSocket/JetDirect (a TCP connection to port 9100) and LPD (a queue-state request on
 * port 515), each with a short timeout, and suggests a device URI for what answered ({@code ipp://host/ipp/print}
 * with IPP Everywhere for a driverless printer, {@code socket://host:9100}, {@code lpd://host/queue}).
 * <p>
 * Each {@link #probe(Protocol, IProgressMonitor) probe} blocks the calling thread (run it in a job); cancelling the
 * {@link CancelToken} bound to the thread (a {@code CupsJob}'s) closes its socket at once, the monitor is polled
 * too. A probe ends with a {@link Result} that says what answered, what timed out and what refused; only
 * cancellation is thrown.
 */
public final class NetworkProbe {

	/** The default time a probe waits for a connection and for each answer. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

	/** The protocols probed. */
	public enum Protocol {
		/** Internet Printing Protocol (port 631). */
		IPP,
		/** AppSocket / HP JetDirect raw printing (port 9100). */
		APPSOCKET,
		/** Line Printer Daemon (port 515). */
		LPD
	}

	/** How a probe ended. */
	public enum Status {
		/** The host answered; {@link Result#findings()} holds what it offers. */
		FOUND,
		/** The host accepted or ignored the connection but did not answer in time. */
		NO_ANSWER,
		/** The host refused the connection (nothing listens on the port). */
		REFUSED,
		/** Another failure (unknown host, no route, an answer that is not the protocol's). */
		FAILED
	}

	/**
	 * The ports probed (tests use free loopback ports).
	 *
	 * @param ipp
	 *            IPP, 631
	 * @param appSocket
	 *            AppSocket/JetDirect, 9100
	 * @param lpd
	 *            LPD, 515
	 */
	public record Ports(int ipp, int appSocket, int lpd) {
		/** The well-known ports. */
		public static final Ports DEFAULTS = new Ports(631, 9100, 515);

		/** {@return the port of a protocol} */
		public int of(Protocol protocol) {
			return switch (protocol) {
			case IPP -> ipp;
			case APPSOCKET -> appSocket;
			case LPD -> lpd;
			};
		}
	}

	/**
	 * Something that answered, with the device URI to use.
	 *
	 * @param protocol
	 *            how it answered
	 * @param uri
	 *            the suggested device URI
	 * @param makeAndModel
	 *            the printer's make and model ({@code printer-make-and-model}), or an empty string
	 * @param deviceId
	 *            the printer's IEEE 1284 device ID ({@code printer-device-id}), or an empty string
	 * @param info
	 *            a description ({@code printer-info}, else the protocol and address)
	 * @param driverless
	 *            whether it prints without a driver (IPP Everywhere: PWG raster, Apple raster or PDF over IPP)
	 */
	public record Finding(Protocol protocol, String uri, String makeAndModel, String deviceId, String info,
			boolean driverless) {

		/** {@return the finding as a network device, as CUPS-Get-Devices would list it} */
		public Device toDevice() {
			return new Device("network", uri, info, makeAndModel.isEmpty() ? "Unknown" : makeAndModel, deviceId, //$NON-NLS-1$ //$NON-NLS-2$
					""); //$NON-NLS-1$
		}
	}

	/**
	 * What one protocol's probe found.
	 *
	 * @param protocol
	 *            the protocol
	 * @param status
	 *            how it ended
	 * @param findings
	 *            what answered (empty unless {@link Status#FOUND})
	 * @param message
	 *            a sentence for the user, e.g. "IPP (port 631): no answer within 3 s"
	 */
	public record Result(Protocol protocol, Status status, List<Finding> findings, String message) {
		/** Keeps an unmodifiable copy. */
		public Result {
			findings = List.copyOf(findings);
		}
	}

	private final String host;
	private final Ports ports;
	private final Duration timeout;

	/**
	 * @param host
	 *            a host name or address (IPv6 with or without brackets)
	 * @param ports
	 *            the ports, null for {@link Ports#DEFAULTS}
	 * @param timeout
	 *            how long to wait for a connection and for each answer; null for {@link #DEFAULT_TIMEOUT}
	 * @throws IllegalArgumentException
	 *             if the host is not a host name or address ({@link #hostProblem(String)})
	 */
	public NetworkProbe(String host, Ports ports, Duration timeout) {
		String problem = hostProblem(host);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		String h = host.strip();
		this.host = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h; //$NON-NLS-1$ //$NON-NLS-2$
		this.ports = ports == null ? Ports.DEFAULTS : ports;
		this.timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
	}

	/**
	 * Checks a host name or address as typed.
	 *
	 * @param text
	 *            the text
	 * @return why it is not one, or null when it is
	 */
	public static String hostProblem(String text) {
		String h = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (h.startsWith("[") && h.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
			h = h.substring(1, h.length() - 1);
		}
		if (h.isEmpty()) {
			return ProbeMessages.Probe_noHost;
		}
		if (h.length() > 253 || !h.matches("[\\p{L}\\p{N}.:%_-]+") || h.startsWith("-") || h.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ProbeMessages.bind(ProbeMessages.Probe_badHost, text.strip());
		}
		return null;
	}

	/** {@return the host probed, without brackets} */
	public String host() {
		return host;
	}

	/** {@return the ports probed} */
	public Ports ports() {
		return ports;
	}

	/** {@return the timeout of each connection and answer} */
	public Duration timeout() {
		return timeout;
	}

	/**
	 * Probes one protocol.
	 *
	 * @param protocol
	 *            the protocol
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return what answered, or why nothing did
	 * @throws OperationCanceledException
	 *             when cancelled
	 */
	public Result probe(Protocol protocol, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor,
				ProbeMessages.bind(ProbeMessages.Probe_task, label(protocol), hostForUri()), 1);
		return switch (protocol) {
		case IPP -> new IppProbe(this).run(sub.split(1));
		case APPSOCKET -> TcpProbe.appSocket(this, sub.split(1));
		case LPD -> TcpProbe.lpd(this, sub.split(1));
		};
	}

	/**
	 * Probes every protocol, one after the other.
	 *
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return one result per protocol, in {@link Protocol} order
	 * @throws OperationCanceledException
	 *             when cancelled
	 */
	public List<Result> probeAll(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Protocol.values().length);
		List<Result> results = new ArrayList<>();
		for (Protocol p : Protocol.values()) {
			results.add(probe(p, sub.split(1)));
		}
		return results;
	}

	/** {@return the host as it goes into a URI: an IPv6 address in brackets} */
	public String hostForUri() {
		return host.indexOf(':') >= 0 ? '[' + host + ']' : host;
	}

	/** {@return "host" or "host:port" when the port is not the protocol's well-known one} */
	public String authority(Protocol protocol) {
		int port = ports.of(protocol);
		return port == Ports.DEFAULTS.of(protocol) ? hostForUri() : hostForUri() + ':' + port;
	}

	/** {@return the protocol's name and port for messages, e.g. "IPP (port 631)"} */
	public String label(Protocol protocol) {
		String name = switch (protocol) {
		case IPP -> "IPP"; //$NON-NLS-1$
		case APPSOCKET -> "AppSocket/JetDirect"; //$NON-NLS-1$
		case LPD -> "LPD"; //$NON-NLS-1$
		};
		return ProbeMessages.bind(ProbeMessages.Probe_label, name, Integer.toString(ports.of(protocol)));
	}

	@Override
	public String toString() {
		return "NetworkProbe[" + host + ", " + ports + ", " + timeout.toMillis() + " ms]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
