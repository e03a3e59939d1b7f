package org.cupola.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.codec.DecoderLimits;
import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;

/**
 * EXPERIMENT: where the time of CupsConnection's transport goes. One thread sends the same encoded
 * CUPS-Get-Printers request over java.net.http.HttpClient configured in several ways (the executor the client
 * hands its callbacks to; how the body is received) and reports ops/s, median/p99 latency and CPU µs per operation
 * of this JVM. Nothing here is product code.
 * <p>
 * Usage: {@code HttpClientProbe --port P [--warmup-ms 4000] [--measure-ms 4000]}
 */
public final class HttpClientProbe {

	private static volatile Object sink;

	private HttpClientProbe() {
	}

	/**
	 * @param args see the class comment
	 */
	public static void main(final String[] args) throws Exception {
		final Args options = new Args(args);
		final int port = Integer.parseInt(options.value("--port"));
		final long warmupMs = options.longValue("--warmup-ms", 4_000);
		final long measureMs = options.longValue("--measure-ms", 4_000);
		final byte[] body = IppEncoder.encode(IppMessage.request(IppOperation.CUPS_GET_PRINTERS, 1)
				.operation("requesting-user-name", IppTag.NAME, "bench")
				.operation("requested-attributes", IppTag.KEYWORD, CupsConnection.PRINTER_ATTRIBUTES.toArray())
				.build());
		final URI uri = URI.create("http://127.0.0.1:" + port + "/");
		final long passes = options.longValue("--passes", 2);
		for (int pass = 1; pass <= passes; pass++) {
		System.out.println("probe: pass " + pass + (pass < passes ? " (JIT warm-up of every variant)" : ""));
		for (final String executor : new String[] { "direct", "default", "cached-pool (as HttpTransport)" }) {
			for (final String handler : new String[] { "ofInputStream", "ofByteArray",
					"ofInputStream, body fromPublisher(ofByteArrays) (as HttpTransport)" }) {
				final ExecutorService pool = executor.startsWith("cached") ? Executors.newCachedThreadPool() : null;
				final HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
				if (pool != null) {
					builder.executor(pool);
				} else if (executor.equals("direct")) {
					builder.executor(Runnable::run);
				}
				try (HttpClient client = builder.build()) {
					final Task task = () -> {
						final HttpRequest request = HttpRequest.newBuilder(uri)
								.header("Content-Type", "application/ipp")
								.POST(handler.contains("fromPublisher")
										? HttpRequest.BodyPublishers.fromPublisher(
												HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(body)),
												body.length)
										: HttpRequest.BodyPublishers.ofByteArray(body))
								.build();
						if (handler.equals("ofByteArray")) {
							return IppDecoder.decode(client.send(request, HttpResponse.BodyHandlers.ofByteArray())
									.body());
						}
						try (InputStream in = client.send(request, HttpResponse.BodyHandlers.ofInputStream())
								.body()) {
							return IppDecoder.decode(in, DecoderLimits.DEFAULTS, null);
						}
					};
					run(executor + ", " + handler, task, warmupMs, measureMs);
				}
				if (pool != null) {
					pool.shutdownNow();
				}
			}
		}
		}
	}

	private static void run(final String name, final Task task, final long warmupMs, final long measureMs)
			throws Exception {
		long end = System.nanoTime() + warmupMs * 1_000_000;
		while (System.nanoTime() < end) {
			sink = task.run();
		}
		long[] lat = new long[1 << 16];
		int n = 0;
		final double[] c0 = IppBench.cpuOf(ProcessHandle.current().pid());
		final long start = System.nanoTime();
		end = start + measureMs * 1_000_000;
		long now = start;
		while (now < end) {
			sink = task.run();
			final long e = System.nanoTime();
			if (n == lat.length) {
				lat = Arrays.copyOf(lat, n * 2);
			}
			lat[n++] = e - now;
			now = e;
		}
		final double seconds = (now - start) / 1e9;
		final double[] c1 = IppBench.cpuOf(ProcessHandle.current().pid());
		Arrays.sort(lat, 0, n);
		final double cpu = c1[0] + c1[1] - c0[0] - c0[1];
		System.out.printf(Locale.ROOT,
				"probe: %-100s %6.0f ops/s  median %.3f ms  p99 %.3f ms  client CPU %3.0f%% (%3.0f µs/op)%n", name,
				Double.valueOf(n / seconds), Double.valueOf(lat[n / 2] / 1e6), Double.valueOf(lat[n * 99 / 100] / 1e6),
				Double.valueOf(100 * cpu / seconds), Double.valueOf(1e6 * cpu / n));
	}

	/** One request. */
	@FunctionalInterface
	private interface Task {
		Object run() throws IOException, InterruptedException;
	}
}
