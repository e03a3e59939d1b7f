package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.FakeIppServer;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * CUPS-Get-Devices hands each device to the callback as soon as it is parsed. cupsd writes a device's attribute
 * group when the backend reports it and then sends nothing until the next backend answers, so a device must not
 * wait for the next group's delimiter.
 */
class DeviceStreamingTest {

	private static final String FAST = "sandbox:/fake"; //$NON-NLS-1$
	private static final String SLOW = "sandboxslow://slow.invalid/"; //$NON-NLS-1$
	private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

	@Test
	void theFastDeviceReachesTheCallbackWhileTheSlowBackendIsStillSearching(TestReporter reporter) throws Exception {
		// the sandbox backend answers at once, sandboxslow after 3 s; cupsd sends nothing in between
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection admin = new CupsConnection(sandbox.server(), null, null)) {
			admin.setCredentials(sandbox.adminCredentials());
			List<String> order = new ArrayList<>();
			List<Long> times = new ArrayList<>();
			long start = System.nanoTime();
			List<Device> devices = admin.getDevices(new DeviceQuery(List.of("sandbox", "sandboxslow"), List.of(), 10, 0), //$NON-NLS-1$ //$NON-NLS-2$
					d -> {
						times.add(Long.valueOf(System.nanoTime()));
						order.add(d.uri());
					}, null);
			long end = System.nanoTime();
			assertEquals(List.of(FAST, SLOW), order);
			assertEquals(order, devices.stream().map(Device::uri).toList());
			long fast = times.get(0).longValue();
			long slow = times.get(1).longValue();
			reporter.publishEntry("callbacks", String.format("%s at %.3f s, %s at %.3f s, call returned at %.3f s", //$NON-NLS-1$ //$NON-NLS-2$
					FAST, seconds(fast - start), SLOW, seconds(slow - start), seconds(end - start)));
			// a functional ordering check, not a performance one: the slow device only exists after ~3 s, so the
			// fast one must have been handed over well before it (with the old behaviour both came together)
			assertTrue(fast < slow - ONE_SECOND, () -> String.format("fast device at %.3f s, slow device at %.3f s", //$NON-NLS-1$
					seconds(fast - start), seconds(slow - start)));
			Device fake = devices.get(0); // built before the group was complete: still every attribute
			assertEquals(new Device("direct", FAST, "Sandbox Fake Printer", "Sandbox Fake", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"MFG:Sandbox;MDL:Fake Printer;CMD:PDF;", ""), fake); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(new Device("network", SLOW, "Slow Discovered Printer", "Sandbox Slow", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"MFG:Sandbox;MDL:Slow;", ""), devices.get(1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	@Test
	void eachDeviceIsReportedOnceAtItsLastAttributeOrElseWhenItsGroupEnds() throws Exception {
		IppMessage.Builder response = IppMessage.response(IppStatus.SUCCESSFUL_OK, 1);
		// 1: as cups-deviced writes it; the server stalls right after its device-location
		device(response.group(IppTag.PRINTER_ATTRIBUTES), "direct", "usb://A/One", "One", "A One", "MFG:A;", "desk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		int stallAt = IppEncoder.encode(response.build()).length - 1; // all but the end-of-attributes tag
		// 2: no device-id, no device-location (an old server): reported when the group is complete
		response.group(IppTag.PRINTER_ATTRIBUTES).attribute("device-class", IppTag.KEYWORD, "network") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-info", IppTag.TEXT, "Two") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-make-and-model", IppTag.TEXT, "B Two") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-uri", IppTag.URI, "socket://two"); //$NON-NLS-1$ //$NON-NLS-2$
		// 3: another order, a repeated name and an extra attribute: reported once, with the first values
		response.group(IppTag.PRINTER_ATTRIBUTES).attribute("device-location", IppTag.TEXT, "hall") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-uri", IppTag.URI, "ipp://three") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-info", IppTag.TEXT, "Three", "additional value") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.attribute("device-class", IppTag.KEYWORD, "network") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-id", IppTag.TEXT, "MFG:C;") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-info", IppTag.TEXT, "ignored duplicate") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-make-and-model", IppTag.TEXT, "C Three") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("device-extra", IppTag.KEYWORD, "x"); //$NON-NLS-1$ //$NON-NLS-2$
		byte[] body = IppEncoder.encode(response.build());
		CountDownLatch resume = new CountDownLatch(1);
		try (FakeIppServer fake = new FakeIppServer(FakeIppServer.Mode.STALL);
				CupsConnection connection = new CupsConnection(fake.server(), null, null)) {
			fake.stallAfter(body, stallAt, resume);
			List<Device> seen = new ArrayList<>();
			List<Boolean> duringStall = new ArrayList<>();
			List<String> subTasks = new ArrayList<>();
			List<Device> devices = connection.getDevices(DeviceQuery.ALL, d -> {
				seen.add(d);
				duringStall.add(Boolean.valueOf(!fake.restSent()));
				resume.countDown();
			}, new NullProgressMonitor() {
				@Override
				public void subTask(String name) {
					subTasks.add(name);
				}
			});
			assertEquals(List.of(new Device("direct", "usb://A/One", "One", "A One", "MFG:A;", "desk"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					new Device("network", "socket://two", "Two", "B Two", "", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					new Device("network", "ipp://three", "Three", "C Three", "MFG:C;", "hall")), seen); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			assertEquals(seen, devices);
			assertEquals(List.of(Boolean.TRUE, Boolean.FALSE, Boolean.FALSE), duringStall,
					"the first device must be handed over while the server stalls after its last attribute"); //$NON-NLS-1$
			assertEquals(List.of("Found 1 devices\u2026", "Found 2 devices\u2026", "Found 3 devices\u2026"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					subTasks);
		}
	}

	private static void device(IppMessage.Builder group, String deviceClass, String uri, String info,
			String makeAndModel, String id, String location) {
		group.attribute("device-class", IppTag.KEYWORD, deviceClass) //$NON-NLS-1$
				.attribute("device-info", IppTag.TEXT, info) //$NON-NLS-1$
				.attribute("device-make-and-model", IppTag.TEXT, makeAndModel) //$NON-NLS-1$
				.attribute("device-uri", IppTag.URI, uri) //$NON-NLS-1$
				.attribute("device-id", IppTag.TEXT, id) //$NON-NLS-1$
				.attribute("device-location", IppTag.TEXT, location); //$NON-NLS-1$
	}
}
