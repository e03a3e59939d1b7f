package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.DriverRanking.Match;
import org.cupola.ipp.Job;
import org.cupola.ipp.NetworkProbe.Finding;
import org.cupola.ipp.NetworkProbe.Ports;
import org.cupola.ipp.NetworkProbe.Result;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.ui.internal.wizards.AddPrinterWizard;
import org.cupola.ui.internal.wizards.NetworkFinder;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The smarter Add Printer against real private cupsd instances under Xvfb: Finish makes the new queue the default
 * only when the server had none ({@code lpstat -d} says so too) and prints the test page asked for; Find Network
 * Printer probes loopback listeners (the sandbox's ippeveprinter, a JetDirect-like port, a silent LPD-like one) and
 * goes on with what answered; the driver page recommends a driver by device ID and says why.
 */
class AddPrinterSmarterTest {

	private static final String GENERIC_PDF = "lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd"; //$NON-NLS-1$
	private static final String LASERJET = "drv:///sample.drv/laserjet.ppd"; //$NON-NLS-1$

	private Display display;
	private Shell shell;
	private final List<AutoCloseable> closeLater = new ArrayList<>();
	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		shell = new Shell(display);
	}

	@AfterEach
	void tearDown() throws Exception {
		shell.dispose();
		for (Socket s : accepted) {
			s.close();
		}
		for (int i = closeLater.size() - 1; i >= 0; i--) { // connections before their server
			closeLater.get(i).close();
		}
	}

	private CupsConnection admin(CupsSandbox sandbox) {
		CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null);
		c.setCredentials(sandbox.adminCredentials());
		closeLater.add(c);
		return c;
	}

	private WizardDialog open(AddPrinterWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(600, 420);
		dialog.open();
		return dialog;
	}

	private static Button button(Control root, int id) {
		if (root instanceof Button b && Integer.valueOf(id).equals(b.getData())) {
			return b;
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				Button found = button(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void click(Button b) {
		assertTrue(b.isEnabled(), "button enabled: " + b.getText()); //$NON-NLS-1$
		b.notifyListeners(SWT.Selection, null);
	}

	/** {@return what CUPS's own lpstat says, e.g. "system default destination: q"} */
	private static String lpstat(CupsSandbox sandbox, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("lpstat", "-h", "127.0.0.1:" + sandbox.port())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), "lpstat ended"); //$NON-NLS-1$
		return out.strip();
	}

	/** Runs the wizard to the end for a file:/dev/null queue with the Generic PDF driver. */
	private AddPrinterWizard addQueue(CupsConnection connection, String name, boolean testPage) {
		AddPrinterWizard wizard = new AddPrinterWizard(connection);
		WizardDialog dialog = open(wizard);
		Shell dialogShell = dialog.getShell();
		wizard.getDevicePage().getUriText().setText("file:/dev/null"); //$NON-NLS-1$
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		UiWait.until(display, 30_000, () -> !wizard.getDriverPage().getDrivers().isEmpty());
		assertTrue(wizard.getDriverPage().choosePpd(GENERIC_PDF));
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		wizard.getDescribePage().getNameText().setText(name);
		assertFalse(wizard.getDescribePage().getTestPageButton().getSelection(), "offered, not imposed"); //$NON-NLS-1$
		wizard.getDescribePage().getTestPageButton().setSelection(testPage);
		click(button(dialogShell, IDialogConstants.FINISH_ID));
		UiWait.until(display, 60_000, dialogShell::isDisposed);
		assertTrue(wizard.isSucceeded());
		return wizard;
	}

	@Test
	void finishSetsTheDefaultOnlyWhenThereIsNoneAndPrintsTheTestPage() throws Exception {
		CupsSandbox sandbox = CupsSandbox.start(false); // no queues, no default destination
		closeLater.add(sandbox);
		CupsConnection connection = admin(sandbox);
		assertTrue(connection.getDefault(null).isEmpty());
		assertTrue(lpstat(sandbox, "-d").contains("no system default"), lpstat(sandbox, "-d")); //$NON-NLS-1$ //$NON-NLS-2$

		AddPrinterWizard first = addQueue(connection, "first-queue", true); //$NON-NLS-1$
		assertTrue(first.isMadeDefault());
		assertEquals("first-queue", connection.getDefault(null).orElseThrow().name()); //$NON-NLS-1$
		assertEquals("system default destination: first-queue", lpstat(sandbox, "-d")); //$NON-NLS-1$ //$NON-NLS-2$
		// the test page runs as a job of its own and reaches the queue
		CupsJob<Integer> testPage = first.getTestPageJob();
		assertNotNull(testPage, "a test page was asked for"); //$NON-NLS-1$
		UiWait.until(display, 60_000, () -> testPage.result().isDone());
		int jobId = testPage.result().get().intValue();
		Job job = connection.getJobAttributes(jobId, null);
		assertEquals("first-queue", job.printerName()); //$NON-NLS-1$
		String jobs = lpstat(sandbox, "-W", "all", "-o", "first-queue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(jobs.contains("first-queue-" + jobId), jobs); //$NON-NLS-1$

		// a server that has a default keeps it
		AddPrinterWizard second = addQueue(connection, "second-queue", false); //$NON-NLS-1$
		assertFalse(second.isMadeDefault());
		assertNull(second.getTestPageJob(), "no test page unless asked"); //$NON-NLS-1$
		assertEquals("first-queue", connection.getDefault(null).orElseThrow().name()); //$NON-NLS-1$
		assertEquals("system default destination: first-queue", lpstat(sandbox, "-d")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", lpstat(sandbox, "-W", "all", "-o", "second-queue")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** A loopback listener that accepts and never answers; each accepted socket completes {@code connected}. */
	private int silentListener(CompletableFuture<Socket> connected) throws IOException {
		ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		closeLater.add(server);
		Thread t = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					Socket s = server.accept();
					accepted.add(s);
					connected.complete(s);
				} catch (IOException e) {
					return;
				}
			}
		}, "silent-listener"); //$NON-NLS-1$
		t.setDaemon(true);
		t.start();
		return server.getLocalPort();
	}

	private static Finding finding(NetworkFinder finder, String uri) {
		return finder.getFindings().stream().filter(f -> f.uri().equals(uri)).findFirst().orElse(null);
	}

	@Test
	void findNetworkPrinterListsWhatAnsweredAndGoesOnWithIt() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		CupsConnection connection = admin(sandbox);
		int ipp = URI.create(sandbox.ippEverywhereUri()).getPort();
		int jetDirect = silentListener(new CompletableFuture<>()); // a raw port accepts and waits for data
		int lpd = silentListener(new CompletableFuture<>()); // accepts, never answers
		AddPrinterWizard wizard = new AddPrinterWizard(connection);
		WizardDialog dialog = open(wizard);
		Shell dialogShell = dialog.getShell();
		wizard.getDevicePage().getTabs().setSelection(1);
		NetworkFinder finder = wizard.getDevicePage().getNetworkFinder();
		finder.setPorts(new Ports(ipp, jetDirect, lpd));
		finder.setTimeout(Duration.ofSeconds(2));
		assertFalse(finder.getFindButton().isEnabled(), "no host yet"); //$NON-NLS-1$
		finder.getHostText().setText("not a host!"); //$NON-NLS-1$
		assertFalse(finder.getFindButton().isEnabled());
		finder.getHostText().setText("127.0.0.1"); //$NON-NLS-1$
		click(finder.getFindButton());
		assertEquals(3, finder.getJobs().size(), "one job per protocol"); //$NON-NLS-1$
		UiWait.until(display, 30_000, finder::isDone);
		UiWait.until(display, 5_000, () -> finder.getViewer().getTable().getItemCount() == 2);
		String ippUri = "ipp://127.0.0.1:" + ipp + "/ipp/print"; //$NON-NLS-1$ //$NON-NLS-2$
		Finding printer = finding(finder, ippUri);
		assertNotNull(printer, finder.getFindings()::toString);
		assertTrue(printer.driverless());
		assertNotNull(finding(finder, "socket://127.0.0.1:" + jetDirect), finder.getFindings()::toString); //$NON-NLS-1$
		String status = finder.getStatusText();
		assertTrue(status.contains("LPD (port " + lpd + "): no answer within 2 s"), status); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(status.contains("IPP (port " + ipp + "): answered"), status); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(finder.getCancelButton().isEnabled(), "nothing left to stop"); //$NON-NLS-1$
		finder.getViewer().setSelection(new StructuredSelection(printer), true);
		assertEquals(ippUri, wizard.getDevicePage().getUriText().getText());
		Screenshots.save(dialogShell, "add-printer-find-network.png"); //$NON-NLS-1$

		// on to the driver page: driverless, so IPP Everywhere, and the page says why
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		assertEquals(AddPrinterWizard.EVERYWHERE, wizard.getDriverPage().getPpdName());
		UiWait.until(display, 30_000, () -> !wizard.getDriverPage().getDrivers().isEmpty());
		assertEquals(Match.EVERYWHERE, wizard.getDriverPage().getRecommendations().get(0).match());
		assertTrue(wizard.getDriverPage().getReasonText().startsWith("Recommended: IPP Everywhere, because"), //$NON-NLS-1$
				wizard.getDriverPage().getReasonText());
		dialog.close();
	}

	@Test
	void stopCancelsAProbeThatWaitsAndClosesItsSocket() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		CompletableFuture<Socket> connected = new CompletableFuture<>();
		int silent = silentListener(connected);
		int closed = CupsSandbox.freePort();
		AddPrinterWizard wizard = new AddPrinterWizard(admin(sandbox));
		WizardDialog dialog = open(wizard);
		wizard.getDevicePage().getTabs().setSelection(1);
		NetworkFinder finder = wizard.getDevicePage().getNetworkFinder();
		finder.setPorts(new Ports(closed, closed, silent));
		finder.setTimeout(Duration.ofSeconds(120));
		finder.getHostText().setText("127.0.0.1"); //$NON-NLS-1$
		// Enter in the host field finds; it does not press the wizard's default button (Next)
		Event enter = new Event();
		enter.detail = SWT.TRAVERSE_RETURN;
		enter.doit = true;
		finder.getHostText().notifyListeners(SWT.Traverse, enter);
		assertFalse(enter.doit, "Enter stays in the field"); //$NON-NLS-1$
		finder.getHostText().notifyListeners(SWT.DefaultSelection, new Event());
		List<CupsJob<Result>> jobs = finder.getJobs();
		assertEquals(3, jobs.size());
		UiWait.until(display, 30_000, connected::isDone);
		click(finder.getCancelButton());
		UiWait.until(display, 30_000, () -> jobs.stream().allMatch(j -> j.result().isDone()));
		assertTrue(jobs.get(2).result().isCancelled(), "the LPD probe was stopped, not timed out"); //$NON-NLS-1$
		// its socket is closed: the listener reads end of stream
		Socket server = connected.get();
		server.setSoTimeout(60_000);
		InputStream in = server.getInputStream();
		while (in.read() >= 0) {
			// drain
		}
		UiWait.until(display, 5_000, () -> finder.getStatusText().contains("stopped")); //$NON-NLS-1$
		assertTrue(finder.getStatusText().contains("connection refused"), finder.getStatusText()); //$NON-NLS-1$
		dialog.close();
	}

	@Test
	void theDriverPageRecommendsByDeviceIdAndSaysWhy() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		AddPrinterWizard wizard = new AddPrinterWizard(admin(sandbox));
		wizard.setDevice(new Device("network", "socket://127.0.0.1:9", "HP LaserJet 4000 (office)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"HP LaserJet 4000", "MFG:Hewlett-Packard;MDL:HP LaserJet 4000;CMD:PJL,PCL,POSTSCRIPT;", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		WizardDialog dialog = open(wizard);
		Shell dialogShell = dialog.getShell();
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		UiWait.until(display, 30_000, () -> !wizard.getDriverPage().getDrivers().isEmpty());
		assertEquals(LASERJET, wizard.getDriverPage().getPpdName(), "the series driver is chosen"); //$NON-NLS-1$
		assertEquals(LASERJET, wizard.getDriverPage().getShownDrivers().get(0).name(), "recommended first"); //$NON-NLS-1$
		String reason = wizard.getDriverPage().getReasonText();
		assertTrue(reason.startsWith("Recommended: HP LaserJet Series PCL 4/5, because"), reason); //$NON-NLS-1$
		assertTrue(reason.contains("HP LaserJet series"), reason); //$NON-NLS-1$
		assertTrue(wizard.getDriverPage().getViewer().getTable().getItem(0).getText(0).startsWith("\u2605"), //$NON-NLS-1$
				"marked in the list"); //$NON-NLS-1$
		assertTrue(button(dialogShell, IDialogConstants.NEXT_ID).isEnabled());
		Screenshots.save(dialogShell, "add-printer-recommended-driver.png"); //$NON-NLS-1$
		// choosing the generic PostScript driver instead: the page says why that one is suggested
		assertTrue(wizard.getDriverPage().choosePpd("drv:///sample.drv/generic.ppd")); //$NON-NLS-1$
		reason = wizard.getDriverPage().getReasonText();
		assertTrue(reason.startsWith("Suggested: Generic PostScript Printer, a generic driver, because the printer understands PostScript"), //$NON-NLS-1$
				reason);
		dialog.close();
	}

	@Test
	void aGenericLanguageDriverIsSuggestedNotChosen() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		AddPrinterWizard wizard = new AddPrinterWizard(admin(sandbox));
		wizard.setDevice(new Device("direct", "file:/dev/null", "Sandbox Fake", "Sandbox Fake Printer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"MFG:Sandbox;MDL:Fake Printer;CMD:PDF;", "")); //$NON-NLS-1$ //$NON-NLS-2$
		WizardDialog dialog = open(wizard);
		Shell dialogShell = dialog.getShell();
		click(button(dialogShell, IDialogConstants.NEXT_ID));
		UiWait.until(display, 30_000, () -> !wizard.getDriverPage().getDrivers().isEmpty());
		assertEquals(GENERIC_PDF, wizard.getDriverPage().getShownDrivers().get(0).name());
		assertTrue(wizard.getDriverPage().getReasonText().startsWith("Suggested: Generic PDF Printer"), //$NON-NLS-1$
				wizard.getDriverPage().getReasonText());
		assertFalse(button(dialogShell, IDialogConstants.NEXT_ID).isEnabled(), "a guess is not chosen for the user"); //$NON-NLS-1$
		dialog.close();
	}
}
