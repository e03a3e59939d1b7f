package org.cupola.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.cupola.ipp.codec.DecoderLimits;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;

/**
 * Decode (and encode) throughput of the IPP codec on the captured Get-Printer-Attributes(all) response and on a
 * synthetic 1,000-printer CUPS-Get-Printers response. Each case is JIT-warmed, then timed.
 * <p>
 * Usage: {@code CodecBench [--warmup-ms W] [--measure-ms M] [--captures DIR]}.
 */
public final class CodecBench {

	private static final int PRINTERS = 1000;
	/** Keeps results reachable so the JIT cannot drop the work. */
	private static volatile Object sink;

	private CodecBench() {
	}

	/**
	 * @param args see the class comment
	 */
	public static void main(final String[] args) throws IOException {
		final Args options = new Args(args);
		final long warmupMs = options.longValue("--warmup-ms", 3_000);
		final long measureMs = options.longValue("--measure-ms", 5_000);
		final List<Corpus.Named> cases = new ArrayList<>();
		for (final Corpus.Named capture : Corpus.load(Corpus.findCaptures(options.value("--captures")))) {
			if (capture.name().startsWith("get-printer-attributes-ipp-everywhere")
					|| capture.name().startsWith("ippeveprinter")) {
				cases.add(capture);
			}
		}
		cases.add(new Corpus.Named("synthetic CUPS-Get-Printers, " + PRINTERS + " printers", thousandPrinters()));
		System.out.printf(Locale.ROOT, "bench: %s, %d ms warm-up, %d ms measured per case%n",
				Runtime.version(), Long.valueOf(warmupMs), Long.valueOf(measureMs));
		for (final Corpus.Named c : cases) {
			final byte[] data = c.data();
			final IppMessage message = IppDecoder.decode(data);
			run(c.name() + " [decode byte[]]", data.length, warmupMs, measureMs, () -> IppDecoder.decode(data));
			run(c.name() + " [decode stream]", data.length, warmupMs, measureMs, () -> IppDecoder
					.decode(new BufferedInputStream(new ByteArrayInputStream(data)), DecoderLimits.DEFAULTS, null));
			run(c.name() + " [encode]", data.length, warmupMs, measureMs, () -> IppEncoder.encode(message));
		}
	}

	/** One operation-attributes group and {@value #PRINTERS} printer groups of about 25 attributes each. */
	static byte[] thousandPrinters() {
		final MessageGenerator generator = new MessageGenerator(new Random(42));
		final IppMessage.Builder builder = IppMessage.response(IppStatus.SUCCESSFUL_OK, 1);
		for (int i = 0; i < PRINTERS; i++) {
			final IppAttributeGroup printer = generator.printer(i);
			builder.group(IppTag.PRINTER_ATTRIBUTES);
			for (final IppAttribute attribute : printer.attributes()) {
				builder.attribute(attribute);
			}
		}
		return IppEncoder.encode(builder.build());
	}

	private static void run(final String name, final int bytes, final long warmupMs, final long measureMs,
			final Task task) throws IOException {
		loop(task, warmupMs);
		final long start = System.nanoTime();
		final long count = loop(task, measureMs);
		final double seconds = (System.nanoTime() - start) / 1e9;
		final double perSecond = count / seconds;
		System.out.printf(Locale.ROOT, "bench: %-62s %8d bytes %9.1f MB/s %10.0f messages/s%n", name,
				Integer.valueOf(bytes), Double.valueOf(perSecond * bytes / 1e6), Double.valueOf(perSecond));
	}

	private static long loop(final Task task, final long millis) throws IOException {
		final long end = System.nanoTime() + millis * 1_000_000;
		long count = 0;
		do {
			for (int i = 0; i < 16; i++) {
				sink = task.run();
			}
			count += 16;
		} while (System.nanoTime() < end);
		return count;
	}

	/** A benchmarked operation. */
	@FunctionalInterface
	private interface Task {
		Object run() throws IOException;
	}
}
