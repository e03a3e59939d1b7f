package org.cupola.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.MalformedIppException;
import org.cupola.testing.IppMutator;

import com.hp.jipp.encoding.IppPacket;

/**
 * Evaluation of jipp-core 0.7.16 against Cupola's robustness bar: the SAME mutated inputs as {@link CodecFuzz}
 * (same corpus, same per-input seeds, same {@link IppMutator}) are given to jipp's {@code IppPacket.parse(InputStream)}
 * and to Cupola's {@link IppDecoder}. Outcomes are counted, not fatal: success, an IOException-family parse error
 * (acceptable), any other exception or error (a crash: RuntimeException, OutOfMemoryError, StackOverflowError), and
 * a decode longer than the timeout (a hang). The first input of each crash kind is printed for replay. Then three
 * targeted probes: a lying value length, deeply nested collections and an endless stream of valid attributes.
 * <p>
 * Built only with {@code -Pjipp}. Usage: {@code JippFuzz [--iterations N] [--seed S] [--timeout-ms T]
 * [--captures DIR]}; run with {@code -Xmx256m}.
 */
public final class JippFuzz {

	private static final int GENERATED_SEEDS = 300;

	private final long timeoutMs;
	private ExecutorService worker = newWorker();

	private JippFuzz(final long timeoutMs) {
		this.timeoutMs = timeoutMs;
	}

	/**
	 * @param args see the class comment
	 */
	public static void main(final String[] args) throws Exception {
		final Args options = new Args(args);
		final long iterations = options.longValue("--iterations", 1_000_000);
		final long seed = options.longValue("--seed", 1);
		final long timeoutMs = options.longValue("--timeout-ms", 2_000);
		final Corpus.Seeds seeds = Corpus.fuzzSeeds(options.value("--captures"), seed, GENERATED_SEEDS);
		final List<byte[]> corpus = seeds.inputs();
		final int captures = seeds.captures();
		System.out.printf(Locale.ROOT, "jipp-fuzz: seed %d, %d captures + %d generated seeds, %d inputs, timeout %d ms,"
				+ " max heap %d MiB%n", Long.valueOf(seed), Integer.valueOf(captures), Integer.valueOf(GENERATED_SEEDS),
				Long.valueOf(iterations), Long.valueOf(timeoutMs),
				Long.valueOf(Runtime.getRuntime().maxMemory() >> 20));
		final JippFuzz fuzz = new JippFuzz(timeoutMs);
		for (final Corpus.Named capture : Corpus.load(Corpus.findCaptures(options.value("--captures")))) {
			if (capture.name().startsWith("get-printer-attributes-ipp-everywhere")) {
				throughput(capture, options.longValue("--bench-ms", 3_000));
			}
		}
		fuzz.fuzz(corpus, seed, iterations);
		fuzz.probes();
		fuzz.worker.shutdownNow();
		System.exit(0);
	}

	private static volatile Object sink;

	/** Decode throughput of both decoders on one valid capture, from a byte array stream, after a warm-up. */
	private static void throughput(final Corpus.Named capture, final long millis) throws Exception {
		final byte[] data = capture.data();
		for (final String decoder : new String[] { "jipp-core 0.7.16 IppPacket.parse", "Cupola IppDecoder.decode",
				"jipp-core 0.7.16 IppPacket.parse", "Cupola IppDecoder.decode" }) {
			final boolean jipp = decoder.startsWith("jipp");
			long n = 0;
			final long start = System.nanoTime();
			final long end = start + millis * 1_000_000;
			while (System.nanoTime() < end) {
				for (int i = 0; i < 16; i++) {
					sink = jipp ? IppPacket.parse(new ByteArrayInputStream(data))
							: IppDecoder.decode(new ByteArrayInputStream(data));
				}
				n += 16;
			}
			final double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "jipp-bench: %-36s %s (%d bytes): %6.1f MB/s, %7.0f messages/s%n", decoder,
					capture.name(), Integer.valueOf(data.length), Double.valueOf(n * data.length / seconds / 1e6),
					Double.valueOf(n / seconds));
		}
	}

	/** Same input derivation as CodecFuzz.makeInput (kept in sync by hand: the random draws must match). */
	private static byte[] makeInput(final Random random, final List<byte[]> corpus) {
		final int choice = random.nextInt(20);
		if (choice == 0) {
			return IppEncoder.encode(new MessageGenerator(random).message());
		}
		final byte[] base = choice == 1 ? IppEncoder.encode(new MessageGenerator(random).message())
				: corpus.get(random.nextInt(corpus.size()));
		return new IppMutator(random).mutate(base, corpus.get(random.nextInt(corpus.size())));
	}

	/** Outcome counts of one decoder. */
	private static final class Tally {
		final String name;
		long ok;
		long parseErrors;
		long hangs;
		long nanos;
		final Map<String, Long> crashes = new TreeMap<>();
		final Map<String, String> firstCrash = new TreeMap<>();

		Tally(final String name) {
			this.name = name;
		}

		long crashCount() {
			return crashes.values().stream().mapToLong(Long::longValue).sum();
		}

		void crash(final Throwable t, final long iteration, final byte[] input) {
			final String kind = t.getClass().getName();
			crashes.merge(kind, Long.valueOf(1), Long::sum);
			firstCrash.computeIfAbsent(kind, k -> "iteration " + iteration + " (" + input.length + " bytes): "
					+ String.valueOf(t.getMessage()).replace('\n', ' '));
		}

		void print(final long inputs) {
			System.out.printf(Locale.ROOT,
					"jipp-fuzz: %-22s %d inputs: %d ok, %d IOException parse errors, %d crashes, %d hangs;"
							+ " %.1f µs/input%n",
					name, Long.valueOf(inputs), Long.valueOf(ok), Long.valueOf(parseErrors),
					Long.valueOf(crashCount()), Long.valueOf(hangs), Double.valueOf(nanos / 1e3 / inputs));
			crashes.forEach((k, v) -> System.out.printf(Locale.ROOT, "jipp-fuzz:     %8d x %s, first: %s%n", v, k,
					firstCrash.get(k)));
		}
	}

	/** A decode that may hang or throw anything. */
	@FunctionalInterface
	private interface Decode {
		Object run(byte[] input) throws Exception;
	}

	private void fuzz(final List<byte[]> corpus, final long seed, final long iterations) throws InterruptedException {
		final Tally jipp = new Tally("jipp-core 0.7.16");
		final Tally cupola = new Tally("Cupola IppDecoder");
		final long start = System.nanoTime();
		for (long i = 0; i < iterations; i++) {
			final Random random = new Random(CodecFuzz.inputSeed(seed, i));
			final byte[] input = makeInput(random, corpus);
			run(jipp, i, input, in -> IppPacket.parse(new ByteArrayInputStream(in)));
			run(cupola, i, input, IppDecoder::decode);
			if ((i + 1) % 200_000 == 0) {
				System.out.printf(Locale.ROOT, "jipp-fuzz: %d inputs, %.0f s%n", Long.valueOf(i + 1),
						Double.valueOf((System.nanoTime() - start) / 1e9));
			}
		}
		jipp.print(iterations);
		cupola.print(iterations);
	}

	private void run(final Tally tally, final long iteration, final byte[] input, final Decode decode)
			throws InterruptedException {
		final long t0 = System.nanoTime();
		final Future<Object> future = worker.submit(() -> decode.run(input));
		try {
			future.get(timeoutMs, TimeUnit.MILLISECONDS);
			tally.ok++;
		} catch (final ExecutionException e) {
			final Throwable cause = e.getCause();
			if (cause instanceof IOException) { // MalformedIppException is one; EOFException for jipp
				tally.parseErrors++;
			} else {
				tally.crash(cause, iteration, input);
			}
		} catch (final TimeoutException e) {
			tally.hangs++;
			tally.firstCrash.putIfAbsent("hang", "iteration " + iteration);
			future.cancel(true);
			worker.shutdownNow();
			worker = newWorker(); // abandon the stuck thread (daemon)
		}
		tally.nanos += System.nanoTime() - t0;
	}

	private static ExecutorService newWorker() {
		return Executors.newSingleThreadExecutor(r -> {
			final Thread t = new Thread(r, "decode");
			t.setDaemon(true);
			return t;
		});
	}

	// ------------------------------------------------------------------------------------------------------------
	// Targeted probes

	private void probes() throws Exception {
		// 1. a lying value length: an octetString attribute claiming 65,535 bytes, followed by 10 bytes
		final ByteArrayOutputStream lying = header();
		lying.write(0x04); // printer-attributes-tag
		attribute(lying, 0x30, "x", new byte[0]);
		final byte[] lie = lying.toByteArray();
		lie[lie.length - 2] = (byte) 0xFF;
		lie[lie.length - 1] = (byte) 0xFF;
		final byte[] lyingInput = concat(lie, new byte[10]);
		probe("lying value length (65535 claimed, 10 present)", lyingInput);

		// 2. collections nested 100,000 deep (begCollection with member names, never closed)
		final ByteArrayOutputStream nested = header();
		nested.write(0x04);
		attribute(nested, 0x34, "c", new byte[0]);
		for (int i = 0; i < 100_000; i++) {
			attribute(nested, 0x4A, "", "m".getBytes());
			attribute(nested, 0x34, "", new byte[0]);
		}
		probe("collections nested 100,000 deep", nested.toByteArray());

		// 3. an endless response: valid keyword attributes forever (a hostile or broken server)
		final ByteArrayOutputStream head = header();
		head.write(0x04);
		final ByteArrayOutputStream one = new ByteArrayOutputStream();
		attribute(one, 0x44, "k", "some-keyword-value-0123456789".getBytes());
		final byte[] attr = one.toByteArray();
		final byte[] prefix = head.toByteArray();
		for (final String decoder : new String[] { "jipp", "Cupola" }) {
			final EndlessStream endless = new EndlessStream(prefix, attr);
			final long t0 = System.nanoTime();
			String outcome;
			try {
				worker.submit(() -> decoder.equals("jipp") ? IppPacket.parse(endless) : IppDecoder.decode(endless))
						.get(120, TimeUnit.SECONDS);
				outcome = "returned?!";
			} catch (final ExecutionException e) {
				outcome = e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
			} catch (final TimeoutException e) {
				outcome = "still reading after 120 s";
				worker.shutdownNow();
				worker = newWorker();
			}
			System.out.printf(Locale.ROOT, "jipp-probe: endless attribute stream: %-6s -> %s after %.1f s, %,d bytes"
					+ " read%n", decoder, outcome, Double.valueOf((System.nanoTime() - t0) / 1e9),
					Long.valueOf(endless.served));
			System.gc();
		}
	}

	/** A response header followed by the same valid attribute forever. */
	private static final class EndlessStream extends InputStream {
		private final byte[] prefix;
		private final byte[] attr;
		volatile long served;
		private int at;

		EndlessStream(final byte[] prefix, final byte[] attr) {
			this.prefix = prefix;
			this.attr = attr;
		}

		@Override
		public int read() {
			final long n = served++;
			if (n < prefix.length) {
				return prefix[(int) n] & 0xFF;
			}
			final int b = attr[at] & 0xFF;
			at = (at + 1) % attr.length;
			return b;
		}

		@Override
		public int read(final byte[] b, final int off, final int len) {
			for (int i = 0; i < len; i++) {
				b[off + i] = (byte) read();
			}
			return len;
		}
	}

	private void probe(final String name, final byte[] input) throws InterruptedException {
		final Runtime rt = Runtime.getRuntime();
		for (final String decoder : new String[] { "jipp", "Cupola" }) {
			System.gc();
			final long before = rt.totalMemory() - rt.freeMemory();
			final long t0 = System.nanoTime();
			String outcome;
			final Future<Object> f = worker.submit(() -> decoder.equals("jipp")
					? IppPacket.parse(new ByteArrayInputStream(input))
					: IppDecoder.decode(input));
			try {
				f.get(timeoutMs, TimeUnit.MILLISECONDS);
				outcome = "ok";
			} catch (final ExecutionException e) {
				outcome = e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
			} catch (final TimeoutException e) {
				outcome = "HANG";
				worker.shutdownNow();
				worker = newWorker();
			}
			System.out.printf(Locale.ROOT, "jipp-probe: %-48s %-6s -> %s (%.1f ms, heap delta %+d KiB)%n", name,
					decoder, outcome.length() > 120 ? outcome.substring(0, 120) : outcome,
					Double.valueOf((System.nanoTime() - t0) / 1e6),
					Long.valueOf((rt.totalMemory() - rt.freeMemory() - before) >> 10));
		}
	}

	private static ByteArrayOutputStream header() {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 2, 0, 0, 0, 0, 0, 0, 1, 0x01 }); // IPP/2.0 successful-ok, id 1, operation group
		attribute(out, 0x47, "attributes-charset", "utf-8".getBytes());
		attribute(out, 0x48, "attributes-natural-language", "en".getBytes());
		return out;
	}

	private static void attribute(final ByteArrayOutputStream out, final int tag, final String name,
			final byte[] value) {
		final byte[] n = name.getBytes();
		out.write(tag);
		out.write(n.length >> 8);
		out.write(n.length);
		out.writeBytes(n);
		out.write(value.length >> 8);
		out.write(value.length);
		out.writeBytes(value);
	}

	private static byte[] concat(final byte[] a, final byte[] b) {
		final byte[] r = new byte[a.length + b.length];
		System.arraycopy(a, 0, r, 0, a.length);
		System.arraycopy(b, 0, r, a.length, b.length);
		return r;
	}
}
