package org.cupola.ipp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.cupola.ipp.CupsServer;

/**
 * The cupsd that serves a server when it runs on this machine (a loopback address or a domain socket, and a
 * {@code cupsd} process whose {@code cupsd.conf} listens there), and {@code cupsd -t}: whether cupsd would start with
 * a {@code cupsd.conf}. The test runs on a copy, with the process' own {@code cups-files.conf} ({@code -s}), and
 * answers cupsd's own message. Found through {@code /proc} (Linux); elsewhere there is none.
 *
 * @param binary
 *            the cupsd program
 * @param cupsdConf
 *            the {@code -c} file of the running cupsd
 * @param cupsFilesConf
 *            the {@code -s} file of the running cupsd
 */
public record LocalCupsd(Path binary, Path cupsdConf, Path cupsFilesConf) {

	/**
	 * System property: {@code false} turns the search off, so a local server is treated as a remote one (tests of
	 * the remote path: no check before the save, a rollback when cupsd does not come back).
	 */
	public static final String CHECK_PROPERTY = "cupola.cupsd.check"; //$NON-NLS-1$

	private static final Path PROC = Paths.get("/proc"); //$NON-NLS-1$
	private static final long TIMEOUT_SECONDS = 60;

	/**
	 * Looks for the cupsd process serving a server on this machine.
	 *
	 * @param server
	 *            the server
	 * @return the local cupsd, or empty when the server is not local or its cupsd cannot be found
	 */
	public static Optional<LocalCupsd> find(CupsServer server) {
		if ("false".equalsIgnoreCase(System.getProperty(CHECK_PROPERTY)) //$NON-NLS-1$
				|| !(server.domainSocket() || isLoopback(server.host())) || !Files.isDirectory(PROC)) {
			return Optional.empty();
		}
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) { //$NON-NLS-1$
			for (Path process : processes) {
				Optional<LocalCupsd> found = candidate(process, server);
				if (found.isPresent()) {
					return found;
				}
			}
		} catch (IOException e) {
			// no process list: no local check
		}
		return Optional.empty();
	}

	private static Optional<LocalCupsd> candidate(Path process, CupsServer server) {
		try {
			if (!"cupsd".equals(Files.readString(process.resolve("comm")).trim())) { //$NON-NLS-1$ //$NON-NLS-2$
				return Optional.empty();
			}
			String[] args = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8) //$NON-NLS-1$
					.split("\0"); //$NON-NLS-1$
			Path conf = Paths.get("/etc/cups/cupsd.conf"); //$NON-NLS-1$
			Path files = Paths.get("/etc/cups/cups-files.conf"); //$NON-NLS-1$
			for (int i = 1; i + 1 < args.length; i++) {
				if ("-c".equals(args[i])) { //$NON-NLS-1$
					conf = Paths.get(args[++i]);
				} else if ("-s".equals(args[i])) { //$NON-NLS-1$
					files = Paths.get(args[++i]);
				}
			}
			Path binary;
			try {
				binary = Files.readSymbolicLink(process.resolve("exe")); //$NON-NLS-1$
			} catch (IOException e) {
				binary = Paths.get(args[0]);
			}
			if (!binary.isAbsolute() || !Files.isExecutable(binary) || !conf.isAbsolute()
					|| !listensOn(Files.readString(conf, StandardCharsets.ISO_8859_1), server)) {
				return Optional.empty();
			}
			return Optional.of(new LocalCupsd(binary, conf, files));
		} catch (IOException | RuntimeException e) {
			return Optional.empty(); // gone meanwhile, or not ours to read
		}
	}

	/** Whether a cupsd.conf has a {@code Listen} or {@code Port} line that the server's address reaches. */
	static boolean listensOn(String conf, CupsServer server) {
		String port = Integer.toString(server.port());
		for (String raw : conf.split("\r?\n")) { //$NON-NLS-1$
			String[] parts = raw.trim().split("\\s+"); //$NON-NLS-1$
			if (parts.length < 2) {
				continue;
			}
			String value = parts[1];
			if ("Port".equalsIgnoreCase(parts[0]) && !server.domainSocket() && value.equals(port)) { //$NON-NLS-1$
				return true;
			}
			if (!"Listen".equalsIgnoreCase(parts[0])) { //$NON-NLS-1$
				continue;
			}
			if (server.domainSocket()) {
				if (value.equals(server.host())) {
					return true;
				}
				continue;
			}
			int colon = value.lastIndexOf(':');
			String host = colon >= 0 ? value.substring(0, colon) : ""; //$NON-NLS-1$
			String listenPort = colon >= 0 ? value.substring(colon + 1) : value;
			if (listenPort.equals(port) && (host.isEmpty() || host.equals("*") || isLoopback(host) //$NON-NLS-1$
					|| host.equals("0.0.0.0") || host.equals("[::]"))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private static boolean isLoopback(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * {@code cupsd -t -c COPY -s cups-files.conf}: whether cupsd would start with a file.
	 *
	 * @param conf
	 *            the {@code cupsd.conf} to test
	 * @param canceled
	 *            polled while cupsd runs; true stops it
	 * @return null when cupsd accepts the file, else cupsd's message (its lines about the file, without the
	 *         temporary name and the noise about missing filters)
	 * @throws IOException
	 *             when cupsd cannot be run
	 * @throws InterruptedException
	 *             when interrupted or canceled
	 */
	public String test(byte[] conf, BooleanSupplier canceled) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("cupola-cupsd-check"); //$NON-NLS-1$
		Path copy = dir.resolve("cupsd.conf"); //$NON-NLS-1$
		try {
			Files.write(copy, conf);
			Process process = new ProcessBuilder(binary.toString(), "-t", "-c", copy.toString(), "-s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					cupsFilesConf.toString()).redirectErrorStream(true).start();
			process.getOutputStream().close();
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			Thread reader = Thread.ofVirtual().start(() -> {
				try (InputStream in = process.getInputStream()) {
					in.transferTo(output);
				} catch (IOException e) {
					// the process is gone
				}
			});
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
			boolean exited = false;
			try {
				while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
					if (canceled.getAsBoolean() || System.nanoTime() > deadline) {
						throw new InterruptedException("cupsd -t stopped"); //$NON-NLS-1$
					}
				}
				exited = true;
			} finally {
				if (!exited) {
					process.destroyForcibly(); // (not after exit: destroy closes the output the reader still reads)
				}
			}
			reader.join(TimeUnit.SECONDS.toMillis(5));
			if (process.exitValue() == 0) {
				return null;
			}
			return message(output.toString(StandardCharsets.UTF_8), copy.toString());
		} finally {
			Files.deleteIfExists(copy);
			Files.deleteIfExists(dir);
		}
	}

	/** cupsd's lines about the tested file, its temporary name replaced by {@code cupsd.conf}. */
	static String message(String output, String copy) {
		List<String> kept = new ArrayList<>();
		for (String line : output.split("\r?\n")) { //$NON-NLS-1$
			String l = line.trim();
			if (l.isEmpty() || l.matches("Filter \".*\" not found\\.") || l.endsWith(" is OK.")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			kept.add(l.replace(copy, "cupsd.conf")); //$NON-NLS-1$
		}
		return kept.isEmpty() ? output.trim() : String.join("\n", kept); //$NON-NLS-1$
	}
}
