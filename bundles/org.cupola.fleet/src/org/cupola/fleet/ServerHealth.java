package org.cupola.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One server's health at a glance, as the Fleet view shows it: whether it answers, its CUPS version, how the
 * connection is secured (TLS and the certificate's expiry), which queues are stopped or reject jobs, and how many
 * jobs wait. One anonymous CUPS-Get-Printers request gathers it (no password is ever asked for).
 *
 * @param server
 *            the server
 * @param checked
 *            when it was checked
 * @param reachable
 *            whether the server answered
 * @param error
 *            what went wrong, or null when the check succeeded
 * @param cupsVersion
 *            the CUPS version ({@code cups-version} of its queues), or null when unknown (no queue, not CUPS)
 * @param security
 *            how the connection reached the server, or null when it did not
 * @param queues
 *            the number of local queues and classes
 * @param stopped
 *            the stopped queues, sorted by name
 * @param rejecting
 *            the queues that reject jobs, sorted by name
 * @param jobsPending
 *            jobs not yet completed, over all queues
 */
public record ServerHealth(CupsServer server, Instant checked, boolean reachable, String error, String cupsVersion,
		ConnectionSecurity security, int queues, List<String> stopped, List<String> rejecting, int jobsPending) {

	/** How a certificate's coming expiry turns a server's health into a warning. */
	public static final Duration CERTIFICATE_WARNING = Duration.ofDays(30);

	/** The attributes the check asks for. */
	private static final String[] ATTRIBUTES = { "printer-name", "printer-type", "printer-state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"printer-is-accepting-jobs", "queued-job-count", "cups-version", "printer-is-temporary" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** The health at a glance. */
	public enum Level {
		/** Answers, every queue prints, the certificate is valid for a while. */
		OK,
		/** Answers, but a queue is stopped or rejects jobs, or the certificate expires soon or has expired. */
		WARNING,
		/** Does not answer, or answers with an error. */
		ERROR
	}

	/** Copies the lists. */
	public ServerHealth {
		Objects.requireNonNull(server);
		Objects.requireNonNull(checked);
		stopped = List.copyOf(stopped);
		rejecting = List.copyOf(rejecting);
	}

	/**
	 * Checks a server. Never throws for what the server or the network does: that becomes an unhealthy result.
	 *
	 * @param connection
	 *            the server
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the health
	 * @throws org.eclipse.core.runtime.OperationCanceledException
	 *             when cancelled
	 */
	public static ServerHealth check(CupsConnection connection, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, connection.server().hostAndPort(), 1);
		CupsServer server = connection.server();
		IppMessage request = IppMessage.request(IppOperation.CUPS_GET_PRINTERS, 1)
				.operation("requested-attributes", IppTag.KEYWORD, (Object[]) ATTRIBUTES).build(); //$NON-NLS-1$
		IppMessage response;
		try {
			response = connection.send(request, "/", "checking the server's health", sub.split(1)); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (ServerUnreachableException | IppTimeoutException e) {
			return new ServerHealth(server, Instant.now(), false, e.getMessage(), null, null, 0, List.of(), List.of(),
					0);
		} catch (IppException e) {
			return new ServerHealth(server, Instant.now(), true, e.getMessage(), null, connection.security(), 0,
					List.of(), List.of(), 0);
		}
		ConnectionSecurity security = connection.security();
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return new ServerHealth(server, Instant.now(), true, null, null, security, 0, List.of(), List.of(), 0);
		}
		if (!IppStatus.isSuccess(response.status())) {
			return new ServerHealth(server, Instant.now(), true, IppStatus.name(response.status()), null, security, 0,
					List.of(), List.of(), 0);
		}
		String version = null;
		int queues = 0;
		int jobs = 0;
		List<String> stopped = new ArrayList<>();
		List<String> rejecting = new ArrayList<>();
		for (IppAttributeGroup g : response.groups(IppTag.PRINTER_ATTRIBUTES)) {
			Printer p = new Printer(g);
			if ((p.type() & (Printer.TYPE_REMOTE | Printer.TYPE_IMPLICIT)) != 0
					|| g.getBoolean("printer-is-temporary", false)) { //$NON-NLS-1$
				continue;
			}
			queues++;
			if (version == null) {
				version = g.getString("cups-version"); //$NON-NLS-1$
			}
			if (p.state() == Printer.State.STOPPED) {
				stopped.add(p.name());
			}
			if (!p.acceptingJobs()) {
				rejecting.add(p.name());
			}
			jobs += Math.max(0, p.queuedJobCount());
		}
		stopped.sort(null);
		rejecting.sort(null);
		return new ServerHealth(server, Instant.now(), true, null, version, security, queues, stopped, rejecting, jobs);
	}

	/** {@return when the server's certificate expires, or null when the connection is not TLS} */
	public Instant certificateExpiry() {
		return security != null && security.certificate() != null ? security.certificate().notAfter() : null;
	}

	/**
	 * @param now
	 *            the time to judge the certificate's expiry at
	 * @return the health at a glance
	 */
	public Level level(Instant now) {
		if (!reachable || error != null) {
			return Level.ERROR;
		}
		Instant expiry = certificateExpiry();
		if (!stopped.isEmpty() || !rejecting.isEmpty()
				|| expiry != null && expiry.isBefore(now.plus(CERTIFICATE_WARNING))) {
			return Level.WARNING;
		}
		return Level.OK;
	}
}
