package org.cupola.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The bytes on the wire between the host and a {@link RemoteCupsSandbox}: {@code tcpdump -i IFACE -U -w FILE tcp
 * port PORT} while a test runs, to prove what a client sent in clear text. Needs tcpdump (./dev installs it); where
 * it is missing the test is skipped with a message.
 */
public final class WireCapture implements AutoCloseable {

	private final Process process;
	private final Path file;
	private byte[] bytes;

	private WireCapture(Process process, Path file) {
		this.process = process;
		this.file = file;
	}

	/**
	 * Starts capturing and returns once tcpdump listens.
	 *
	 * @param iface
	 *            the interface (the veth of a {@link RemoteCupsSandbox})
	 * @param port
	 *            the TCP port
	 * @return the running capture; {@link #stop()} it
	 */
	public static WireCapture start(String iface, int port) {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tcpdump")) //$NON-NLS-1$
				|| Files.isExecutable(Path.of("/usr/sbin/tcpdump")), "tcpdump is not installed; skipped"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Path file = Files.createTempFile("cupola-wire-", ".pcap"); //$NON-NLS-1$ //$NON-NLS-2$
			// -Z root: write the file as root (tcpdump drops to user tcpdump otherwise and cannot write in /tmp's file)
			Process p = new ProcessBuilder("tcpdump", "-i", iface, "--immediate-mode", "-U", "-n", "-s", "0", "-Z", "root", "-w", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					file.toString(), "tcp", "port", Integer.toString(port)).start(); //$NON-NLS-1$ //$NON-NLS-2$
			BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
			String line;
			StringBuilder seen = new StringBuilder();
			while ((line = err.readLine()) != null) {
				seen.append(line).append('\n');
				if (line.contains("listening on")) { //$NON-NLS-1$
					break;
				}
			}
			if (line == null) {
				throw new IllegalStateException("tcpdump did not start:\n" + seen); //$NON-NLS-1$
			}
			Thread drain = new Thread(() -> {
				try {
					err.transferTo(java.io.Writer.nullWriter());
				} catch (IOException e) {
					// ends with tcpdump
				}
			}, "tcpdump-stderr"); //$NON-NLS-1$
			drain.setDaemon(true);
			drain.start();
			return new WireCapture(p, file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Stops tcpdump (its buffered packets are written) and {@return everything captured} */
	public byte[] stop() {
		if (bytes == null) {
			try {
				Thread.sleep(200); // the last segments of a closing connection
				process.toHandle().destroy(); // SIGTERM: tcpdump flushes and exits
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
				bytes = Files.readAllBytes(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		return bytes;
	}

	/** {@return whether the capture contains {@code text} (ISO-8859-1 bytes)} */
	public boolean contains(String text) {
		return new String(stop(), StandardCharsets.ISO_8859_1).contains(text);
	}

	@Override
	public void close() {
		stop();
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a temp file
		}
	}
}
