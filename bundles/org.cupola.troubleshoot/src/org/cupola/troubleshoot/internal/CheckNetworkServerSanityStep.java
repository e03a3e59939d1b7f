package org.cupola.troubleshoot.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.MalformedResponseException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * CheckNetworkServerSanity (probe): does the remote server's name resolve, does it accept a TCP connection, does it
 * speak IPP (Get-Printer-Attributes), is it CUPS (CUPS-Get-Printers)? For a listed queue whose device URI names a
 * CUPS queue, also fetches that queue's {@code printer-is-shared}.
 */
final class CheckNetworkServerSanityStep extends AbstractStep {

	CheckNetworkServerSanityStep() {
		super("CheckNetworkServerSanity"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.has(Keys.REMOTE_SERVER_NAME);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.NetworkSanity_task, 5);
		Answers a = context.answers();
		String host = a.get(Keys.REMOTE_SERVER_NAME);
		int port = a.get(Keys.REMOTE_SERVER_PORT, Integer.valueOf(631)).intValue();
		boolean secure = a.isTrue(Keys.REMOTE_SERVER_SECURE);

		// 1. name resolution
		sub.subTask(Messages.bind(Messages.NetworkSanity_resolving, host));
		List<String> addresses = new ArrayList<>();
		InetAddress first = null;
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				addresses.add(address.getHostAddress());
				if (first == null) {
					first = address;
				}
			}
		} catch (UnknownHostException e) {
			// does not resolve
		}
		sub.split(1);
		a.put(Keys.REMOTE_SERVER_NAME_RESOLVES, List.copyOf(addresses));
		a.put(Keys.REMOTE_SERVER_TRY_CONNECT, host);
		if (first == null) {
			a.put(Keys.REMOTE_SERVER_TCP, Boolean.FALSE);
			a.put(Keys.REMOTE_SERVER_CONNECT_IPP, Boolean.FALSE);
			context.deadEnd(finding(Severity.ERROR, Messages.NetworkSanity_unresolvedTitle,
					Messages.bind(Messages.NetworkSanity_unresolved, host), Messages.NetworkSanity_unresolvedFix));
			return;
		}

		// 2. TCP
		sub.subTask(Messages.bind(Messages.NetworkSanity_connecting, host, Integer.toString(port)));
		boolean tcp = tcpConnect(new InetSocketAddress(first, port), (int) context.probeTimeout().toMillis(), sub);
		sub.split(1);
		a.put(Keys.REMOTE_SERVER_TCP, Boolean.valueOf(tcp));
		if (!tcp) {
			a.put(Keys.REMOTE_SERVER_CONNECT_IPP, Boolean.FALSE);
			return; // ServerFirewalled explains
		}

		// 3. IPP
		CupsServer remote = new CupsServer(secure, host, port);
		CupsConnection c = remote.equals(context.server()) ? context.connection() : context.openConnection(remote);
		Printer p = context.answers().get(Keys.PRINTER);
		DeviceUri device = p == null ? null : DeviceUri.parse(p.deviceUri());
		String printerUri = p != null && device != null && DeviceUri.isIppScheme(device.scheme())
				? ippUri(remote, device.path())
				: remote.ippUri("/"); //$NON-NLS-1$
		Boolean ipp = null;
		IppAttributeGroup remoteAttributes = null;
		try {
			IppMessage request = IppMessage.request(IppOperation.GET_PRINTER_ATTRIBUTES, 1)
					.operation("printer-uri", IppTag.URI, printerUri) //$NON-NLS-1$
					.operation("requesting-user-name", IppTag.NAME, c.currentUser()) //$NON-NLS-1$
					.operation("requested-attributes", IppTag.KEYWORD, "printer-is-shared", "printer-state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"printer-state-message", "printer-state-reasons", "printer-is-accepting-jobs") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.build();
			IppMessage response = c.send(request, device != null ? pathOrRoot(device.path()) : "/", //$NON-NLS-1$
					Messages.NetworkSanity_ippProbe, sub.split(1));
			ipp = Boolean.TRUE;
			if (IppStatus.isSuccess(response.status())) {
				remoteAttributes = response.group(IppTag.PRINTER_ATTRIBUTES);
			}
		} catch (ServerUnreachableException | IppTimeoutException | MalformedResponseException e) {
			ipp = Boolean.FALSE;
		} catch (NotAuthorizedException | ForbiddenException e) {
			ipp = Boolean.TRUE; // it answered (also when it asked for a password and the user declined)
		} catch (IppException e) {
			ipp = Boolean.FALSE;
		}
		a.put(Keys.REMOTE_SERVER_CONNECT_IPP, ipp);
		if (!ipp.booleanValue()) {
			return;
		}
		if (remoteAttributes != null && remoteAttributes.contains("printer-state-message")) { //$NON-NLS-1$
			a.put(Keys.REMOTE_QUEUE_STATE, remoteAttributes.getString("printer-state-message")); //$NON-NLS-1$
		}

		// 4. CUPS?
		boolean cups;
		List<String> queues = new ArrayList<>();
		try {
			for (Printer q : c.getPrinters(sub.split(1))) {
				queues.add(q.name());
			}
			cups = true;
		} catch (IppStatusException e) {
			cups = false;
		} catch (IppException e) {
			cups = false; // also a declined login
		}
		a.put(Keys.REMOTE_SERVER_CUPS, Boolean.valueOf(cups));
		if (cups) {
			a.put(Keys.REMOTE_QUEUES_AVAILABLE, List.copyOf(queues));
			String remoteQueue = device == null ? null : device.cupsQueueName();
			if (remoteQueue != null && !Question.NOT_LISTED.equals(a.get(Keys.QUEUE))) {
				a.put(Keys.REMOTE_QUEUE, remoteQueue);
				if (remoteAttributes != null && remoteAttributes.contains("printer-is-shared")) { //$NON-NLS-1$
					a.put(Keys.REMOTE_QUEUE_SHARED,
							Boolean.valueOf(remoteAttributes.getBoolean("printer-is-shared", true))); //$NON-NLS-1$
				}
			}
		}
	}

	private static String ippUri(CupsServer remote, String path) {
		return remote.ippUri(pathOrRoot(path));
	}

	private static String pathOrRoot(String path) {
		return path == null || path.isEmpty() ? "/" : path; //$NON-NLS-1$
	}

	/** Opens and closes a TCP connection; a cancel closes the socket at once. */
	static boolean tcpConnect(InetSocketAddress address, int timeoutMillis, IProgressMonitor monitor) {
		try (Socket socket = new Socket()) {
			CancelToken token = CancelToken.currentBound().orElse(null);
			CancelToken.Registration registration = token == null ? null : token.onCancel(() -> {
				try {
					socket.close();
				} catch (IOException e) {
					// closing to abort
				}
			});
			try {
				socket.connect(address, Math.max(1, timeoutMillis));
				return true;
			} finally {
				if (registration != null) {
					registration.close();
				}
			}
		} catch (IOException e) {
			if (monitor != null && monitor.isCanceled()
					|| CancelToken.currentBound().map(CancelToken::isCanceled).orElse(Boolean.FALSE).booleanValue()) {
				throw new OperationCanceledException();
			}
			return false;
		}
	}
}
