package org.cupola.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.TrustPrompt;

/**
 * Cupola over plain IPP and over TLS (ipps) on ONE connection (CUPS-Get-Printers, Get-Printer-Attributes(all)), and
 * the first request on a new connection (TCP, TLS handshake and trust decision, CUPS-Get-Printers). The self-signed
 * certificate of the private cupsd is trusted for the session. Prints one line per cell:
 * {@code Cupola | MODE | OP | ops/s | median ms}. Run by bench/run-tls-bench.sh.
 */
public final class TlsBench {

	private TlsBench() {
	}

	/** A measured call. */
	@FunctionalInterface
	interface Call {
		void run() throws Exception;
	}

	public static void main(String[] args) throws Exception {
		Args a = new Args(args);
		String host = get(a, "--host", "127.0.0.1"); //$NON-NLS-1$ //$NON-NLS-2$
		int port = Integer.parseInt(get(a, "--port", null)); //$NON-NLS-1$
		String queue = get(a, "--queue", "ipp-everywhere"); //$NON-NLS-1$ //$NON-NLS-2$
		long warmup = Long.parseLong(get(a, "--warmup-ms", "1000")); //$NON-NLS-1$ //$NON-NLS-2$
		long measure = Long.parseLong(get(a, "--measure-ms", "3000")); //$NON-NLS-1$ //$NON-NLS-2$
		int first = Integer.parseInt(get(a, "--first", "100")); //$NON-NLS-1$ //$NON-NLS-2$
		TrustPrompt session = r -> TrustPrompt.Decision.TRUST_FOR_SESSION;
		for (boolean secure : new boolean[] { false, true }) {
			String mode = secure ? "ipps" : "ipp"; //$NON-NLS-1$ //$NON-NLS-2$
			CupsServer server = new CupsServer(secure, host, port);
			try (CupsConnection c = new CupsConnection(server, ConnectionOptions.DEFAULTS, null)) {
				c.setTrustPrompt(session);
				c.getPrinters(null);
				ConnectionSecurity security = c.security();
				System.out.println("# " + mode + ": " + security.kind() //$NON-NLS-1$ //$NON-NLS-2$
						+ (security.tlsProtocol() == null ? "" : " " + security.tlsProtocol())); //$NON-NLS-1$ //$NON-NLS-2$
				report(mode, "CUPS-Get-Printers", loop(() -> c.getPrinters(null), warmup, measure)); //$NON-NLS-1$
				report(mode, "Get-Printer-Attributes(all)", //$NON-NLS-1$
						loop(() -> c.getPrinterAttributes(queue, null, null), warmup, measure));
			}
			List<Double> lat = new ArrayList<>();
			for (int i = 0; i < first + 10; i++) {
				long s = System.nanoTime();
				try (CupsConnection c = new CupsConnection(server, ConnectionOptions.DEFAULTS, null)) {
					c.setTrustPrompt(session);
					c.getPrinters(null);
				}
				if (i >= 10) { // the first ten warm the JIT
					lat.add(Double.valueOf((System.nanoTime() - s) / 1e6));
				}
			}
			Collections.sort(lat);
			System.out.printf("Cupola | %s | first request on a new connection | - | median %.3f ms%n", mode,
					lat.get(lat.size() / 2));
		}
		CertificatePins.clearSession();
	}

	private static double[] loop(Call call, long warmupMs, long measureMs) throws Exception {
		long endWarm = System.nanoTime() + warmupMs * 1_000_000;
		while (System.nanoTime() < endWarm) {
			call.run();
		}
		List<Double> lat = new ArrayList<>();
		long t0 = System.nanoTime();
		long end = t0 + measureMs * 1_000_000;
		while (true) {
			long s = System.nanoTime();
			call.run();
			long e = System.nanoTime();
			lat.add(Double.valueOf((e - s) / 1e6));
			if (e >= end) {
				break;
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		Collections.sort(lat);
		return new double[] { lat.size() / seconds, lat.get(lat.size() / 2).doubleValue() };
	}

	private static String get(Args a, String name, String dflt) {
		String v = a.value(name);
		if (v == null && dflt == null) {
			throw new IllegalArgumentException(name + " is required"); //$NON-NLS-1$
		}
		return v == null ? dflt : v;
	}

	private static void report(String mode, String op, double[] r) {
		System.out.printf("Cupola | %s | %s | %.0f ops/s | median %.3f ms%n", mode, op, Double.valueOf(r[0]),
				Double.valueOf(r[1]));
	}
}
