package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.Job;
import org.cupola.ipp.LogChunk;
import org.cupola.ipp.Notifications;
import org.cupola.ipp.Ppd;
import org.cupola.ipp.PpdQuery;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.WhichJobs;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppCollection;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.testing.AdminSandbox;
import org.cupola.testing.CupsSandbox;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of {@link CupsConnection} against a real private cupsd (one sandbox for the class), as
 * administrator.
 */
class CupsOperationsTest {

	private static final String PDF_PPD = "lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd"; //$NON-NLS-1$

	@RegisterExtension
	static final AdminSandbox cups = new AdminSandbox();

	private static Map<String, Printer> byName(List<Printer> printers) {
		return printers.stream().collect(Collectors.toMap(Printer::name, Function.identity()));
	}

	@Test
	void listsTheFiveQueuesWithTheirTrueStates() throws IppException {
		Map<String, Printer> printers = byName(cups.admin().getPrinters(null));
		assertTrue(printers.keySet().containsAll(CupsSandbox.QUEUES), printers.keySet()::toString);
		assertEquals(Printer.State.IDLE, printers.get("null").state()); //$NON-NLS-1$
		assertTrue(printers.get("null").acceptingJobs()); //$NON-NLS-1$
		assertEquals("Discards output (file:/dev/null)", printers.get("null").info()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("sandbox", printers.get("null").location()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Printer.State.STOPPED, printers.get("paused").state()); //$NON-NLS-1$
		assertEquals("Paused for maintenance by the test suite", printers.get("paused").stateMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(printers.get("paused").stateReasons().contains("paused"), //$NON-NLS-1$ //$NON-NLS-2$
				printers.get("paused").stateReasons()::toString); //$NON-NLS-1$
		assertFalse(printers.get("rejecting").acceptingJobs()); //$NON-NLS-1$
		assertEquals("Rejecting jobs: out of toner (test)", printers.get("rejecting").stateMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(printers.get("null").isClass()); //$NON-NLS-1$
		assertEquals("file:/dev/null", printers.get("null").deviceUri()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(printers.get("ipp-everywhere").uri().endsWith("/printers/ipp-everywhere")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), cups.admin().getClasses(null));
	}

	@Test
	void theDefaultIsIppEverywhere() throws IppException {
		assertEquals("ipp-everywhere", cups.admin().getDefault(null).orElseThrow().name()); //$NON-NLS-1$
	}

	@Test
	void printerAttributesIncludeCollections() throws IppException {
		Printer p = cups.admin().getPrinterAttributes("ipp-everywhere", null, null); //$NON-NLS-1$
		assertEquals("ipp-everywhere", p.name()); //$NON-NLS-1$
		List<String> collections = new ArrayList<>();
		for (IppAttribute a : p.attributes().attributes()) {
			if (a.value() instanceof IppCollection) {
				collections.add(a.name());
			}
		}
		assertFalse(collections.isEmpty(), "no collection attribute"); //$NON-NLS-1$
		IppAttribute mediaCol = p.attributes().get("media-col-default"); //$NON-NLS-1$
		assertNotNull(mediaCol, collections::toString);
		assertNotNull(((IppCollection) mediaCol.value()).get("media-size")); //$NON-NLS-1$

		Printer few = cups.admin().getPrinterAttributes("null", List.of("printer-name", "printer-state"), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(Printer.State.IDLE, few.state());
		assertNull(few.info());
		IppStatusException e = assertThrows(IppStatusException.class,
				() -> cups.admin().getPrinterAttributes("no-such-queue", null, null)); //$NON-NLS-1$
		assertEquals(IppStatus.CLIENT_ERROR_NOT_FOUND, e.status());
	}

	@Test
	void getDevicesStreamsTheSandboxDevice() throws IppException {
		List<Device> streamed = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				streamed.add(null); // counts sub-task updates
			}
		};
		List<Device> seen = new ArrayList<>();
		List<Device> devices = cups.admin().getDevices(new DeviceQuery(List.of("sandbox"), List.of(), 5, 0), seen::add, //$NON-NLS-1$
				monitor);
		assertEquals(devices, seen);
		Device fake = devices.stream().filter(d -> "sandbox:/fake".equals(d.uri())).findFirst().orElseThrow(); //$NON-NLS-1$
		assertEquals("direct", fake.deviceClass()); //$NON-NLS-1$
		assertEquals("Sandbox Fake Printer", fake.info()); //$NON-NLS-1$
		assertEquals("Sandbox Fake", fake.makeAndModel()); //$NON-NLS-1$
		assertEquals("MFG:Sandbox;MDL:Fake Printer;CMD:PDF;", fake.deviceId()); //$NON-NLS-1$
		assertFalse(devices.stream().anyMatch(d -> d.uri().startsWith("socket")), devices::toString); //$NON-NLS-1$
		assertFalse(streamed.isEmpty());
	}

	@Test
	void getDevicesReportsEachDeviceThroughTheCallbackAndTheMonitor() throws IppException {
		// sandbox answers at once, sandboxslow after 3 s: each device is handed over as soon as its last attribute
		// (device-location) is read, in the order cupsd finds them, once each (timing: DeviceStreamingTest)
		List<String> subTasks = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				subTasks.add(name);
			}
		};
		List<String> order = new ArrayList<>();
		List<Device> devices = cups.admin().getDevices(new DeviceQuery(List.of("sandbox", "sandboxslow"), List.of(), 10, 0), //$NON-NLS-1$ //$NON-NLS-2$
				d -> order.add(d.uri()), monitor);
		assertEquals(List.of("sandbox:/fake", "sandboxslow://slow.invalid/"), order); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(order, devices.stream().map(Device::uri).toList());
		assertEquals("network", devices.get(1).deviceClass()); //$NON-NLS-1$
		assertEquals(List.of("Found 1 devices\u2026", "Found 2 devices\u2026"), subTasks); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void getPpdsHonoursTheLimit() throws IppException {
		List<Ppd> ppds = cups.admin().getPpds(new PpdQuery(null, null, 3), null);
		assertFalse(ppds.isEmpty());
		assertTrue(ppds.size() <= 3, ppds::toString);
		assertNotNull(ppds.get(0).name());
		assertNotNull(ppds.get(0).makeAndModel());
		List<Ppd> generic = cups.admin().getPpds(new PpdQuery("Generic", null, 0), null); //$NON-NLS-1$
		assertTrue(generic.stream().anyMatch(p -> PDF_PPD.equals(p.name())), generic::toString);
	}

	@Test
	void fetchesThePpdOfAQueue() throws IppException {
		String ppd = cups.admin().getPpd("null", null); //$NON-NLS-1$
		assertNotNull(ppd);
		assertTrue(ppd.startsWith("*PPD-Adobe"), ppd.substring(0, Math.min(80, ppd.length()))); //$NON-NLS-1$
		assertNull(cups.admin().getPpd("no-such-queue", null)); //$NON-NLS-1$
	}

	@Test
	void printsTheTestPageAndFollowsTheJob() throws Exception {
		int id = cups.admin().printTestPage("null", null); //$NON-NLS-1$
		assertTrue(id > 0);
		Job job = cups.admin().getJobAttributes(id, null);
		assertEquals(id, job.id());
		assertEquals("Cupola test page", job.name()); //$NON-NLS-1$
		assertEquals("null", job.printerName()); //$NON-NLS-1$
		assertEquals(cups.sandbox().adminUser(), job.user());
		assertNotNull(job.timeAtCreation());
		List<Job> all = cups.admin().getJobs("null", WhichJobs.ALL, false, 0, null, null); //$NON-NLS-1$
		assertTrue(all.stream().anyMatch(j -> j.id() == id), all::toString);
		long deadline = System.currentTimeMillis() + 20_000;
		while (!cups.admin().getJobAttributes(id, null).state().isTerminal() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertEquals(Job.State.COMPLETED, cups.admin().getJobAttributes(id, null).state());
		List<Job> completed = cups.admin().getJobs(null, WhichJobs.COMPLETED, true, 100, null, null);
		assertTrue(completed.stream().anyMatch(j -> j.id() == id), completed::toString);
	}

	@Test
	void holdsReleasesAndCancelsAJob() throws IppException {
		// the paused queue keeps jobs pending
		int id = cups.admin().printJob("paused", "hold me", "text/plain", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new java.io.ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
		assertEquals(Job.State.PENDING, cups.admin().getJobAttributes(id, null).state());
		cups.admin().holdJob(id, null);
		assertEquals(Job.State.HELD, cups.admin().getJobAttributes(id, null).state());
		cups.admin().releaseJob(id, null);
		assertEquals(Job.State.PENDING, cups.admin().getJobAttributes(id, null).state());
		List<Job> pending = cups.admin().getJobs("paused", WhichJobs.NOT_COMPLETED, false, 0, null, null); //$NON-NLS-1$
		assertTrue(pending.stream().anyMatch(j -> j.id() == id));
		cups.admin().cancelJob(id, null);
		assertEquals(Job.State.CANCELED, cups.admin().getJobAttributes(id, null).state());

		int second = cups.admin().printJob("paused", "cancel all", null, //$NON-NLS-1$ //$NON-NLS-2$
				new java.io.ByteArrayInputStream("x".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
		cups.admin().cancelAllJobs("paused", false, null); //$NON-NLS-1$
		assertTrue(cups.admin().getJobAttributes(second, null).state().isTerminal());
	}

	@Test
	void pausesAndResumes() throws IppException {
		cups.admin().pausePrinter("null", "paused by a test", null); //$NON-NLS-1$ //$NON-NLS-2$
		Printer p = cups.admin().getPrinterAttributes("null", null, null); //$NON-NLS-1$
		assertEquals(Printer.State.STOPPED, p.state());
		assertEquals("paused by a test", p.stateMessage()); //$NON-NLS-1$
		cups.admin().resumePrinter("null", null); //$NON-NLS-1$
		assertEquals(Printer.State.IDLE, cups.admin().getPrinterAttributes("null", null, null).state()); //$NON-NLS-1$
	}

	@Test
	void rejectsAndAccepts() throws IppException {
		cups.admin().rejectJobs("null", "not now", null); //$NON-NLS-1$ //$NON-NLS-2$
		Printer p = cups.admin().getPrinterAttributes("null", null, null); //$NON-NLS-1$
		assertFalse(p.acceptingJobs());
		assertEquals("not now", p.stateMessage()); //$NON-NLS-1$
		IppStatusException e = assertThrows(IppStatusException.class, () -> cups.admin().printTestPage("null", null)); //$NON-NLS-1$
		assertEquals(IppStatus.SERVER_ERROR_NOT_ACCEPTING_JOBS, e.status());
		cups.admin().acceptJobs("null", null); //$NON-NLS-1$
		assertTrue(cups.admin().getPrinterAttributes("null", null, null).acceptingJobs()); //$NON-NLS-1$
	}

	@Test
	void addsModifiesAndDeletesAPrinter() throws IppException {
		String name = "cupola-test"; //$NON-NLS-1$
		cups.admin().addModifyPrinter(name, PrinterSettings.builder().deviceUri("file:/dev/null").ppdName(PDF_PPD) //$NON-NLS-1$
				.info("Added by a test").location("lab").shared(Boolean.FALSE).errorPolicy("abort-job") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.enabled(Boolean.TRUE).acceptingJobs(Boolean.TRUE).build(), null);
		Printer p = cups.admin().getPrinterAttributes(name, null, null);
		assertEquals("Added by a test", p.info()); //$NON-NLS-1$
		assertEquals("lab", p.location()); //$NON-NLS-1$
		assertEquals("abort-job", p.errorPolicy()); //$NON-NLS-1$
		assertEquals(Printer.State.IDLE, p.state());
		assertTrue(p.acceptingJobs());
		assertTrue(p.makeAndModel().contains("PDF"), p.makeAndModel()); //$NON-NLS-1$

		cups.admin().addModifyPrinter(name, PrinterSettings.builder().info("Changed").build(), null); //$NON-NLS-1$
		p = cups.admin().getPrinterAttributes(name, null, null);
		assertEquals("Changed", p.info()); //$NON-NLS-1$
		assertEquals("lab", p.location()); // untouched //$NON-NLS-1$

		cups.admin().deletePrinter(name, null);
		IppStatusException e = assertThrows(IppStatusException.class,
				() -> cups.admin().getPrinterAttributes(name, null, null));
		assertEquals(IppStatus.CLIENT_ERROR_NOT_FOUND, e.status());
	}

	@Test
	void setsTheDefault() throws IppException {
		try {
			cups.admin().setDefault("null", null); //$NON-NLS-1$
			assertEquals("null", cups.admin().getDefault(null).orElseThrow().name()); //$NON-NLS-1$
		} finally {
			cups.admin().setDefault("ipp-everywhere", null); //$NON-NLS-1$
		}
		assertEquals("ipp-everywhere", cups.admin().getDefault(null).orElseThrow().name()); //$NON-NLS-1$
	}

	@Test
	void subscriptionDeliversJobEvents() throws Exception {
		int subscription = cups.admin().createSubscription("null", List.of("job-created", "job-completed"), 60, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			int job = cups.admin().printTestPage("null", null); //$NON-NLS-1$
			long deadline = System.currentTimeMillis() + 20_000;
			Notifications n;
			do {
				n = cups.admin().getNotifications(subscription, 1, null);
				if (n.eventNames().contains("job-completed")) { //$NON-NLS-1$
					break;
				}
				Thread.sleep(200);
			} while (System.currentTimeMillis() < deadline);
			assertTrue(n.eventNames().contains("job-created"), n.eventNames()::toString); //$NON-NLS-1$
			assertTrue(n.eventNames().contains("job-completed"), n.eventNames()::toString); //$NON-NLS-1$
			assertTrue(n.typedEvents().stream().allMatch(e -> e.jobId() == job && e.subscriptionId() == subscription));
			assertTrue(n.intervalSeconds() > 0);
			int last = n.lastSequenceNumber();
			assertTrue(cups.admin().getNotifications(subscription, last + 1, null).events().isEmpty());
		} finally {
			cups.admin().cancelSubscription(subscription, null);
		}
		IppStatusException e = assertThrows(IppStatusException.class,
				() -> cups.admin().getNotifications(subscription, 1, null));
		assertEquals(IppStatus.CLIENT_ERROR_NOT_FOUND, e.status());
	}

	@Test
	void serverConfigRoundTripKeepsTheBytes() throws IppException {
		byte[] original = cups.admin().getServerConfig(null);
		String text = new String(original, StandardCharsets.UTF_8);
		assertTrue(text.contains("Listen 127.0.0.1:" + cups.sandbox().port()), text); //$NON-NLS-1$
		cups.admin().putServerConfig(original, null);
		assertArrayEquals(original, cups.admin().getServerConfig(null));
		assertTrue(byName(cups.admin().getPrinters(null)).containsKey("null")); //$NON-NLS-1$
	}

	@Test
	void readsTheErrorLogFromAnOffset() throws IppException {
		long checkpoint = cups.admin().getErrorLogSize(null);
		assertTrue(checkpoint > 0);
		cups.admin().getPrinterAttributes("broken", null, null); //$NON-NLS-1$
		LogChunk chunk = cups.admin().getErrorLog(checkpoint, null);
		assertEquals(checkpoint, chunk.offset());
		assertEquals(checkpoint + chunk.data().length, chunk.nextOffset());
		String text = new String(chunk.data(), StandardCharsets.UTF_8);
		assertTrue(text.contains("Get-Printer-Attributes"), text); //$NON-NLS-1$
		LogChunk whole = cups.admin().getErrorLog(0, null);
		assertTrue(whole.data().length >= chunk.nextOffset() - 1);
		LogChunk beyond = cups.admin().getErrorLog(Long.MAX_VALUE / 2, null);
		assertEquals(0, beyond.offset()); // the log is shorter: rotated, everything is new
	}
}
