package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.testing.CupsSandbox;
import org.cupola.ui.internal.PrinterLabels;
import org.junit.jupiter.api.Test;

/** The Printers view's columns for the real queues of a private cupsd. */
class PrinterLabelsTest {

	@Test
	void columnsTellTheTrueStateOfEachQueue() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			Map<String, Printer> byName = c.getPrinters(null).stream()
					.collect(Collectors.toMap(Printer::name, Function.identity()));
			Printer paused = byName.get("paused");
			assertEquals("Stopped", PrinterLabels.state(paused));
			assertEquals("Paused for maintenance by the test suite (paused)", PrinterLabels.message(paused),
					"the state message and the reasons");
			Printer rejecting = byName.get("rejecting");
			assertEquals("No", PrinterLabels.accepting(rejecting));
			assertEquals("Yes", PrinterLabels.accepting(byName.get("null")));
			assertEquals("Idle", PrinterLabels.state(byName.get("null")));
			assertEquals("sandbox", PrinterLabels.location(byName.get("null")));
			assertTrue(PrinterLabels.matches(byName.get("broken"), "UNREACHABLE"), "filter matches the description");
			assertFalse(PrinterLabels.matches(byName.get("null"), "unreachable"));
			// the default destination is marked, and only it (CUPS sets the default bit of printer-type)
			String defaultName = c.getDefault(null).map(Printer::name).orElse(null);
			assertTrue(byName.containsKey(defaultName), "the sandbox has a default: " + defaultName);
			for (Printer p : byName.values()) {
				assertEquals(p.name().equals(defaultName) ? "Default" : "", PrinterLabels.isDefault(p), p.name());
			}
			List<String> names = List.copyOf(byName.keySet());
			assertTrue(names.containsAll(CupsSandbox.QUEUES), names.toString());
		}
	}
}
