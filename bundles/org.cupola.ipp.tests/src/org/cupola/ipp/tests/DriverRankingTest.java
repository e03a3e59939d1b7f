package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.DeviceId;
import org.cupola.ipp.DriverRanking;
import org.cupola.ipp.DriverRanking.Match;
import org.cupola.ipp.DriverRanking.Recommendation;
import org.cupola.ipp.Ppd;
import org.cupola.ipp.PpdQuery;
import org.cupola.testing.AdminSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Driver recommendation by IEEE 1284 device ID, on the drivers a real private cupsd lists (CUPS-Get-PPDs: CUPS's
 * sample drivers and cups-filters' PPDs, the same list as {@code lpinfo -l -m}).
 */
class DriverRankingTest {

	@RegisterExtension
	static final AdminSandbox cups = new AdminSandbox();

	private static List<Ppd> drivers;

	@BeforeAll
	static void listDrivers() throws Exception {
		drivers = cups.admin().getPpds(PpdQuery.ALL, null);
		assertTrue(drivers.size() > 20, "the sandbox lists CUPS's drivers: " + drivers.size()); //$NON-NLS-1$
	}

	private static List<Recommendation> rank(String deviceId, boolean ipp) {
		return DriverRanking.rank(drivers, DeviceId.parse(deviceId), ipp);
	}

	private static List<String> names(List<Recommendation> list) {
		return list.stream().map(r -> r.ppd().name()).toList();
	}

	@Test
	void parsesLongAndShortKeys() {
		DeviceId id = DeviceId.parse(" MANUFACTURER:Hewlett-Packard ; model: HP LaserJet 4000;COMMAND SET:PJL,PCL, POSTSCRIPT;junk;"); //$NON-NLS-1$
		assertEquals("Hewlett-Packard", id.manufacturer()); //$NON-NLS-1$
		assertEquals("HP LaserJet 4000", id.model()); //$NON-NLS-1$
		assertEquals(List.of("PJL", "PCL", "POSTSCRIPT"), id.commandSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		DeviceId shortKeys = DeviceId.parse("MFG:Sandbox;MDL:Fake Printer;CMD:PDF;"); //$NON-NLS-1$
		assertEquals("Sandbox", shortKeys.manufacturer()); //$NON-NLS-1$
		assertEquals("Fake Printer", shortKeys.model()); //$NON-NLS-1$
		assertTrue(DeviceId.parse("").isEmpty()); //$NON-NLS-1$
		assertTrue(DeviceId.fromMakeAndModel("Unknown").isEmpty()); //$NON-NLS-1$
		assertEquals("LaserJet 4000", DeviceId.fromMakeAndModel("HP LaserJet 4000").model()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void ippEverywhereFirstWhenThePrinterSpeaksIpp() {
		List<Recommendation> list = rank("MFG:HP;MDL:LaserJet 4000;CMD:PCL,POSTSCRIPT;", true); //$NON-NLS-1$
		assertEquals(Match.EVERYWHERE, list.get(0).match());
		assertEquals(DriverRanking.EVERYWHERE, list.get(0).ppd().name());
		assertEquals(Match.SERIES, list.get(1).match(), list::toString);
		assertFalse(rank("MFG:HP;MDL:LaserJet 4000;CMD:PCL;", false).stream() //$NON-NLS-1$
				.anyMatch(r -> r.match() == Match.EVERYWHERE), "not without IPP"); //$NON-NLS-1$
	}

	@Test
	void exactDeviceIdMatchWinsAndHewlettPackardIsHp() {
		List<Recommendation> list = rank("MFG:Hewlett-Packard;CMD:PJL,PCLXL,PCL,PDF,POSTSCRIPT;MDL:HP Color LaserJet CM3530 MFP;", //$NON-NLS-1$
				false);
		assertEquals("lsb/usr/cupsfilters/HP-Color_LaserJet_CM3530_MFP-PDF.ppd", list.get(0).ppd().name()); //$NON-NLS-1$
		assertEquals(Match.DEVICE_ID, list.get(0).match());
		assertEquals("HP Color LaserJet CM3530 MFP", list.get(0).detail()); //$NON-NLS-1$
		// the same printer reported as "HP" with a model without the make
		List<Recommendation> again = rank("MFG:HP;MDL:Color LaserJet CM3530 MFP;CMD:PDF;", false); //$NON-NLS-1$
		assertEquals(list.get(0).ppd().name(), again.get(0).ppd().name());
		assertEquals(Match.DEVICE_ID, rank("MFG:FUJI XEROX;MDL:DocuPrint CM305 df;", false).get(0).match()); //$NON-NLS-1$
	}

	@Test
	void makeAndModelMatchWithoutDeviceIdInThePpd() {
		List<Recommendation> list = rank("MFG:HP;MDL:DesignJet 750C;CMD:PCL;", false); //$NON-NLS-1$
		assertEquals("drv:///cupsfilters.drv/dsgnjt750cpcl.ppd", list.get(0).ppd().name(), list::toString); //$NON-NLS-1$
		assertEquals(Match.MAKE_AND_MODEL, list.get(0).match());
		assertEquals("HP DesignJet 750C", list.get(0).detail(), "the printer's make and model"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(names(list).contains("drv:///cupsfilters.drv/dsgnjt600pcl.ppd"), "another model is no match"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void seriesDriverThenGenericLanguagesInOrder() {
		List<Recommendation> list = rank("MFG:Hewlett-Packard;MDL:HP LaserJet 4000;CMD:PJL,PCL,POSTSCRIPT;", false); //$NON-NLS-1$
		assertEquals("drv:///sample.drv/laserjet.ppd", list.get(0).ppd().name(), list::toString); //$NON-NLS-1$
		assertEquals(Match.SERIES, list.get(0).match());
		assertEquals("HP LaserJet", list.get(0).detail()); //$NON-NLS-1$
		assertFalse(names(list).contains("lsb/usr/cupsfilters/pxlmono.ppd"), "PCL 6 is not in this printer's command set"); //$NON-NLS-1$ //$NON-NLS-2$
		int ps = names(list).indexOf("drv:///sample.drv/generic.ppd"); //$NON-NLS-1$
		int pcl = names(list).indexOf("drv:///sample.drv/generpcl.ppd"); //$NON-NLS-1$
		assertTrue(ps > 0 && pcl > ps, "PostScript before PCL: " + list); //$NON-NLS-1$
		assertEquals(Match.LANGUAGE, list.get(ps).match());
		assertEquals("PostScript", list.get(ps).detail()); //$NON-NLS-1$
		assertFalse(names(list).contains("drv:///sample.drv/deskjet.ppd"), "another series"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void anUnknownMakeGetsGenericDriversOfItsLanguagesOnly() {
		List<Recommendation> list = rank("MFG:Sandbox;MDL:Fake Printer;CMD:PDF;", false); //$NON-NLS-1$
		assertEquals(List.of("lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd"), names(list)); //$NON-NLS-1$
		assertEquals(Match.LANGUAGE, list.get(0).match());
		assertFalse(list.get(0).match().isModelSpecific());
		assertTrue(rank("MFG:Acme;MDL:Dot 9;CMD:ESC/P;", false).isEmpty(), "no driver speaks ESC/P here"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(rank("", false).isEmpty()); //$NON-NLS-1$
	}

	@Test
	void aModelNotListedFallsBackToItsSeries() {
		List<Recommendation> list = rank("MFG:HP;MDL:DeskJet 5550;CMD:PCL3GUI;", false); //$NON-NLS-1$
		assertEquals("drv:///sample.drv/deskjet.ppd", list.get(0).ppd().name(), list::toString); //$NON-NLS-1$
		assertEquals(Match.SERIES, list.get(0).match());
		assertTrue(list.get(0).match().isModelSpecific());
	}
}
