package org.cupola.bench;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.cupola.ipp.codec.DecoderLimits;
import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.MalformedIppException;
import org.cupola.testing.ChunkedInputStream;
import org.cupola.testing.IppMutator;

/**
 * Deterministic mutation fuzzer for {@link IppDecoder}. Inputs are derived from the captured responses plus
 * generated messages; each input has its own seed ({@code --seed} and the iteration number), so any failure can be
 * replayed with {@code --from I --iterations 1}. Only success or {@link MalformedIppException} is acceptable;
 * successfully decoded messages must also re-encode and decode to an equal message. Any other outcome is a crash,
 * a decode running longer than {@code --timeout-ms} is a hang; both print the input as hex and exit with status 1.
 * <p>
 * Usage: {@code CodecFuzz [--iterations N] [--seed S] [--timeout-ms T] [--from I] [--captures DIR]}. Run with a
 * small heap (e.g. {@code -Xmx256m}) so that an unbounded allocation shows up as an OutOfMemoryError.
 */
public final class CodecFuzz {

	private static final int GENERATED_SEEDS = 300;

	private long ok;
	private long malformed;
	private long streamed;
	private long notReencodable;

	private CodecFuzz() {
	}

	/**
	 * @param args see the class comment
	 */
	public static void main(final String[] args) throws Exception {
		final Args options = new Args(args);
		final long iterations = options.longValue("--iterations", 100_000);
		final long seed = options.longValue("--seed", 1);
		final long timeoutMs = options.longValue("--timeout-ms", 2_000);
		final long from = options.longValue("--from", 0);
		final Corpus.Seeds seeds = Corpus.fuzzSeeds(options.value("--captures"), seed, GENERATED_SEEDS);
		final List<byte[]> corpus = seeds.inputs();
		final int captures = seeds.captures();
		System.out.printf(Locale.ROOT, "fuzz: seed %d, %d captures + %d generated seeds, timeout %d ms%n",
				Long.valueOf(seed), Integer.valueOf(captures), Integer.valueOf(GENERATED_SEEDS),
				Long.valueOf(timeoutMs));
		new CodecFuzz().run(corpus, seed, from, iterations, timeoutMs);
	}

	private void run(final List<byte[]> corpus, final long seed, final long from, final long iterations,
			final long timeoutMs) throws InterruptedException {
		final Watchdog watchdog = new Watchdog(timeoutMs, seed);
		watchdog.start();
		final long start = System.nanoTime();
		for (long i = from; i < from + iterations; i++) {
			final long inputSeed = inputSeed(seed, i);
			final Random random = new Random(inputSeed);
			final byte[] input = makeInput(random, corpus);
			final boolean stream = random.nextInt(4) == 0;
			watchdog.begin(i, input);
			try {
				final IppMessage message = stream ? IppDecoder.decode(new ChunkedInputStream(input, random),
						DecoderLimits.DEFAULTS, null) : IppDecoder.decode(input);
				ok++;
				checkRoundTrip(message, random);
			} catch (final MalformedIppException e) {
				malformed++;
			} catch (final Throwable t) { // NOPMD: the point is to catch everything, OOM and StackOverflow included
				watchdog.end();
				crash(seed, i, inputSeed, input, t);
			}
			watchdog.end();
			if (stream) {
				streamed++;
			}
		}
		final double seconds = (System.nanoTime() - start) / 1e9;
		watchdog.interrupt();
		System.out.printf(Locale.ROOT, "fuzz: %d inputs, %d ok, %d malformed, 0 crashes, 0 hangs, %.0f inputs/s%n",
				Long.valueOf(iterations), Long.valueOf(ok), Long.valueOf(malformed),
				Double.valueOf(iterations / seconds));
		System.out.printf(Locale.ROOT,
				"fuzz: %.1f s, %d decoded from chunked streams, %d decoded messages not re-encodable"
						+ " (value > 32767 bytes after UTF-8 repair)%n",
				Double.valueOf(seconds), Long.valueOf(streamed), Long.valueOf(notReencodable));
	}

	/** SplitMix64 of seed and iteration: independent, reproducible per-input seeds. */
	static long inputSeed(final long seed, final long iteration) {
		long z = seed * 0x9E3779B97F4A7C15L + iteration + 0x632BE59BD9B4E019L;
		z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
		z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
		return z ^ z >>> 31;
	}

	private static byte[] makeInput(final Random random, final List<byte[]> corpus) {
		final int choice = random.nextInt(20);
		if (choice == 0) {
			return IppEncoder.encode(new MessageGenerator(random).message()); // valid
		}
		final byte[] base = choice == 1 ? IppEncoder.encode(new MessageGenerator(random).message())
				: corpus.get(random.nextInt(corpus.size()));
		return new IppMutator(random).mutate(base, corpus.get(random.nextInt(corpus.size())));
	}

	/** A decoded message must re-encode and decode to an equal message; toString must not fail. */
	private void checkRoundTrip(final IppMessage message, final Random random) throws MalformedIppException {
		final byte[] encoded;
		try {
			encoded = IppEncoder.encode(message);
		} catch (final IllegalArgumentException e) {
			if (e.getMessage().contains("exceeds 32767")) {
				notReencodable++; // invalid UTF-8 was replaced by U+FFFD (3 bytes each)
				return;
			}
			throw e;
		}
		final IppMessage again = IppDecoder.decode(encoded);
		if (!again.equals(message)) {
			throw new AssertionError("re-encoded message decodes differently");
		}
		if (random.nextInt(16) == 0) {
			message.toString();
			message.groups().forEach(g -> g.attributes().forEach(Object::toString));
		}
	}

	private static void crash(final long seed, final long iteration, final long inputSeed, final byte[] input,
			final Throwable t) {
		System.out.printf(Locale.ROOT,
				"CRASH: seed %d, iteration %d (input seed 0x%016x, replay with --seed %d --from %d --iterations 1)%n",
				Long.valueOf(seed), Long.valueOf(iteration), Long.valueOf(inputSeed), Long.valueOf(seed),
				Long.valueOf(iteration));
		t.printStackTrace(System.out);
		System.out.println("input (" + input.length + " bytes): " + HexFormat.of().formatHex(input));
		System.out.flush();
		Runtime.getRuntime().halt(1);
	}

	/** Detects a decode that runs longer than the timeout; halts the VM after printing the input. */
	private static final class Watchdog extends Thread {
		private final long timeoutNanos;
		private final long seed;
		private volatile long iteration = -1;
		private volatile long started;
		private volatile byte[] input;

		Watchdog(final long timeoutMs, final long seed) {
			super("fuzz-watchdog");
			setDaemon(true);
			this.timeoutNanos = timeoutMs * 1_000_000;
			this.seed = seed;
		}

		void begin(final long i, final byte[] data) {
			input = data;
			started = System.nanoTime();
			iteration = i;
		}

		void end() {
			iteration = -1;
		}

		@Override
		public void run() {
			final long sleepMs = Math.max(5, timeoutNanos / 4_000_000);
			try {
				while (!isInterrupted()) {
					Thread.sleep(sleepMs);
					final long i = iteration;
					if (i >= 0 && System.nanoTime() - started > timeoutNanos && i == iteration) {
						System.out.printf(Locale.ROOT, "HANG: seed %d, iteration %d ran longer than %d ms%n",
								Long.valueOf(seed), Long.valueOf(i), Long.valueOf(timeoutNanos / 1_000_000));
						System.out.println("input (" + input.length + " bytes): " + HexFormat.of().formatHex(input));
						System.out.flush();
						Runtime.getRuntime().halt(1);
					}
				}
			} catch (final InterruptedException e) {
				// finished
			}
		}
	}
}
