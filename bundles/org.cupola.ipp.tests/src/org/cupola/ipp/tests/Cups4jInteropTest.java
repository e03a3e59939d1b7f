package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.testing.CupsSandbox;
import org.cups4j.CupsClient;
import org.cups4j.CupsPrinter;
import org.junit.jupiter.api.Test;

/**
 * Interop with the Java peer: cups4j 0.7.9 and Cupola ask the same real cupsd and must give the same answers for
 * what both can express: names, descriptions, locations, make and model, device URIs, the default queue. Not
 * compared: printer-state-message (cups4j's CUPS-Get-Printers does not ask for it) and the state (cups4j 0.7.9's
 * getState() is null for every queue here, its known bug harwey/cups4j#52).
 */
class Cups4jInteropTest {

	@Test
	void bothClientsSeeTheSameQueues() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		CupsClient cups4j = new CupsClient("127.0.0.1", sandbox.port());
		Map<String, String> theirs = new TreeMap<>();
		for (CupsPrinter p : cups4j.getPrinters()) {
			theirs.put(p.getName(), describe(p.getDescription(), p.getLocation(), p.getMakeAndModel(),
					p.getDeviceUri()));
		}
		Map<String, String> ours = new TreeMap<>();
		String ourDefault;
		try (CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			List<Printer> printers = c.getPrinters(null);
			for (Printer p : printers) {
				Printer full = c.getPrinterAttributes(p.name(), null, null);
				ours.put(p.name(), describe(full.info(), full.location(), full.makeAndModel(), full.deviceUri()));
			}
			ourDefault = c.getDefault(null).map(Printer::name).orElse(null);
		}
		assertEquals(theirs, ours);
		assertEquals(cups4j.getDefaultPrinter().getName(), ourDefault);
	}

	private static String describe(String info, String location, String model, String deviceUri) {
		return String.join(" | ", blank(info), blank(location), blank(model), blank(deviceUri));
	}

	private static String blank(String s) {
		return s == null ? "" : s;
	}
}
