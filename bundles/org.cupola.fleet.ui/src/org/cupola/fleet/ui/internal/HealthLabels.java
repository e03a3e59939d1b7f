package org.cupola.fleet.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.cupola.fleet.ServerHealth;
import org.cupola.fleet.ui.FleetRow;
import org.cupola.ipp.ConnectionSecurity;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/** The Fleet view's cells: a {@link ServerHealth} in words. */
public final class HealthLabels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private HealthLabels() {
	}

	/** {@return OK, Warning, Error, or "checking..." before the first result} */
	public static String level(ServerHealth h) {
		if (h == null) {
			return Messages.Health_checking;
		}
		return switch (h.level(Instant.now())) {
		case OK -> Messages.Health_ok;
		case WARNING -> Messages.Health_warning;
		case ERROR -> h.reachable() ? Messages.Health_error : Messages.Health_unreachable;
		};
	}

	/** {@return the icon of the health at a glance (JFace's message images), or null before the first result} */
	public static Image image(ServerHealth h) {
		if (h == null) {
			return null;
		}
		return JFaceResources.getImage(switch (h.level(Instant.now())) {
		case OK -> Dialog.DLG_IMG_MESSAGE_INFO;
		case WARNING -> Dialog.DLG_IMG_MESSAGE_WARNING;
		case ERROR -> Dialog.DLG_IMG_MESSAGE_ERROR;
		});
	}

	/** {@return the CUPS version, or a dash} */
	public static String version(ServerHealth h) {
		return h == null || h.cupsVersion() == null ? Messages.Health_unknown : h.cupsVersion();
	}

	/** {@return how the connection is secured, with the certificate's expiry} */
	public static String security(ServerHealth h) {
		if (h == null || h.security() == null) {
			return Messages.Health_unknown;
		}
		ConnectionSecurity s = h.security();
		return switch (s.kind()) {
		case TLS -> {
			String tls = s.tlsProtocol() == null ? Messages.Security_tls : s.tlsProtocol();
			Instant expiry = h.certificateExpiry();
			if (expiry == null) {
				yield tls;
			}
			Instant now = Instant.now();
			if (expiry.isBefore(now)) {
				yield NLS.bind(Messages.Security_expired, tls, DATE.format(expiry));
			}
			long days = Duration.between(now, expiry).toDays();
			yield NLS.bind(days < ServerHealth.CERTIFICATE_WARNING.toDays() ? Messages.Security_expiresSoon
					: Messages.Security_certificate, new Object[] { tls, DATE.format(expiry), Long.valueOf(days) });
		}
		case LOCAL_SOCKET -> Messages.Security_socket;
		case PLAIN -> Messages.Security_plain;
		case UNKNOWN -> Messages.Health_unknown;
		};
	}

	/** {@return the queue count, then the stopped and the rejecting ones by name} */
	public static String queues(ServerHealth h) {
		if (h == null || !h.reachable() || h.error() != null) {
			return Messages.Health_unknown;
		}
		List<String> parts = new ArrayList<>();
		parts.add(String.valueOf(h.queues()));
		if (!h.stopped().isEmpty()) {
			parts.add(NLS.bind(Messages.Queues_stopped, String.join(", ", h.stopped()))); //$NON-NLS-1$
		}
		if (!h.rejecting().isEmpty()) {
			parts.add(NLS.bind(Messages.Queues_rejecting, String.join(", ", h.rejecting()))); //$NON-NLS-1$
		}
		return String.join("; ", parts); //$NON-NLS-1$
	}

	/** {@return the pending jobs} */
	public static String jobs(ServerHealth h) {
		return h == null || !h.reachable() || h.error() != null ? Messages.Health_unknown
				: String.valueOf(h.jobsPending());
	}

	/** {@return the last error with its time, or nothing} */
	public static String lastError(FleetRow row) {
		if (row.lastError() == null) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Health_lastError, TIME.format(row.lastErrorAt()), row.lastError());
	}

	/** {@return when the health was checked} */
	public static String checked(ServerHealth h) {
		return h == null ? "" : TIME.format(h.checked()); //$NON-NLS-1$
	}
}
