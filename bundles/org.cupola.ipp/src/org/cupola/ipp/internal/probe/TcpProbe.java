package org.cupola.ipp.internal.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.NetworkProbe;
import org.cupola.ipp.NetworkProbe.Finding;
import org.cupola.ipp.NetworkProbe.Protocol;
import org.cupola.ipp.NetworkProbe.Result;
import org.cupola.ipp.NetworkProbe.Status;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The TCP probes: AppSocket/JetDirect (a printer's raw port accepts the connection and waits for print data, so a
 * connection is the answer) and LPD (RFC 1179 "send queue state" for queue {@value #LPD_QUEUE}: any reply, even an
 * error text or an orderly close, is an answer). The socket is closed when the thread's {@link CancelToken} is
 * cancelled.
 */
public final class TcpProbe {

	/** The queue name asked for and suggested in the LPD URI, for the user to replace. */
	public static final String LPD_QUEUE = "queue"; //$NON-NLS-1$

	private TcpProbe() {
	}

	/** Probes the AppSocket port. */
	public static Result appSocket(NetworkProbe probe, IProgressMonitor monitor) {
		Protocol protocol = Protocol.APPSOCKET;
		try (Open open = connect(probe, protocol, monitor)) {
			String uri = "socket://" + probe.authority(protocol); //$NON-NLS-1$
			Finding f = new Finding(protocol, uri, "", "", //$NON-NLS-1$ //$NON-NLS-2$
					ProbeMessages.bind(ProbeMessages.Probe_appSocketInfo, probe.authority(protocol)), false);
			return found(probe, protocol, List.of(f));
		} catch (IOException e) {
			return failure(probe, protocol, e, monitor);
		}
	}

	/** Probes the LPD port with a short queue-state request. */
	public static Result lpd(NetworkProbe probe, IProgressMonitor monitor) {
		Protocol protocol = Protocol.LPD;
		try (Open open = connect(probe, protocol, monitor)) {
			OutputStream out = open.socket().getOutputStream();
			out.write(("\003" + LPD_QUEUE + '\n').getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
			out.flush();
			InputStream in = open.socket().getInputStream();
			in.read(); // a byte of the reply, or -1 for an orderly close: either way an LPD server answered
			String uri = "lpd://" + probe.authority(protocol) + '/' + LPD_QUEUE; //$NON-NLS-1$
			Finding f = new Finding(protocol, uri, "", "", //$NON-NLS-1$ //$NON-NLS-2$
					ProbeMessages.bind(ProbeMessages.Probe_lpdInfo, probe.authority(protocol)), false);
			return found(probe, protocol, List.of(f));
		} catch (IOException e) {
			return failure(probe, protocol, e, monitor);
		}
	}

	/**
	 * Connects with the probe's timeout, also as read timeout; cancelling the thread's token closes the socket.
	 */
	private static Open connect(NetworkProbe probe, Protocol protocol, IProgressMonitor monitor) throws IOException {
		checkCanceled(monitor);
		Socket socket = new Socket();
		CancelToken.Registration reg = CancelToken.current().onCancel(() -> closeQuietly(socket));
		boolean ok = false;
		try {
			int millis = (int) Math.min(Integer.MAX_VALUE, probe.timeout().toMillis());
			InetSocketAddress address = new InetSocketAddress(probe.host(), probe.ports().of(protocol));
			if (address.isUnresolved()) {
				throw new UnknownHostException(probe.host());
			}
			socket.connect(address, millis);
			socket.setSoTimeout(millis);
			ok = true;
			return new Open(socket, reg);
		} finally {
			if (!ok) {
				reg.close();
				closeQuietly(socket);
			}
		}
	}

	static Result found(NetworkProbe probe, Protocol protocol, List<Finding> findings) {
		String message = findings.size() == 1 ? ProbeMessages.bind(ProbeMessages.Probe_found, probe.label(protocol))
				: ProbeMessages.bind(ProbeMessages.Probe_foundMany, probe.label(protocol),
						Integer.toString(findings.size()));
		return new Result(protocol, Status.FOUND, findings, message);
	}

	/** Turns a failed connection or read into a result, or throws when it failed because of a cancel. */
	static Result failure(NetworkProbe probe, Protocol protocol, IOException e, IProgressMonitor monitor) {
		if (CancelToken.current().isCanceled() || monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		String label = probe.label(protocol);
		if (e instanceof SocketTimeoutException) {
			return noAnswer(probe, protocol);
		}
		if (e instanceof ConnectException) {
			return new Result(protocol, Status.REFUSED, List.of(), ProbeMessages.bind(ProbeMessages.Probe_refused, label));
		}
		if (e instanceof UnknownHostException) {
			return new Result(protocol, Status.FAILED, List.of(),
					ProbeMessages.bind(ProbeMessages.Probe_unknownHost, label, probe.host()));
		}
		String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new Result(protocol, Status.FAILED, List.of(), ProbeMessages.bind(ProbeMessages.Probe_failed, label, detail));
	}

	static Result noAnswer(NetworkProbe probe, Protocol protocol) {
		long millis = probe.timeout().toMillis();
		String seconds = millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format("%.1f", millis / 1000.0); //$NON-NLS-1$
		return new Result(protocol, Status.NO_ANSWER, List.of(),
				ProbeMessages.bind(ProbeMessages.Probe_noAnswer, probe.label(protocol), seconds));
	}

	static void checkCanceled(IProgressMonitor monitor) {
		if (CancelToken.current().isCanceled() || monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// closing to abort
		}
	}

	/** An open socket with its cancel action; closing closes both. */
	private record Open(Socket socket, CancelToken.Registration registration) implements AutoCloseable {
		@Override
		public void close() {
			registration.close();
			closeQuietly(socket);
		}
	}
}
