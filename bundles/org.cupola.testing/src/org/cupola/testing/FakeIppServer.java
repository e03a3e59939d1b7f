package org.cupola.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;

/**
 * A tiny HTTP server on loopback that misbehaves on purpose: it never answers, answers garbage, dies in the middle of
 * a response, answers a valid CUPS-Get-Printers response, answers every request with one given response (e.g. 10,000
 * jobs), or sends a given response in two parts with a stall in between. Not CUPS: only for failure modes and response
 * shapes a real cupsd cannot be made to show on demand.
 */
public final class FakeIppServer implements AutoCloseable {

	/** How the server answers. */
	public enum Mode {
		/** Accept, read the request, never answer. */
		HANG,
		/** Answer a valid IPP response with one printer. */
		OK,
		/** Answer every request with the body given to {@link FakeIppServer#answering(byte[])}. */
		FIXED,
		/** Answer HTTP 200 application/ipp with bytes that are not IPP. */
		MALFORMED,
		/** Announce a long body, send a few bytes, close. */
		DIE_MIDWAY,
		/** Send the {@link #stallAfter(byte[], int, CountDownLatch) staged} body up to the stall, wait, send the rest. */
		STALL
	}

	private final ServerSocket serverSocket;
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private final AtomicInteger requests = new AtomicInteger();
	private final Thread acceptor;
	private volatile Mode mode;
	private volatile byte[] fixedBody;
	private volatile byte[] stallBody;
	private volatile int stallAt;
	private volatile CountDownLatch resume;
	private final AtomicBoolean restSent = new AtomicBoolean();

	/**
	 * Starts a server on a free loopback port.
	 *
	 * @param mode
	 *            how it answers
	 * @throws IOException
	 *             when no port can be had
	 */
	public FakeIppServer(Mode mode) throws IOException {
		this.mode = mode;
		serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::acceptLoop, "fake-ipp-accept"); //$NON-NLS-1$
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Starts a server that answers every request with the same IPP response ({@link Mode#FIXED}).
	 *
	 * @param body
	 *            the encoded IPP response
	 * @return the server
	 * @throws IOException
	 *             when no port can be had
	 */
	public static FakeIppServer answering(byte[] body) throws IOException {
		FakeIppServer server = new FakeIppServer(Mode.FIXED);
		server.fixedBody = body.clone();
		return server;
	}

	/** {@return where it listens, as a server to connect to} */
	public CupsServer server() {
		return new CupsServer(false, "127.0.0.1", serverSocket.getLocalPort()); //$NON-NLS-1$
	}

	/**
	 * @param mode
	 *            how to answer the next requests
	 */
	public void setMode(Mode mode) {
		this.mode = mode;
	}

	/** {@return how many requests it has read} */
	public int requests() {
		return requests.get();
	}

	/**
	 * Stages the response for {@link Mode#STALL}: {@code body} (with its full Content-Length) up to {@code at}, then
	 * nothing until {@code resumeLatch} is released (or 10 s have passed), then the rest.
	 */
	public void stallAfter(byte[] body, int at, CountDownLatch resumeLatch) {
		this.stallBody = body;
		this.stallAt = at;
		this.resume = resumeLatch;
		restSent.set(false);
	}

	/** For {@link Mode#STALL}: whether the server has started sending the part after the stall. */
	public boolean restSent() {
		return restSent.get();
	}

	private void acceptLoop() {
		while (!serverSocket.isClosed()) {
			try {
				Socket socket = serverSocket.accept();
				sockets.add(socket);
				Thread t = new Thread(() -> serve(socket), "fake-ipp-conn"); //$NON-NLS-1$
				t.setDaemon(true);
				t.start();
			} catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			while (true) {
				String head = readHead(in);
				if (head == null) {
					return;
				}
				int length = 0;
				for (String line : head.split("\r\n")) { //$NON-NLS-1$
					if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) { //$NON-NLS-1$
						length = Integer.parseInt(line.substring(15).trim());
					}
				}
				in.readNBytes(length);
				requests.incrementAndGet();
				switch (mode) {
				case HANG -> {
					while (in.read() >= 0) {
						// never answer; wait for the client to give up
					}
					return;
				}
				case OK -> {
					byte[] body = IppEncoder.encode(IppMessage.response(IppStatus.SUCCESSFUL_OK, 1)
							.group(IppTag.PRINTER_ATTRIBUTES).attribute("printer-name", IppTag.NAME, "fake") //$NON-NLS-1$ //$NON-NLS-2$
							.attribute("printer-state", IppTag.ENUM, Integer.valueOf(3)).build()); //$NON-NLS-1$
					respond(out, body, body.length);
				}
				case FIXED -> respond(out, fixedBody, fixedBody.length);
				case MALFORMED -> respond(out, "<html>this is not IPP</html>".getBytes(StandardCharsets.US_ASCII), -1); //$NON-NLS-1$
				case DIE_MIDWAY -> {
					byte[] body = new byte[] { 2, 0, 0, 0, 0, 0, 0, 1, 1 };
					out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/ipp\r\nContent-Length: 5000\r\n\r\n") //$NON-NLS-1$
							.getBytes(StandardCharsets.US_ASCII));
					out.write(body);
					out.flush();
					return;
				}
				case STALL -> {
					byte[] body = stallBody;
					out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/ipp\r\nContent-Length: " + body.length //$NON-NLS-1$
							+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
					out.write(body, 0, stallAt);
					out.flush();
					try {
						resume.await(10, TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
					restSent.set(true);
					out.write(body, stallAt, body.length - stallAt);
					out.flush();
				}
				default -> throw new IllegalStateException();
				}
			}
		} catch (IOException e) {
			// client went away
		}
	}

	private static void respond(OutputStream out, byte[] body, int declared) throws IOException {
		int length = declared < 0 ? body.length : declared;
		out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/ipp\r\nContent-Length: " + length + "\r\n\r\n") //$NON-NLS-1$ //$NON-NLS-2$
				.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int state = 0;
		while (state < 4) {
			int b = in.read();
			if (b < 0) {
				return null;
			}
			head.write(b);
			state = switch (state) {
			case 0, 2 -> b == '\r' ? state + 1 : 0;
			case 1, 3 -> b == '\n' ? state + 1 : b == '\r' ? 1 : 0;
			default -> 0;
			};
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		serverSocket.close();
		for (Socket s : sockets) {
			s.close();
		}
	}
}
