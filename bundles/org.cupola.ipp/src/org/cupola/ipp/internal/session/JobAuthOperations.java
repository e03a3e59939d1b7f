package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.JOBS_PATH;
import static org.cupola.ipp.internal.session.IppExchange.JOB_URI;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cupola.ipp.AuthInfoRequired;
import org.cupola.ipp.ClearTextRefusedException;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsRequest.Field;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Jobs held for authentication: what their queue needs ({@code auth-info-required}) and CUPS-Authenticate-Job with
 * {@code auth-info}. The values go only into the request; nothing here logs, keeps or shows them.
 */
public final class JobAuthOperations {

	private static final String AUTH_INFO_REQUIRED = "auth-info-required"; //$NON-NLS-1$

	private final PrinterOperations printers;
	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 * @param printers
	 *            the connection's printer operations (for {@code auth-info-required})
	 */
	public JobAuthOperations(IppExchange exchange, PrinterOperations printers) {
		this.exchange = exchange;
		this.printers = printers;
	}

	/** Get-Printer-Attributes of {@code auth-info-required}; a missing attribute gives an empty value. */
	public AuthInfoRequired authInfoRequired(String printer, IProgressMonitor monitor) throws IppException {
		// printer-name too: CUPS leaves out the whole group when a queue has none of the requested attributes
		return new AuthInfoRequired(printers
				.getPrinterAttributes(printer, List.of(AUTH_INFO_REQUIRED, "printer-name"), monitor).attributes() //$NON-NLS-1$
				.getStrings(AUTH_INFO_REQUIRED));
	}

	/**
	 * CUPS-Authenticate-Job: {@code auth-info} holds the credentials' values in the order of {@code required}.
	 *
	 * @throws IppException
	 *             also when the queue authenticates with Kerberos (nothing to send) or a needed value is missing
	 */
	public void authenticate(int jobId, String printer, AuthInfoRequired required, Credentials credentials,
			IProgressMonitor monitor) throws IppException {
		if (required.isNegotiate()) {
			throw new IppException(Messages.bind(Messages.Error_authInfoNegotiate, printer));
		}
		refuseClearText();
		Op op = Op.begin(Messages.bind(Messages.Op_authenticateJob, Integer.toString(jobId)), monitor);
		char[] password = credentials.password();
		try {
			List<String> values = new ArrayList<>();
			for (Field field : required.fields()) {
				String value = switch (field) {
				case DOMAIN -> credentials.domain();
				case USERNAME -> credentials.user();
				case PASSWORD -> new String(password);
				};
				if (value == null) {
					throw new IppException(
							Messages.bind(Messages.Error_authInfoMissing, field.name().toLowerCase(java.util.Locale.ROOT), printer));
				}
				values.add(value);
			}
			IppMessage request = exchange
					.request(IppOperation.CUPS_AUTHENTICATE_JOB, JOB_URI, exchange.jobUri(jobId))
					.operation("auth-info", IppTag.TEXT, values.toArray()).build(); //$NON-NLS-1$
			exchange.check(op, exchange.ipp(op, request, JOBS_PATH, true));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/**
	 * The values travel in the request body, where the transport's guard for Basic passwords does not look: they go
	 * only over TLS, a domain socket or loopback, unless clear text is allowed for this server.
	 */
	private void refuseClearText() throws ClearTextRefusedException {
		CupsServer server = exchange.server();
		ConnectionSecurity.Kind kind = exchange.transport().security().kind();
		if (server.secure() || server.domainSocket() || exchange.options().clearTextAllowed()
				|| kind == ConnectionSecurity.Kind.TLS || kind == ConnectionSecurity.Kind.LOCAL_SOCKET
				|| isLoopback(server.host())) {
			return;
		}
		throw new ClearTextRefusedException(Messages.bind(Messages.Error_authInfoClearText, server.hostAndPort()),
				null);
	}

	private static boolean isLoopback(String host) {
		try {
			InetAddress[] addresses = InetAddress.getAllByName(host);
			for (InetAddress a : addresses) {
				if (!a.isLoopbackAddress()) {
					return false;
				}
			}
			return addresses.length > 0;
		} catch (UnknownHostException e) {
			return false;
		}
	}
}
