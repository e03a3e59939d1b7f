package org.cupola.ipp.events;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cupola.ipp.Printer;
import org.cupola.ipp.UserPreferences;

/**
 * The per-queue choice "resume automatically once the reason clears" (apple/cups#1489) and the rule that applies
 * it: a queue that the error policy stopped after a job failed (not one a person paused) is resumed when the
 * printer reports nothing that needs attention and its network device answers a TCP connection again. Devices that
 * are not on the network (USB, file) are never resumed automatically: nothing tells when they are back. Choices are
 * kept in {@link UserPreferences} under {@code org.cupola.ipp.autoResume.<host:port>} (queue names, comma-separated).
 */
public final class AutoResume {

	/** Prefix of the preference keys. */
	public static final String PREF_PREFIX = "org.cupola.ipp.autoResume."; //$NON-NLS-1$

	/** Whether a queue's device answers now. */
	@FunctionalInterface
	public interface DeviceProbe {
		/**
		 * @param deviceUri
		 *            the device URI
		 * @return whether it answers (false when it cannot be probed)
		 */
		boolean answers(String deviceUri);
	}

	/** A TCP connection to the host and port of a network device URI, 2 s at most. */
	public static final DeviceProbe TCP_PROBE = AutoResume::tcpAnswers;

	private static final Map<String, Integer> DEFAULT_PORTS = Map.of("socket", Integer.valueOf(9100), "ipp", //$NON-NLS-1$ //$NON-NLS-2$
			Integer.valueOf(631), "ipps", Integer.valueOf(631), "http", Integer.valueOf(80), "https", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Integer.valueOf(443), "lpd", Integer.valueOf(515)); //$NON-NLS-1$

	private final UserPreferences preferences;
	private final String server;
	private final DeviceProbe probe;

	/**
	 * @param preferences
	 *            where the choices are kept
	 * @param server
	 *            {@code host:port}
	 * @param probe
	 *            how to tell that a device is back
	 */
	public AutoResume(UserPreferences preferences, String server, DeviceProbe probe) {
		this.preferences = preferences;
		this.server = server;
		this.probe = probe;
	}

	/** {@return the queues of this server that resume automatically} */
	public Set<String> queues() {
		String v = preferences.get(PREF_PREFIX + server, ""); //$NON-NLS-1$
		return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** {@return whether the queue resumes automatically} */
	public boolean isEnabled(String queue) {
		return queues().contains(queue);
	}

	/**
	 * @param queue
	 *            the queue
	 * @param enabled
	 *            whether it resumes automatically from now on
	 */
	public void setEnabled(String queue, boolean enabled) {
		Set<String> q = new LinkedHashSet<>(queues());
		if (enabled) {
			q.add(queue);
		} else {
			q.remove(queue);
		}
		preferences.put(PREF_PREFIX + server, String.join(",", new TreeSet<>(q))); //$NON-NLS-1$
	}

	/**
	 * @param printer
	 *            the queue now
	 * @param lastStop
	 *            the event of its last stop, or null when not known
	 * @return whether to resume it now
	 */
	public boolean shouldResume(Printer printer, QueueEvent lastStop) {
		if (printer.state() != Printer.State.STOPPED || lastStop == null || lastStop.jobId() == 0
				|| !isEnabled(printer.name())) {
			return false; // running, paused by a person, or not chosen
		}
		if (!EventTracker.attention(printer.stateReasons()).isEmpty()) {
			return false;
		}
		return printer.deviceUri() != null && probe.answers(printer.deviceUri());
	}

	private static boolean tcpAnswers(String deviceUri) {
		try {
			URI uri = URI.create(deviceUri);
			Integer port = uri.getPort() > 0 ? Integer.valueOf(uri.getPort()) : DEFAULT_PORTS.get(uri.getScheme());
			if (uri.getHost() == null || port == null) {
				return false;
			}
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(uri.getHost(), port.intValue()), 2000);
				return true;
			}
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}
}
