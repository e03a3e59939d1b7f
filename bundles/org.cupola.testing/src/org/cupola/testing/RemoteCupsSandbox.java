package org.cupola.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsServer;
import org.junit.jupiter.api.Assumptions;

/**
 * A private cupsd that Cupola reaches as a <em>remote</em>, non-local client, the way CUPS ships: the cupsd runs
 * inside a network namespace this fixture creates, joined to the host by a veth pair with addresses from the
 * benchmarking range 198.18.0.0/15 ({@code 198.18.X.1/30} on the host side, {@code 198.18.X.2} inside). cupsd sees
 * the test as 198.18.X.1, not localhost, so {@code DefaultEncryption Required} answers HTTP 426 to authenticated
 * plain-HTTP requests, and its self-signed certificate ({@code CreateSelfSignedCerts yes}, ServerKeychain in its
 * temporary directory) is what a TLS client sees. Nothing leaves the machine. {@link #close()} stops cupsd and
 * deletes the namespace and the veth pair, also after a failed start.
 * <p>
 * Needs root and {@code ip netns}: where they are not available, {@link #start} aborts the calling test with a
 * JUnit assumption that says why (reported as skipped, never as passed).
 */
public final class RemoteCupsSandbox implements AutoCloseable {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 200));

	private final String namespace;
	private final String hostInterface;
	private final String address;
	private CupsSandbox sandbox;

	private RemoteCupsSandbox(String namespace, String hostInterface, String address) {
		this.namespace = namespace;
		this.hostInterface = hostInterface;
		this.address = address;
	}

	/**
	 * Creates the namespace and starts a populated cupsd in it.
	 *
	 * @param encryption
	 *            cupsd's DefaultEncryption: {@code Required} (as CUPS ships), {@code IfRequested} or {@code Never}
	 * @param selfSignedCerts
	 *            whether cupsd may create a self-signed certificate; false: the server offers no TLS at all
	 * @return the running server; close it
	 */
	public static RemoteCupsSandbox start(String encryption, boolean selfSignedCerts) {
		Assumptions.assumeTrue(isRoot(), "network-namespace tests need root (ip netns, veth); skipped"); //$NON-NLS-1$
		String probe = run(List.of("ip", "netns", "list"), false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Assumptions.assumeTrue(probe != null,
				"network namespaces are not available here ('ip netns list' failed); skipped"); //$NON-NLS-1$
		RemoteCupsSandbox remote = null;
		for (int tries = 0; tries < 20 && remote == null; tries++) {
			int x = 1 + Math.floorMod(NEXT.getAndIncrement(), 250);
			String ns = "cupola-test-" + x; //$NON-NLS-1$
			String host = "cplt" + x + "a"; //$NON-NLS-1$ //$NON-NLS-2$
			if (run(List.of("ip", "link", "show", host), false) != null //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					|| Files.exists(Path.of("/run/netns", ns))) { //$NON-NLS-1$
				continue; // taken by another test run
			}
			remote = new RemoteCupsSandbox(ns, host, "198.18." + x + ".2"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (remote == null) {
			throw new IllegalStateException("no free 198.18.X.0/30 network for a test namespace"); //$NON-NLS-1$
		}
		boolean ok = false;
		try {
			String created = remote.createNetwork();
			Assumptions.assumeTrue(created == null,
					"cannot create a network namespace and veth pair here (" + created + "); skipped"); //$NON-NLS-1$ //$NON-NLS-2$
			String listenAddress = remote.address;
			remote.sandbox = CupsSandbox.start(true, List.of("ip", "netns", "exec", remote.namespace), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Map.of("CUPS_ENCRYPTION", encryption, //$NON-NLS-1$
							"CUPS_DEFAULT_SHARED", "Yes", //$NON-NLS-1$ //$NON-NLS-2$
							"CUPS_ALLOW_FROM", "198.18.0.0/15", //$NON-NLS-1$ //$NON-NLS-2$
							"CUPS_SERVER_NAME", listenAddress, //$NON-NLS-1$
							"CUPS_SELF_SIGNED_CERTS", selfSignedCerts ? "yes" : "no"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					port -> Map.of("CUPS_EXTRA_LISTEN", listenAddress + ':' + port)); //$NON-NLS-1$
			ok = true;
			return remote;
		} finally {
			if (!ok) {
				remote.close();
			}
		}
	}

	/** {@return null when created, else what failed} */
	private String createNetwork() {
		String peer = hostInterface.substring(0, hostInterface.length() - 1) + 'b';
		String prefix = address.substring(0, address.lastIndexOf('.'));
		List<List<String>> steps = List.of(List.of("ip", "netns", "add", namespace), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of("ip", "link", "add", hostInterface, "type", "veth", "peer", "name", peer), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				List.of("ip", "link", "set", peer, "netns", namespace), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List.of("ip", "addr", "add", prefix + ".1/30", "dev", hostInterface), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				List.of("ip", "link", "set", hostInterface, "up"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				inNamespace("ip", "addr", "add", address + "/30", "dev", peer), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				inNamespace("ip", "link", "set", peer, "up"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				inNamespace("ip", "link", "set", "lo", "up")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (List<String> step : steps) {
			if (run(step, false) == null) {
				return String.join(" ", step) + " failed"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return null;
	}

	private List<String> inNamespace(String... command) {
		List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", namespace)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		all.addAll(List.of(command));
		return all;
	}

	/** The server as the host reaches it: {@code ipp://198.18.X.2:PORT}. */
	public CupsServer server() {
		return new CupsServer(false, address, sandbox.port());
	}

	/** The same server over {@code ipps://}. */
	public CupsServer secureServer() {
		return new CupsServer(true, address, sandbox.port());
	}

	/** The host-side interface of the veth pair, for {@code tcpdump -i}. */
	public String hostInterface() {
		return hostInterface;
	}

	/** The cupsd (its directory, logs, port, users). */
	public CupsSandbox sandbox() {
		return sandbox;
	}

	/** The admin user's credentials (a new copy). */
	public Credentials adminCredentials() {
		return sandbox.adminCredentials();
	}

	/** The directory where cupsd keeps its self-signed certificate. */
	public Path keychain() {
		return sandbox.directory().resolve("etc/ssl"); //$NON-NLS-1$
	}

	/**
	 * Runs a command inside the namespace (e.g. {@code lpstat -h 127.0.0.1:PORT} as a second opinion).
	 *
	 * @return its output (stdout and stderr); fails if it exits non-zero
	 */
	public String exec(String... command) {
		String out = run(inNamespace(command), true);
		return out;
	}

	/**
	 * Makes cupsd present a new certificate: deletes the old one and restarts cupsd (keeping the queues).
	 */
	public void replaceCertificate() {
		try (var files = Files.list(keychain())) {
			for (Path p : files.toList()) {
				Files.delete(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		sandbox.restart();
	}

	/** Stops cupsd and deletes the namespace and the veth pair. */
	@Override
	public void close() {
		try {
			if (sandbox != null) {
				sandbox.close();
			}
		} finally {
			run(List.of("ip", "link", "del", hostInterface), false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			run(List.of("ip", "netns", "del", namespace), false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static boolean isRoot() {
		String uid = run(List.of("id", "-u"), false); //$NON-NLS-1$ //$NON-NLS-2$
		return uid != null && "0".equals(uid.trim()); //$NON-NLS-1$
	}

	/** {@return the output, or null when the command failed (and {@code check} is false)} */
	static String run(List<String> command, boolean check) {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " timed out"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (p.exitValue() != 0) {
				if (check) {
					throw new IllegalStateException(
							String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n" + out); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				return null;
			}
			return out;
		} catch (IOException e) {
			if (check) {
				throw new UncheckedIOException(e);
			}
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
