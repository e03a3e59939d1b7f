package org.cupola.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersPanel;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.PrinterLabels;
import org.cupola.ui.internal.jobs.JobsPanel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * Scale (issue 6): a server with 1,000 queues and a queue with 10,000 jobs, on a private cupsd of its own. Not a test:
 * its name keeps it out of the default run; run it with {@code -Dtest=ScaleBench}. It measures the fetch
 * (CUPS-Get-Printers, Get-Jobs), the time from data arrival to the first paint of {@link PrintersPanel} (virtual
 * tree) and {@link JobsPanel} (virtual table), how many rows were materialized, the paint time of each step while
 * scrolling to the bottom, and the heap used after GC. Figures go to stdout and to {@code target/bench-scale.txt}.
 * A plain, non-virtual SWT tree filled with the same 1,001 rows is measured as a control. No timing is asserted.
 * <p>
 * Set-up: the sandbox's {@code MaxJobs 500} is raised to unlimited (and {@code LogLevel} lowered to warn) by uploading
 * a changed cupsd.conf to this sandbox only; the queues are created with CUPS-Add-Modify-Printer (Generic PDF PPD,
 * device {@code file:/dev/null}) from several threads; the jobs with Create-Job and
 * {@code job-hold-until=indefinite} (held, no document), so they stay.
 */
class ScaleBench {

	private static final int QUEUES = Integer.getInteger("cupola.bench.queues", 1000).intValue();
	private static final int JOBS = Integer.getInteger("cupola.bench.jobs", 10_000).intValue();
	private static final int THREADS = 4;
	private static final String PPD = "lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd";
	private static final String BULK = "bulk";

	/** Paint times of one scroll to the bottom. */
	private record Scroll(int steps, double median, double p95, double max, double total) {
		@Override
		public String toString() {
			return String.format("%d steps: median %.1f ms, p95 %.1f ms, max %.1f ms (%.0f ms in all)", steps, median,
					p95, max, total);
		}
	}

	@Test
	void thousandQueuesAndTenThousandJobs() throws Exception {
		Display display = Display.getDefault();
		StringBuilder report = new StringBuilder();
		report.append(String.format("Cupola scale bench (issue 6), %s, %d CPUs, Java %s, SWT %s%n",
				LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
				Integer.valueOf(Runtime.getRuntime().availableProcessors()), System.getProperty("java.version"),
				SWT.getPlatform() + ' ' + SWT.getVersion()));
		try (CupsSandbox sandbox = CupsSandbox.start(false);
				CupsConnection c = new CupsConnection(sandbox.server(),
						ConnectionOptions.DEFAULTS.withReadTimeout(Duration.ofSeconds(120)), null)) {
			c.setCredentials(sandbox.adminCredentials());
			String conf = new String(c.getServerConfig(null), StandardCharsets.UTF_8);
			conf = conf.replaceAll("(?m)^MaxJobs .*$", "MaxJobs 0").replaceAll("(?m)^LogLevel .*$", "LogLevel warn");
			c.putServerConfig(conf.getBytes(StandardCharsets.UTF_8), null);

			long t = System.nanoTime();
			parallel(QUEUES, i -> addQueue(c, String.format("bench-%04d", Integer.valueOf(i)), i));
			double queuesSeconds = (System.nanoTime() - t) / 1e9;
			c.addModifyPrinter(BULK, PrinterSettings.builder().deviceUri("file:/dev/null").info("10,000 held jobs")
					.enabled(Boolean.TRUE).acceptingJobs(Boolean.TRUE).build(), null);
			t = System.nanoTime();
			// Create-Job needs no authentication here: without credentials cupsd skips a PAM check per request
			try (CupsConnection anonymous = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
				parallel(JOBS, i -> heldJob(anonymous, sandbox, i));
			}
			double jobsSeconds = (System.nanoTime() - t) / 1e9;
			report.append(String.format(
					"Set-up: %d queues in %.1f s (CUPS-Add-Modify-Printer, Generic PDF PPD, %d threads);"
							+ " %d held jobs on '%s' in %.1f s (Create-Job, job-hold-until=indefinite, %d threads)%n",
					Integer.valueOf(QUEUES), Double.valueOf(queuesSeconds), Integer.valueOf(THREADS),
					Integer.valueOf(JOBS), BULK, Double.valueOf(jobsSeconds), Integer.valueOf(THREADS)));

			// cupsd saves its job cache after a burst of jobs: let it settle before measuring
			long settle = System.nanoTime();
			c.getPrinters(null);
			c.getJobs(BULK, WhichJobs.NOT_COMPLETED, false, 0, null, null);
			report.append(String.format("Warm-up fetch of printers and jobs after the set-up: %.1f s%n",
					Double.valueOf((System.nanoTime() - settle) / 1e9)));

			// fetch alone: median of 3, and what the decoded data weighs
			List<Printer> printers = null;
			List<Double> printerFetch = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				long s = System.nanoTime();
				printers = c.getPrinters(null);
				printerFetch.add(Double.valueOf((System.nanoTime() - s) / 1e6));
			}
			assertEquals(QUEUES + 1, printers.size());
			List<Double> jobFetch = new ArrayList<>();
			List<Job> jobs = null;
			for (int i = 0; i < 3; i++) {
				long s = System.nanoTime();
				jobs = c.getJobs(BULK, WhichJobs.NOT_COMPLETED, false, 0, null, null);
				jobFetch.add(Double.valueOf((System.nanoTime() - s) / 1e6));
			}
			assertEquals(JOBS, jobs.size());
			printers = null;
			jobs = null;
			long noData = usedHeap();
			printers = c.getPrinters(null);
			long printersOnly = usedHeap();
			jobs = c.getJobs(BULK, WhichJobs.NOT_COMPLETED, false, 0, null, null);
			long printersAndJobs = usedHeap();
			jobs = null;
			double printersDataMb = (printersOnly - noData) / 1048576.0;
			double jobsDataMb = (printersAndJobs - printersOnly) / 1048576.0;

			Servers.Entry entry = new Servers.Entry(c, "scale bench");
			Results p = benchPrinters(display, entry, printers);
			Printer bulk = printers.stream().filter(x -> x.name().equals(BULK)).findFirst().orElseThrow();
			Results j = benchJobs(display, entry, new PrinterElement(entry, bulk));
			Results b = benchPlainTree(display, printers);

			report.append(String.format("%n| %-52s | %-44s | %-44s | %-44s |%n", "Measure",
					"Printers: " + (QUEUES + 1) + " queues, PrintersPanel (virtual tree)",
					"Jobs: " + JOBS + " held jobs, JobsPanel (virtual table)",
					"Control: plain SWT Tree, " + (QUEUES + 1) + " items pre-filled"));
			report.append("|").append("-".repeat(54)).append("|").append("-".repeat(46)).append("|")
					.append("-".repeat(46)).append("|").append("-".repeat(46)).append("|\n");
			row(report, "Fetch: CUPS-Get-Printers / Get-Jobs (median of 3)", ms(median(printerFetch)),
					ms(median(jobFetch)), "-");
			row(report, "Decoded data on the heap", mb(printersDataMb), mb(jobsDataMb), "-");
			row(report, "Data arrival (setInput) -> first paint", ms(p.arrivalToPaint), ms(j.arrivalToPaint),
					ms(b.arrivalToPaint) + " (creating the items)");
			row(report, "Refresh -> first paint (fetch + decode + paint)", ms(p.refreshToPaint),
					ms(j.refreshToPaint), "-");
			row(report, "Rows materialized after first paint", p.materialized + " of " + p.rows,
					j.materialized + " of " + j.rows, b.materialized + " of " + b.rows);
			row(report, "Scroll to bottom a page at a time, first pass: UI busy per step", p.scroll.toString(),
					j.scroll.toString(), b.scroll.toString());
			row(report, "  same, wall time from scroll to painted", p.scrollWall.toString(), j.scrollWall.toString(),
					b.scrollWall.toString());
			row(report, "Second pass (back to top, scroll down again): UI busy per step", p.scroll2.toString(),
					j.scroll2.toString(), b.scroll2.toString());
			row(report, "  same, wall time from scroll to painted", p.scrollWall2.toString(),
					j.scrollWall2.toString(), b.scrollWall2.toString());
			row(report, "Heap after GC: panel + data shown, first paint", mb(p.heapFirstPaint), mb(j.heapFirstPaint),
					mb(b.heapFirstPaint));
			row(report, "Heap after GC: after scrolling to the bottom", mb(p.heapAfterScroll), mb(j.heapAfterScroll),
					mb(b.heapAfterScroll));
			report.append(String.format(
					"%nHeap figures: used heap after GC minus the used heap before the panel was created (the fetched"
							+ " data itself is in the 'Decoded data' row; the Jobs panel fetches its own copy).%n"));
		}
		System.out.print(report);
		Path out = Paths.get("target", "bench-scale.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** Measurements of one panel. */
	private static final class Results {
		double arrivalToPaint;
		double refreshToPaint;
		int materialized;
		int rows;
		Scroll scroll;
		Scroll scrollWall;
		Scroll scroll2;
		Scroll scrollWall2;
		double heapFirstPaint;
		double heapAfterScroll;
	}

	private static Results benchPrinters(Display display, Servers.Entry entry, List<Printer> printers) {
		Results r = new Results();
		Shell shell = shell(display);
		long before = usedHeap();
		PrintersPanel panel = new PrintersPanel(shell, SWT.NONE);
		panel.setServers(() -> List.of(entry));
		shell.layout(true, true);
		flush(display);
		Tree tree = panel.getViewer().getTree();
		// data arrival -> first paint
		long[] painted = paintWatch(tree);
		long s = System.nanoTime();
		panel.show(entry, printers);
		waitPaint(display, tree, painted, s);
		r.arrivalToPaint = (painted[0] - s) / 1e6;
		r.rows = tree.getItem(0).getItemCount();
		r.materialized = materialized(tree.getItem(0));
		r.heapFirstPaint = (usedHeap() - before) / 1048576.0;
		// scroll to the bottom a page at a time
		TreeItem server = tree.getItem(0);
		int page = Math.max(1, tree.getClientArea().height / tree.getItemHeight() - 1);
		scrollTwice(display, tree, painted, r, page, i -> tree.setTopItem(server.getItem(i)));
		r.heapAfterScroll = (usedHeap() - before) / 1048576.0;
		// a refresh as the user triggers it: the fetch job, then the paint
		int count = panel.getRefreshCount();
		s = System.nanoTime();
		panel.refresh();
		long[] arrived = new long[1];
		UiWait.until(display, 60_000, () -> {
			if (panel.getRefreshCount() > count && arrived[0] == 0) {
				arrived[0] = System.nanoTime(); // the rows were set in the asyncExec that just ran
			}
			return arrived[0] != 0;
		});
		waitPaint(display, tree, painted, arrived[0]);
		r.refreshToPaint = (painted[0] - s) / 1e6;
		shell.dispose();
		return r;
	}

	private static Results benchJobs(Display display, Servers.Entry entry, PrinterElement bulk) {
		Results r = new Results();
		Shell shell = shell(display);
		long before = usedHeap();
		JobsPanel panel = new JobsPanel(shell, SWT.NONE);
		panel.setServers(() -> List.of(entry));
		int[] shown = new int[1]; // counted in an asyncExec queued after the panel's own
		panel.getModel().addListener(snapshot -> display.asyncExec(() -> shown[0]++));
		shell.layout(true, true);
		flush(display);
		Table table = panel.getViewer().getTable();
		long[] painted = paintWatch(table);
		long s = System.nanoTime();
		panel.showPrinters(List.of(bulk)); // fetches the queue's jobs in a job
		long[] arrived = new long[1];
		UiWait.until(display, 60_000, () -> {
			if (shown[0] > 0 && arrived[0] == 0) {
				arrived[0] = System.nanoTime(); // the rows were set in the asyncExec that just ran
			}
			return arrived[0] != 0;
		});
		waitPaint(display, table, painted, arrived[0]);
		r.refreshToPaint = (painted[0] - s) / 1e6;
		r.arrivalToPaint = (painted[0] - arrived[0]) / 1e6;
		r.rows = table.getItemCount();
		int filled = 0;
		for (int i = 0; i < r.rows; i++) {
			if (table.getItem(i).getData() != null) {
				filled++;
			}
		}
		r.materialized = filled;
		r.heapFirstPaint = (usedHeap() - before) / 1048576.0;
		int page = Math.max(1, table.getClientArea().height / table.getItemHeight() - 1);
		scrollTwice(display, table, painted, r, page, table::setTopIndex);
		r.heapAfterScroll = (usedHeap() - before) / 1048576.0;
		shell.dispose();
		return r;
	}

	/** The control: a plain (non-virtual) SWT tree filled with every row and its seven texts up front. */
	private static Results benchPlainTree(Display display, List<Printer> printers) {
		Results r = new Results();
		Shell shell = shell(display);
		long before = usedHeap();
		Tree tree = new Tree(shell, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		for (int i = 0; i < 7; i++) {
			new TreeColumn(tree, SWT.LEFT).setWidth(130);
		}
		shell.layout(true, true);
		flush(display);
		long[] painted = paintWatch(tree);
		long s = System.nanoTime();
		TreeItem server = new TreeItem(tree, SWT.NONE);
		server.setText("server");
		for (Printer p : printers) {
			TreeItem item = new TreeItem(server, SWT.NONE);
			item.setText(new String[] { PrinterLabels.name(p), PrinterLabels.state(p), PrinterLabels.message(p),
					PrinterLabels.accepting(p), PrinterLabels.shared(p), PrinterLabels.location(p),
					PrinterLabels.model(p) });
			item.setData(p);
		}
		server.setExpanded(true);
		waitPaint(display, tree, painted, s);
		r.arrivalToPaint = (painted[0] - s) / 1e6;
		r.refreshToPaint = Double.NaN;
		r.rows = server.getItemCount();
		r.materialized = r.rows;
		r.heapFirstPaint = (usedHeap() - before) / 1048576.0;
		int page = Math.max(1, tree.getClientArea().height / tree.getItemHeight() - 1);
		scrollTwice(display, tree, painted, r, page, i -> tree.setTopItem(server.getItem(i)));
		r.heapAfterScroll = (usedHeap() - before) / 1048576.0;
		shell.dispose();
		return r;
	}

	/**
	 * Scrolls to the bottom a page at a time, twice: the first pass is what a user sees first (rows materialized,
	 * label code not yet compiled by the JIT), the second one after scrolling back to the top is the steady state.
	 */
	private static void scrollTwice(Display display, Control control, long[] painted, Results r, int page,
			IntConsumer scrollTo) {
		for (int pass = 0; pass < 2; pass++) {
			List<Double> steps = new ArrayList<>();
			List<Double> wall = new ArrayList<>();
			for (int i = page; i < r.rows; i += page) {
				painted[0] = 0;
				long t = System.nanoTime();
				scrollTo.accept(i);
				steps.add(Double.valueOf(paintStep(display, control, painted, t, wall)));
			}
			if (pass == 0) {
				r.scroll = scroll(steps);
				r.scrollWall = scroll(wall);
				scrollTo.accept(0);
				flush(display);
			} else {
				r.scroll2 = scroll(steps);
				r.scrollWall2 = scroll(wall);
			}
		}
	}

	private static Shell shell(Display display) {
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 700);
		shell.open();
		flush(display);
		return shell;
	}

	/**
	 * Records in element 0 when the latest paint of the control ended: the Paint listener posts an {@code asyncExec},
	 * which runs once the native draw (and the SetData callbacks it triggers) has returned.
	 */
	private static long[] paintWatch(Control control) {
		long[] painted = new long[1];
		boolean[] posted = new boolean[1];
		control.addListener(SWT.Paint, e -> {
			if (!posted[0]) {
				posted[0] = true;
				control.getDisplay().asyncExec(() -> {
					posted[0] = false;
					painted[0] = System.nanoTime();
				});
			}
		});
		return painted;
	}

	/** Dispatches until the control painted after {@code since} (Paint listener), else forces a synchronous paint. */
	private static void waitPaint(Display display, Control control, long[] painted, long since) {
		long deadline = System.currentTimeMillis() + 5000;
		while (painted[0] < since && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
					// wake up
				});
				display.sleep();
			}
		}
		if (painted[0] < since) {
			control.update();
			if (painted[0] < since) {
				painted[0] = System.nanoTime(); // no Paint event from this toolkit: the synchronous update is done
			}
		}
		flush(display);
	}

	/**
	 * After a scroll started at {@code since}: dispatches until the control has painted the new rows (see
	 * {@link #paintWatch(Control)}; a virtual widget asks for the rows' data while it draws them) and returns the
	 * milliseconds the UI thread was busy meanwhile (the scroll call plus event dispatching, not the idle waits for
	 * the next frame), or NaN if it did not paint within 1 s. The wall time to the paint goes to {@code wall}.
	 */
	private static double paintStep(Display display, Control control, long[] painted, long since, List<Double> wall) {
		long deadline = System.currentTimeMillis() + 1000;
		long busy = System.nanoTime() - since;
		while (painted[0] == 0 && System.currentTimeMillis() < deadline) {
			long t = System.nanoTime();
			boolean worked = display.readAndDispatch();
			busy += System.nanoTime() - t;
			if (!worked) {
				display.timerExec(1, () -> {
					// wake up
				});
				display.sleep();
			}
		}
		if (painted[0] == 0) {
			return Double.NaN;
		}
		wall.add(Double.valueOf((painted[0] - since) / 1e6));
		long t = System.nanoTime();
		flush(display);
		busy += System.nanoTime() - t;
		return busy / 1e6;
	}

	private static int materialized(TreeItem parent) {
		int n = 0;
		for (TreeItem item : parent.getItems()) {
			if (item.getData() != null) {
				n++;
			}
		}
		return n;
	}

	private static void flush(Display display) {
		while (display.readAndDispatch()) {
			// run what is pending
		}
	}

	private static Scroll scroll(List<Double> all) {
		List<Double> steps = all.stream().filter(d -> !d.isNaN()).toList();
		List<Double> sorted = new ArrayList<>(steps);
		Collections.sort(sorted);
		double total = steps.stream().mapToDouble(Double::doubleValue).sum();
		return new Scroll(sorted.size(), quantile(sorted, 0.5), quantile(sorted, 0.95), quantile(sorted, 1.0), total);
	}

	private static double quantile(List<Double> sorted, double q) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
		return sorted.get(Math.max(0, i)).doubleValue();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return quantile(sorted, 0.5);
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void addQueue(CupsConnection c, String name, int i) throws IppException {
		c.addModifyPrinter(name,
				PrinterSettings.builder().deviceUri("file:/dev/null").ppdName(PPD).info("Bench queue " + i)
						.location("Rack " + i % 20).shared(Boolean.FALSE).enabled(Boolean.TRUE)
						.acceptingJobs(Boolean.TRUE).build(),
				null);
	}

	private static void heldJob(CupsConnection c, CupsSandbox sandbox, int i) throws IppException {
		IppMessage request = IppMessage.request(IppOperation.CREATE_JOB, i + 1)
				.operation("printer-uri", IppTag.URI, sandbox.server().ippUri("/printers/" + BULK))
				.operation("requesting-user-name", IppTag.NAME, sandbox.adminUser())
				.operation("job-name", IppTag.NAME, "bench document " + i).group(IppTag.JOB_ATTRIBUTES)
				.attribute("job-hold-until", IppTag.KEYWORD, "indefinite").build();
		IppMessage response = c.send(request, "/printers/" + BULK, "creating a held job", null);
		if (!IppStatus.isSuccess(response.status())) {
			throw new IppException("Create-Job " + i + ": " + IppStatus.name(response.status()));
		}
	}

	/** Runs count tasks on {@link #THREADS} threads; the first failure is thrown. */
	private static void parallel(int count, ThrowingIntConsumer task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			int chunk = (count + THREADS - 1) / THREADS;
			for (int tIndex = 0; tIndex < THREADS; tIndex++) {
				int from = tIndex * chunk;
				int to = Math.min(count, from + chunk);
				futures.add(pool.submit(() -> {
					for (int i = from; i < to; i++) {
						task.accept(i);
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** An int consumer that may fail. */
	@FunctionalInterface
	private interface ThrowingIntConsumer {
		void accept(int i) throws Exception;
	}

	private static void row(StringBuilder report, String measure, String printers, String jobs, String control) {
		report.append(String.format("| %-52s | %-44s | %-44s | %-44s |%n", measure, printers, jobs, control));
	}

	private static String ms(double value) {
		return String.format("%.0f ms", Double.valueOf(value));
	}

	private static String mb(double value) {
		return String.format("%.1f MB", Double.valueOf(value));
	}
}
