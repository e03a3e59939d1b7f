package org.cupola.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Printer;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.cups4j.CupsClient;
import org.cups4j.ipp.attributes.AttributeGroup;
import org.cups4j.operations.ipp.IppGetPrinterAttributesOperation;

import ch.ethz.vppserver.ippclient.IppResult;

/**
 * IPP client throughput against one running cupsd: CUPS-Get-Printers and Get-Printer-Attributes(all) of one queue,
 * with 1 and N concurrent clients, for Cupola's {@link CupsConnection} (shared by all threads, or one per thread),
 * cups4j 0.7.9 and pycups (a Python subprocess, {@code bench/pycups_bench.py}). Every cell: a warm-up, then a fixed
 * measured window; operations/s, median and p99 latency, and CPU seconds of the client process and of cupsd
 * ({@code /proc/PID/stat}) during the window. Prints one table (Markdown) at the end.
 * <p>
 * Usage: {@code IppBench --port P --cupsd-pid PID [--queue ipp-everywhere] [--threads 8] [--warmup-ms 2000]
 * [--measure-ms 5000] [--rounds 3] [--jit-warmup-ms 15000] [--python /usr/bin/python3]
 * [--pycups-script bench/pycups_bench.py] [--only REGEX]}. Every cell runs {@code --rounds} times, the rounds
 * interleaved, and the round with the median ops/s is reported (the machine is shared: a cell that another process
 * disturbed shows up in the "other CPU" column and the range).
 */
public final class IppBench {

	private static final String HOST = "127.0.0.1";
	private static final long CLK_TCK = 100; // USER_HZ on Linux
	/** pycups 2.0.1 Connection.getPrinters(): its fixed requested-attributes. */
	static final List<String> PYCUPS_GET_PRINTERS = List.of("printer-name", "printer-type", "printer-location",
			"printer-info", "printer-make-and-model", "printer-state", "printer-state-message",
			"printer-state-reasons", "printer-uri-supported", "device-uri", "printer-is-shared");
	/** cups4j 0.7.9 CupsGetPrintersOperation: its fixed requested-attributes. */
	static final List<String> CUPS4J_GET_PRINTERS = List.of("copies-supported", "page-ranges-supported",
			"printer-name", "printer-info", "printer-state", "printer-location", "printer-make-and-model",
			"printer-uri-supported", "media-supported", "media-default", "sides-supported", "sides-default",
			"orientation-requested-supported", "printer-resolution-supported", "printer", "printer-resolution-default",
			"number-up-default", "number-up-supported", "document-format-supported", "print-color-mode-supported",
			"print-color-mode-default", "device-uri");

	private static volatile Object sink;

	private final int port;
	private final String queue;
	private final long cupsdPid;
	private final long warmupMs;
	private final long measureMs;
	private final String python;
	private final String pycupsScript;
	private final List<Row> rows = new ArrayList<>();
	private final List<double[]> ranges = new ArrayList<>();
	private int rounds;

	private IppBench(final Args args) {
		this.port = Integer.parseInt(required(args, "--port"));
		this.cupsdPid = Long.parseLong(required(args, "--cupsd-pid"));
		this.queue = orDefault(args.value("--queue"), "ipp-everywhere");
		this.warmupMs = args.longValue("--warmup-ms", 2_000);
		this.measureMs = args.longValue("--measure-ms", 5_000);
		this.python = orDefault(args.value("--python"), "/usr/bin/python3");
		this.pycupsScript = orDefault(args.value("--pycups-script"), "bench/pycups_bench.py");
	}

	/**
	 * @param args see the class comment
	 */
	public static void main(final String[] args) throws Exception {
		final Args options = new Args(args);
		final IppBench bench = new IppBench(options);
		final int threads = (int) options.longValue("--threads", 8);
		final Pattern only = Pattern.compile(orDefault(options.value("--only"), ".*"));
		final int rounds = (int) options.longValue("--rounds", 3);
		bench.sizes();
		bench.jitWarmup(options.longValue("--jit-warmup-ms", 15_000));
		final List<Object[]> cells = new ArrayList<>();
		for (final Op op : Op.values()) {
			for (final int n : new int[] { 1, threads }) {
				for (final Client client : Client.values()) {
					if (n == 1 && client == Client.CUPOLA_PER_THREAD
							|| n != 1 && client == Client.CUPOLA_PYCUPS_LIST
							|| client == Client.CUPOLA_PYCUPS_LIST && op != Op.GET_PRINTERS) {
						continue; // at 1 thread per-thread == shared; the list variant: CUPS-Get-Printers, 1 thread
					}
					final String label = op.label + " | " + client.label(n) + " | " + n;
					if (only.matcher(label).find()) {
						cells.add(new Object[] { op, client, Integer.valueOf(n) });
					}
				}
			}
		}
		final List<List<Row>> results = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			results.add(new ArrayList<>());
		}
		for (int round = 1; round <= rounds; round++) {
			for (int i = 0; i < cells.size(); i++) {
				final Op op = (Op) cells.get(i)[0];
				final Client client = (Client) cells.get(i)[1];
				final int n = ((Integer) cells.get(i)[2]).intValue();
				final Row row = client == Client.PYCUPS ? bench.pycups(op, n) : bench.java(op, client, n);
				results.get(i).add(row);
				System.out.println("cell (round " + round + "): " + row);
			}
		}
		for (final List<Row> r : results) {
			final List<Row> sorted = new ArrayList<>(r);
			sorted.sort((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
			final Row median = sorted.get(sorted.size() / 2);
			bench.rows.add(median);
			bench.ranges.add(new double[] { sorted.get(0).perSecond(), sorted.get(sorted.size() - 1).perSecond() });
		}
		bench.rounds = rounds;
		bench.printTable();
	}

	/** The operations measured. */
	enum Op {
		GET_PRINTERS("CUPS-Get-Printers", "get-printers"), GPA_ALL("Get-Printer-Attributes(all)", "gpa-all");

		final String label;
		final String py;

		Op(final String label, final String py) {
			this.label = label;
			this.py = py;
		}
	}

	/** The clients measured. */
	enum Client {
		CUPOLA_SHARED, CUPOLA_PER_THREAD, CUPOLA_PYCUPS_LIST, CODEC_BLOCKING_SOCKET, CUPS4J, PYCUPS;

		String label(final int threads) {
			return switch (this) {
			case CUPOLA_SHARED -> threads == 1 ? "Cupola" : "Cupola, 1 shared CupsConnection";
			case CUPOLA_PER_THREAD -> "Cupola, 1 CupsConnection per thread";
			case CUPOLA_PYCUPS_LIST -> "Cupola send(), pycups' 11 attributes"
					+ (threads == 1 ? "" : ", shared");
			case CODEC_BLOCKING_SOCKET -> "experiment: Cupola codec on a blocking Socket, 1 per thread";
			case CUPS4J -> "cups4j 0.7.9";
			case PYCUPS -> "pycups 2.0.1 (libcups), 1 Connection per thread";
			};
		}
	}

	/** One measured cell. */
	record Row(Op op, String client, int threads, long ops, double seconds, double medianMs, double p99Ms,
			long errors, double clientUser, double clientSys, double cupsdCpu, double machineCpu, String note) {

		/** CPU used by everything else on the machine during the window (other users, kernel threads). */
		double otherCpu() {
			return Math.max(0, machineCpu - clientUser - clientSys - cupsdCpu);
		}

		double clientCpu() {
			return clientUser + clientSys;
		}

		double perSecond() {
			return ops / seconds;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%s | %s | %d thr | %.0f ops/s | median %.3f ms | p99 %.3f ms | errors %d | client %.0f%% cpu"
							+ " | cupsd %.0f%% cpu | other %.0f%% cpu | %s",
					op.label, client, Integer.valueOf(threads), Double.valueOf(perSecond()),
					Double.valueOf(medianMs), Double.valueOf(p99Ms), Long.valueOf(errors),
					Double.valueOf(100 * clientCpu() / seconds), Double.valueOf(100 * cupsdCpu / seconds),
					Double.valueOf(100 * otherCpu() / seconds), note);
		}
	}

	/** One operation of one client; each thread gets its own instance. */
	@FunctionalInterface
	private interface Call {
		Object run() throws Exception;
	}

	private Row java(final Op op, final Client client, final int threads) throws Exception {
		final CupsServer server = new CupsServer(false, HOST, port);
		final List<AutoCloseable> toClose = new ArrayList<>();
		final Call[] calls = new Call[threads];
		final CupsConnection shared = new CupsConnection(server, ConnectionOptions.DEFAULTS, null);
		toClose.add(shared);
		for (int i = 0; i < threads; i++) {
			calls[i] = switch (client) {
			case CUPOLA_SHARED -> cupola(shared, op);
			case CUPOLA_PER_THREAD -> {
				final CupsConnection own = new CupsConnection(server, ConnectionOptions.DEFAULTS, null);
				toClose.add(own);
				yield cupola(own, op);
			}
			case CUPOLA_PYCUPS_LIST -> {
				final AtomicLong ids = new AtomicLong();
				yield () -> shared.send(IppMessage.request(IppOperation.CUPS_GET_PRINTERS,
						(int) (ids.incrementAndGet() & 0x7FFFFFFF))
						.operation("requesting-user-name", IppTag.NAME, "bench")
						.operation("requested-attributes", IppTag.KEYWORD, PYCUPS_GET_PRINTERS.toArray()).build(),
						"/", null, null);
			}
			case CODEC_BLOCKING_SOCKET -> {
				final BlockingIppClient own = new BlockingIppClient(HOST, port);
				toClose.add(own);
				yield blocking(own, op);
			}
			case CUPS4J -> cups4j(op);
			case PYCUPS -> throw new IllegalStateException();
			};
		}
		final String note = describe(calls[0].run(), op);
		final long start = System.nanoTime() + 100_000_000L; // threads are started within 100 ms
		final long t0 = start + warmupMs * 1_000_000;
		final long t1 = t0 + measureMs * 1_000_000;
		final long[][] latencies = new long[threads][];
		final int[] counts = new int[threads];
		final long[] errors = new long[threads];
		final Thread[] workers = new Thread[threads];
		for (int i = 0; i < threads; i++) {
			final int index = i;
			workers[i] = new Thread(() -> {
				long[] mine = new long[1 << 14];
				int n = 0;
				final Call call = calls[index];
				while (System.nanoTime() < start) {
					Thread.onSpinWait();
				}
				while (true) {
					final long s = System.nanoTime();
					if (s >= t1) {
						break;
					}
					try {
						sink = call.run();
					} catch (final Exception e) {
						if (errors[index]++ == 0) {
							e.printStackTrace();
						}
						continue;
					}
					final long e = System.nanoTime();
					if (s >= t0 && e <= t1) {
						if (n == mine.length) {
							mine = Arrays.copyOf(mine, n * 2);
						}
						mine[n++] = e - s;
					}
				}
				latencies[index] = mine;
				counts[index] = n;
			}, "bench-" + i);
			workers[i].start();
		}
		sleepUntil(t0);
		final double[] c0 = processCpu();
		final double[] d0 = cpuOf(cupsdPid);
		final double m0 = machineBusy();
		sleepUntil(t1);
		final double[] c1 = processCpu();
		final double[] d1 = cpuOf(cupsdPid);
		final double m1 = machineBusy();
		for (final Thread w : workers) {
			w.join();
		}
		for (final AutoCloseable c : toClose) {
			c.close();
		}
		int total = 0;
		for (final int c : counts) {
			total += c;
		}
		final long[] all = new long[total];
		int at = 0;
		long errorCount = 0;
		for (int i = 0; i < threads; i++) {
			System.arraycopy(latencies[i], 0, all, at, counts[i]);
			at += counts[i];
			errorCount += errors[i];
		}
		Arrays.sort(all);
		System.gc(); // keep the next cell's window free of this cell's garbage
		return new Row(op, client.label(threads), threads, total, measureMs / 1000.0,
				total == 0 ? 0 : all[total / 2] / 1e6, total == 0 ? 0 : all[Math.min(total - 1, total * 99 / 100)] / 1e6,
				errorCount, c1[0] - c0[0], c1[1] - c0[1], d1[0] + d1[1] - d0[0] - d0[1], m1 - m0, note);
	}

	/**
	 * Runs every Java client call in turn on one thread so the first measured cells do not pay for the JIT (C2
	 * compiles of the codec, java.net.http and Apache HttpClient code).
	 */
	private void jitWarmup(final long millis) throws Exception {
		final CupsServer server = new CupsServer(false, HOST, port);
		try (CupsConnection connection = new CupsConnection(server, ConnectionOptions.DEFAULTS, null)) {
			final List<Call> calls = new ArrayList<>();
			final BlockingIppClient blocking = new BlockingIppClient(HOST, port);
			for (final Op op : Op.values()) {
				calls.add(cupola(connection, op));
				calls.add(blocking(blocking, op));
				calls.add(cups4j(op));
			}
			final long end = System.nanoTime() + millis * 1_000_000;
			long n = 0;
			while (System.nanoTime() < end) {
				for (final Call call : calls) {
					for (int i = 0; i < 50; i++) {
						sink = call.run();
						n++;
					}
				}
			}
			blocking.close();
			System.out.printf(Locale.ROOT, "jit warm-up: %d calls in %d ms%n", Long.valueOf(n), Long.valueOf(millis));
		}
	}

	private Call cupola(final CupsConnection connection, final Op op) {
		return switch (op) {
		case GET_PRINTERS -> () -> connection.getPrinters(null);
		case GPA_ALL -> () -> connection.getPrinterAttributes(queue, null, null);
		};
	}

	/** The same requests and the same result objects as CupsConnection, over {@link BlockingIppClient}. */
	private Call blocking(final BlockingIppClient client, final Op op) {
		final AtomicLong ids = new AtomicLong();
		final String path = "/printers/" + queue;
		final String uri = "ipp://" + HOST + ":" + port + path;
		return switch (op) {
		case GET_PRINTERS -> () -> client.post("/", IppMessage.request(IppOperation.CUPS_GET_PRINTERS,
				(int) (ids.incrementAndGet() & 0x7FFFFFFF))
				.operation("requesting-user-name", IppTag.NAME, "bench")
				.operation("requested-attributes", IppTag.KEYWORD, CupsConnection.PRINTER_ATTRIBUTES.toArray())
				.build()).groups(IppTag.PRINTER_ATTRIBUTES).stream().map(Printer::new).toList();
		case GPA_ALL -> () -> new Printer(client.post(path, IppMessage.request(IppOperation.GET_PRINTER_ATTRIBUTES,
				(int) (ids.incrementAndGet() & 0x7FFFFFFF)).operation("printer-uri", IppTag.URI, uri)
				.operation("requesting-user-name", IppTag.NAME, "bench")
				.operation("requested-attributes", IppTag.KEYWORD, "all").build())
				.group(IppTag.PRINTER_ATTRIBUTES));
		};
	}

	private Call cups4j(final Op op) throws Exception {
		final CupsClient client = new CupsClient(HOST, port);
		final URL printerUrl = new URL("http://" + HOST + ":" + port + "/printers/" + queue);
		final Map<String, String> map = new HashMap<>();
		map.put("requested-attributes", "all");
		map.put("requesting-user-name", "bench");
		return switch (op) {
		case GET_PRINTERS -> client::getPrinters;
		case GPA_ALL -> () -> new IppGetPrinterAttributesOperation(port).request(null, printerUrl, map, null);
		};
	}

	/** What one call returned: printers, or decoded attributes of the queue. */
	private static String describe(final Object result, final Op op) {
		if (result instanceof List<?> list) {
			return list.size() + " printers";
		}
		if (result instanceof Printer printer) {
			return printer.attributes().size() + " attributes (collections decoded)";
		}
		if (result instanceof IppResult r) {
			int attributes = 0;
			for (final AttributeGroup g : r.getAttributeGroupList()) {
				if ("printer-attributes-tag".equals(g.getTagName())) {
					attributes += g.getAttribute().size();
				}
			}
			return attributes + " attributes";
		}
		if (result instanceof IppMessage m) {
			return m.groups(IppTag.PRINTER_ATTRIBUTES).size() + " printers";
		}
		return String.valueOf(result);
	}

	private Row pycups(final Op op, final int threads) throws IOException, InterruptedException {
		final List<String> command = List.of(python, pycupsScript, "--port", Integer.toString(port), "--op", op.py,
				"--queue", queue, "--threads", Integer.toString(threads), "--warmup-ms", Long.toString(warmupMs),
				"--measure-ms", Long.toString(measureMs), "--cupsd-pid", Long.toString(cupsdPid));
		final Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String json;
		try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			json = r.readLine();
		}
		if (p.waitFor() != 0 || json == null) {
			throw new IOException("pycups cell failed: " + command);
		}
		final Map<String, String> v = parseFlatJson(json);
		final String sample = v.get("sample");
		return new Row(op, Client.PYCUPS.label(threads), threads, Long.parseLong(v.get("ops")),
				Double.parseDouble(v.get("seconds")), Double.parseDouble(v.get("median_ms")),
				Double.parseDouble(v.get("p99_ms")), Long.parseLong(v.get("errors")),
				Double.parseDouble(v.get("client_user_s")), Double.parseDouble(v.get("client_sys_s")),
				Double.parseDouble(v.get("cupsd_cpu_s")), Double.parseDouble(v.get("machine_cpu_s")),
				op == Op.GET_PRINTERS ? sample + " printers" : sample + " attributes");
	}

	/** Response sizes of the requests each client sends (re-encoded by Cupola's codec, byte-identical). */
	private void sizes() throws Exception {
		try (CupsConnection c = new CupsConnection(new CupsServer(false, HOST, port), null, null)) {
			final Map<String, List<String>> lists = new LinkedHashMap<>();
			lists.put("Cupola getPrinters (" + CupsConnection.PRINTER_ATTRIBUTES.size() + " attributes)",
					CupsConnection.PRINTER_ATTRIBUTES);
			lists.put("pycups getPrinters (" + PYCUPS_GET_PRINTERS.size() + " attributes)", PYCUPS_GET_PRINTERS);
			lists.put("cups4j getPrinters (" + CUPS4J_GET_PRINTERS.size() + " attributes)", CUPS4J_GET_PRINTERS);
			int id = 1;
			for (final Map.Entry<String, List<String>> e : lists.entrySet()) {
				final IppMessage response = c.send(IppMessage.request(IppOperation.CUPS_GET_PRINTERS, id++)
						.operation("requesting-user-name", IppTag.NAME, "bench")
						.operation("requested-attributes", IppTag.KEYWORD, e.getValue().toArray()).build(), "/",
						null, null);
				System.out.printf(Locale.ROOT, "size: CUPS-Get-Printers response, %s: %d bytes, %d printers%n",
						e.getKey(), Integer.valueOf(IppEncoder.encode(response).length),
						Integer.valueOf(response.groups(IppTag.PRINTER_ATTRIBUTES).size()));
			}
			final IppMessage gpa = c.send(IppMessage.request(IppOperation.GET_PRINTER_ATTRIBUTES, id)
					.operation("printer-uri", IppTag.URI, "ipp://" + HOST + ":" + port + "/printers/" + queue)
					.operation("requesting-user-name", IppTag.NAME, "bench")
					.operation("requested-attributes", IppTag.KEYWORD, "all").build(), "/printers/" + queue, null,
					null);
			final IppAttributeGroup group = gpa.group(IppTag.PRINTER_ATTRIBUTES);
			System.out.printf(Locale.ROOT, "size: Get-Printer-Attributes(all) response of %s: %d bytes, %d attributes%n",
					queue, Integer.valueOf(IppEncoder.encode(gpa).length), Integer.valueOf(group.size()));
		}
	}

	private void printTable() {
		System.out.println();
		System.out.println("| Operation | Client | Threads | ops/s | ops/s range | median ms | p99 ms "
				+ "| client CPU (user+sys) | cupsd CPU | other CPU | client µs CPU/op | cupsd µs CPU/op | errors "
				+ "| decoded |");
		System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
		for (int i = 0; i < rows.size(); i++) {
			final Row r = rows.get(i);
			System.out.printf(Locale.ROOT,
					"| %s | %s | %d | %,.0f | %,.0f-%,.0f | %.3f | %.3f | %.0f%% (%.0f+%.0f) | %.0f%% | %.0f%% | %.0f "
							+ "| %.0f | %d | %s |%n",
					r.op.label, r.client, Integer.valueOf(r.threads), Double.valueOf(r.perSecond()),
					Double.valueOf(ranges.get(i)[0]), Double.valueOf(ranges.get(i)[1]),
					Double.valueOf(r.medianMs), Double.valueOf(r.p99Ms), Double.valueOf(100 * r.clientCpu() / r.seconds),
					Double.valueOf(100 * r.clientUser / r.seconds), Double.valueOf(100 * r.clientSys / r.seconds),
					Double.valueOf(100 * r.cupsdCpu / r.seconds), Double.valueOf(100 * r.otherCpu() / r.seconds),
					Double.valueOf(r.ops == 0 ? 0 : 1e6 * r.clientCpu() / r.ops),
					Double.valueOf(r.ops == 0 ? 0 : 1e6 * r.cupsdCpu / r.ops), Long.valueOf(r.errors), r.note);
		}
		System.out.println();
		System.out.println("Each cell ran " + rounds + " times (rounds interleaved); shown: the round with the median"
				+ " ops/s, and the range over the rounds. CPU: % of ONE core during the measured window (the machine"
				+ " has " + Runtime.getRuntime().availableProcessors() + " cores); client = the whole JVM or python"
				+ " process; other = every other process and kernel thread on the machine.");
	}

	private static void sleepUntil(final long nanoTime) throws InterruptedException {
		long left;
		while ((left = nanoTime - System.nanoTime()) > 0) {
			Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
		}
	}

	/** Busy CPU seconds of the whole machine (all cores: user+nice+system+irq+softirq+steal), from /proc/stat. */
	static double machineBusy() throws IOException {
		final String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
		long busy = 0;
		for (final int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
			busy += Long.parseLong(f[i]);
		}
		return busy / (double) CLK_TCK;
	}

	/** {user, system} CPU seconds of this JVM (every thread: JIT and GC included). */
	private static double[] processCpu() throws IOException {
		return cpuOf(ProcessHandle.current().pid());
	}

	/** {utime, stime} of a process in seconds (all its threads), from /proc/PID/stat. */
	static double[] cpuOf(final long pid) throws IOException {
		final String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		final String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return new double[] { Long.parseLong(f[11]) / (double) CLK_TCK, Long.parseLong(f[12]) / (double) CLK_TCK };
	}

	private static Map<String, String> parseFlatJson(final String json) {
		final Map<String, String> map = new HashMap<>();
		final Matcher m = Pattern.compile("\"([a-z_0-9]+)\":\\s*([-0-9.eE]+)").matcher(json);
		while (m.find()) {
			map.put(m.group(1), m.group(2));
		}
		return map;
	}

	private static String required(final Args args, final String name) {
		final String v = args.value(name);
		if (v == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return v;
	}

	private static String orDefault(final String v, final String dflt) {
		return v == null ? dflt : v;
	}
}
