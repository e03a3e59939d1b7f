package org.cupola.fleet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cupola.fleet.ServerHealth;
import org.cupola.fleet.Site;
import org.cupola.fleet.SiteApply;
import org.cupola.fleet.SiteDiff;
import org.cupola.fleet.SiteExport;
import org.cupola.fleet.ui.FleetPanel;
import org.cupola.fleet.ui.FleetRow;
import org.cupola.fleet.ui.internal.ApplyPlanDialog;
import org.cupola.fleet.ui.internal.FleetActions;
import org.cupola.fleet.ui.internal.FleetCompareDialog;
import org.cupola.fleet.ui.internal.FleetOperations;
import org.cupola.fleet.ui.internal.SiteCompareInput;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.Servers;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fleet view's content without the workbench, against two real private cupsd that differ in one queue ("broken"
 * is deleted from the second): both rows show their health; Compare shows that one difference in words and as a
 * text comparison; Apply previews the plan, applies it, and then the servers compare equal, for Cupola and for
 * lpstat.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetViewTest {

	private static final ConnectionOptions OPTIONS = ConnectionOptions.DEFAULTS
			.withConnectTimeout(Duration.ofSeconds(3)).withReadTimeout(Duration.ofSeconds(20));

	private static CupsSandbox a;
	private static CupsSandbox b;
	private static CupsConnection ca;
	private static CupsConnection cb;
	private static Servers.Entry ea;
	private static Servers.Entry eb;
	@TempDir
	static Path tmp;

	private Display display;
	private Shell shell;
	private FleetPanel panel;

	@BeforeAll
	static void start() throws Exception {
		CompletableFuture<CupsSandbox> second = CompletableFuture.supplyAsync(() -> CupsSandbox.start(true));
		a = CupsSandbox.start(true);
		b = second.join();
		ca = new CupsConnection(a.server(), OPTIONS, null);
		ca.setCredentials(a.adminCredentials());
		cb = new CupsConnection(b.server(), OPTIONS, null);
		cb.setCredentials(b.adminCredentials());
		// each sandbox has its own virtual IPP printer behind "ipp-everywhere": not a difference this test is about
		ca.deletePrinter("ipp-everywhere", null); //$NON-NLS-1$
		cb.deletePrinter("ipp-everywhere", null); //$NON-NLS-1$
		cb.deletePrinter("broken", null); //$NON-NLS-1$
		ea = new Servers.Entry(ca, "office"); //$NON-NLS-1$
		eb = new Servers.Entry(cb, "lab"); //$NON-NLS-1$
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable c : new AutoCloseable[] { ca, cb, a, b }) {
			try {
				if (c != null) {
					c.close();
				}
			} catch (Exception e) {
				// closing
			}
		}
	}

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setText("Fleet"); //$NON-NLS-1$
		shell.setLayout(new FillLayout());
		panel = new FleetPanel(shell, SWT.NONE);
		panel.setServers(() -> List.of(ea, eb));
		shell.setSize(1240, 240);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private FleetRow row(Servers.Entry e) {
		return panel.getRows().stream().filter(r -> r.entry() == e).findFirst().orElseThrow();
	}

	private <T> T await(CupsJob<T> job) throws Exception {
		UiWait.until(display, 60_000, () -> job.result().isDone());
		return job.result().get(0, TimeUnit.SECONDS);
	}

	@Test
	@Order(1)
	void listsTheServersWithTheirHealthAndRefreshesLive() throws IOException {
		try (CupsConnection nobody = new CupsConnection(
				new org.cupola.ipp.CupsServer(false, "127.0.0.1", CupsSandbox.freePort()), OPTIONS, null)) { //$NON-NLS-1$
			Servers.Entry dead = new Servers.Entry(nobody, "gone"); //$NON-NLS-1$
			panel.setServers(() -> List.of(ea, eb, dead));
			listsTheServers();
		}
	}

	private void listsTheServers() {
		panel.setInterval(Duration.ofMillis(200));
		panel.refresh();
		UiWait.until(display, 30_000, () -> panel.getRows().stream().allMatch(r -> r.health() != null));
		ServerHealth ha = row(ea).health();
		ServerHealth hb = row(eb).health();
		assertTrue(ha.reachable() && hb.reachable());
		assertEquals(4, ha.queues());
		assertEquals(3, hb.queues());
		TableItem[] items = panel.getViewer().getTable().getItems();
		assertEquals(3, items.length);
		assertEquals("Unreachable", items[2].getText(1)); //$NON-NLS-1$
		assertFalse(items[2].getText(6).isBlank(), "last error"); //$NON-NLS-1$
		assertEquals("\u2014", items[2].getText(4)); //$NON-NLS-1$
		assertTrue(items[0].getText(0).contains(a.server().toString()) && items[0].getText(0).contains("office"), //$NON-NLS-1$
				items[0].getText(0));
		assertEquals("Warning", items[0].getText(1)); // a stopped and a rejecting queue //$NON-NLS-1$
		assertTrue(items[0].getText(2).matches("\\d+\\.\\d+.*"), items[0].getText(2)); //$NON-NLS-1$
		assertEquals("not encrypted", items[0].getText(3)); //$NON-NLS-1$
		assertEquals("4; stopped: paused; rejecting: rejecting", items[0].getText(4)); //$NON-NLS-1$
		assertEquals("0", items[0].getText(5)); //$NON-NLS-1$
		assertEquals("3; stopped: paused; rejecting: rejecting", items[1].getText(4)); //$NON-NLS-1$
		assertNotNull(items[0].getImage(0), "health icon"); //$NON-NLS-1$

		// live: later checks arrive by themselves and keep the selection
		panel.getViewer().setSelection(new StructuredSelection(panel.getRows().subList(0, 2)), true);
		int before = panel.getRefreshCount();
		UiWait.until(display, 30_000, () -> panel.getRefreshCount() >= before + 4);
		assertEquals(2, panel.getSelectedRows().size());
		Screenshots.save(shell, "fleet-view.png"); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void compareShowsTheOneQueueThatDiffers() throws Exception {
		SiteCompareInput input = await(FleetOperations.compare(FleetOperations.SiteSource.of(ea), eb));
		ICompareInput result = assertInstanceOf(ICompareInput.class, input.getCompareResult());
		assertEquals(Differencer.CHANGE, result.getKind() & Differencer.CHANGE_TYPE_MASK);
		String left = new String(((SiteCompareInput.SiteText) result.getLeft()).getContents().readAllBytes(),
				StandardCharsets.UTF_8);
		String right = new String(((SiteCompareInput.SiteText) result.getRight()).getContents().readAllBytes(),
				StandardCharsets.UTF_8);
		assertTrue(left.contains("\"broken\"") && !right.contains("\"broken\""), right); //$NON-NLS-1$ //$NON-NLS-2$
		String la = a.server().hostAndPort();
		String lb = b.server().hostAndPort();
		assertEquals(List.of("printer broken: in " + la + ", missing on " + lb), input.describeDifferences()); //$NON-NLS-1$ //$NON-NLS-2$

		FleetCompareDialog dialog = new FleetCompareDialog(shell, input);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(input.describeDifferences(), dialog.getDifferenceLines());
			assertEquals("Compare " + la + " with " + lb, dialog.getShell().getText()); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(input.getCompareConfiguration().isMirrored(), "the wanted side on the left"); //$NON-NLS-1$
			Screenshots.save(dialog.getShell(), "fleet-compare.png"); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}

	@Test
	@Order(3)
	void applyPreviewsThePlanThenMakesTheServersEqual() throws Exception {
		panel.refresh();
		Path file = tmp.resolve("office.json"); //$NON-NLS-1$
		await(FleetActions.export(panel, row(ea), file));
		UiWait.until(display, 5_000, () -> panel.getMessage().startsWith("Saved")); //$NON-NLS-1$
		assertTrue(panel.getMessage().contains(file.toString()), panel.getMessage());
		assertEquals(new SiteExport().export(ca, null), Site.read(file));

		FleetOperations.PlanInput input = await(FleetOperations.plan(eb, file));
		ApplyPlanDialog dialog = new ApplyPlanDialog(shell, input);
		dialog.setBlockOnOpen(false);
		dialog.open();
		SiteApply.Plan plan;
		try {
			assertEquals(List.of("1. create printer broken"), dialog.getStepLines()); //$NON-NLS-1$
			assertFalse(dialog.getPruneButton().getSelection(), "prune is off unless asked for"); //$NON-NLS-1$
			Screenshots.save(dialog.getShell(), "fleet-apply-plan.png"); //$NON-NLS-1$
			plan = dialog.getPlan();
		} finally {
			dialog.close();
		}

		SiteApply.Outcome outcome = await(FleetActions.run(panel, row(eb), plan));
		assertTrue(outcome.isComplete(), String.valueOf(outcome.error()));
		UiWait.until(display, 5_000, () -> panel.getMessage().startsWith("Applied")); //$NON-NLS-1$
		assertEquals("Applied 1 step(s): " + b.server().hostAndPort() + " is like the site description.", //$NON-NLS-1$ //$NON-NLS-2$
				panel.getMessage());
		assertEquals(List.of(), SiteDiff.compare(Site.read(file), new SiteExport().export(cb, null)));
		// CUPS's own view: lpstat sees the queue with the same device on both
		assertEquals(lpstat(a, "-v", "broken"), lpstat(b, "-v", "broken")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(lpstat(b, "-v", "broken").contains("socket://127.0.0.1:1"), lpstat(b, "-v", "broken")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	@Order(4)
	void aPartialFailureSaysWhatWasDoneWhatFailedAndWhatWasNot() throws Exception {
		panel.refresh();
		Map<String, Object> ok = new TreeMap<>(new SiteExport().export(ca, null).printers().get("null")); //$NON-NLS-1$
		Map<String, Object> bad = new TreeMap<>(ok);
		bad.put(Site.DEVICE_URI, "nosuchscheme://198.18.0.1/"); // CUPS has no such backend //$NON-NLS-1$
		Map<String, Object> members = new TreeMap<>(Map.of(Site.MEMBERS, new ArrayList<Object>(List.of("a-ok", "b-bad")))); //$NON-NLS-1$ //$NON-NLS-2$
		Site wanted = Site.of(Map.of("a-ok", ok, "b-bad", bad), Map.of("c-class", members), null, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path file = tmp.resolve("partial.json"); //$NON-NLS-1$
		Files.writeString(file, wanted.toJson(), StandardCharsets.UTF_8);
		FleetOperations.PlanInput input = await(FleetOperations.plan(eb, file));
		SiteApply.Plan plan = SiteApply.plan(input.wanted(), input.actual(), false, Map.of(), name -> null);
		assertEquals(List.of("create printer a-ok", "create printer b-bad", "create class c-class"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				plan.steps().stream().map(SiteApply.Step::description).toList());

		SiteApply.Outcome outcome = await(FleetActions.run(panel, row(eb), plan));
		assertFalse(outcome.isComplete());
		assertEquals("create printer b-bad", outcome.failed().description()); //$NON-NLS-1$
		UiWait.until(display, 10_000, () -> !Widgets.shells(display, "Apply Site Description").isEmpty()); //$NON-NLS-1$
		Shell report = Widgets.shells(display, "Apply Site Description").get(0); //$NON-NLS-1$
		try {
			String text = String.join("\n", Widgets.texts(report)); //$NON-NLS-1$
			assertTrue(text.contains("done: create printer a-ok"), text); //$NON-NLS-1$
			assertTrue(text.contains("FAILED: create printer b-bad: "), text); //$NON-NLS-1$
			assertTrue(text.contains("not done: create class c-class"), text); //$NON-NLS-1$
			assertTrue(text.contains("apply the same file again"), text); //$NON-NLS-1$
			assertTrue(panel.getMessage().contains("stopped after 1 step(s): create printer b-bad failed"), //$NON-NLS-1$
					panel.getMessage());
		} finally {
			report.close();
		}
		// CUPS's own view: the step that was done is done
		assertTrue(lpstat(b, "-v", "a-ok").contains("a-ok"), lpstat(b, "-v", "a-ok")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static String lpstat(CupsSandbox s, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("lpstat", "-h", "127.0.0.1:" + s.port())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, out);
		return out.replace(String.valueOf(s.port()), "PORT"); //$NON-NLS-1$
	}

}
