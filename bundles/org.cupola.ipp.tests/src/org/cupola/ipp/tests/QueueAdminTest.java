package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.QueueAttributes;
import org.cupola.ipp.QueueSetting;
import org.cupola.ipp.ppd.PpdConflicts;
import org.cupola.ipp.ppd.PpdFile;
import org.cupola.testing.AdminSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The queue administration of Printer Properties against a real cupsd, on a queue with the sample driver
 * {@code drv:///sample.drv/generpcl.ppd} (a Duplexer installable option and a constrained Duplex): each change is set
 * through Cupola and read back with Cupola and with CUPS's own tools ({@code lpstat -l}, {@code lpoptions},
 * {@code ipptool}).
 */
class QueueAdminTest {

	static final String DRIVER = "drv:///sample.drv/generpcl.ppd"; //$NON-NLS-1$

	@RegisterExtension
	static final AdminSandbox cups = new AdminSandbox();

	/** Adds a queue with the generic PCL driver. */
	static void addPclQueue(CupsConnection c, String name) throws IppException {
		c.addModifyPrinter(name, PrinterSettings.builder().deviceUri("file:/dev/null").ppdName(DRIVER) //$NON-NLS-1$
				.enabled(Boolean.TRUE).acceptingJobs(Boolean.TRUE).build(), null);
	}

	@BeforeAll
	static void addQueues() throws IppException {
		addPclQueue(cups.admin(), "pcl"); //$NON-NLS-1$
		addPclQueue(cups.admin(), "pcl2"); //$NON-NLS-1$
	}

	private static String tool(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] out = p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS), () -> command[0] + " did not end"); //$NON-NLS-1$
		return new String(out, StandardCharsets.UTF_8);
	}

	private static String host() {
		return "127.0.0.1:" + cups.sandbox().port(); //$NON-NLS-1$
	}

	private static String lpstat(String queue) throws Exception {
		return tool("lpstat", "-h", host(), "-l", "-p", queue); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String lpoptions(String queue, boolean ppdOptions) throws Exception {
		List<String> command = new ArrayList<>(List.of("lpoptions", "-h", host(), "-p", queue)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (ppdOptions) {
			command.add("-l"); //$NON-NLS-1$
		}
		return tool(command.toArray(String[]::new));
	}

	private static Printer attributes(String queue) throws IppException {
		return cups.admin().getPrinterAttributes(queue, null, null);
	}

	@Test
	void theSampleDriverHasADuplexerAndDuplexNeedsIt() throws Exception {
		PpdFile ppd = PpdFile.parse(cups.admin().getPpd("pcl", null)); //$NON-NLS-1$
		assertTrue(ppd.groups().get(0).installable(), "installable options come first"); //$NON-NLS-1$
		assertEquals("Duplexer", ppd.option("Option1").orElseThrow().text()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(PpdConflicts.blocking(ppd, ppd.defaults(), "Duplex", "DuplexNoTumble").isPresent(), //$NON-NLS-1$ //$NON-NLS-2$
				"Duplex is unavailable without the duplexer"); //$NON-NLS-1$
		Map<String, String> withDuplexer = new java.util.HashMap<>(ppd.defaults());
		withDuplexer.put("Option1", "True"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(PpdConflicts.blocking(ppd, withDuplexer, "Duplex", "DuplexNoTumble").isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void ppdDefaultsAreSavedAsLpadminODoes() throws Exception {
		cups.admin().admin().setPpdDefaults("pcl2", Map.of("Option1", "True", "Duplex", "DuplexNoTumble", "PageSize", "Legal"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				null);
		Map<String, String> defaults = PpdFile.parse(cups.admin().getPpd("pcl2", null)).defaults(); //$NON-NLS-1$
		assertEquals("True", defaults.get("Option1")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("DuplexNoTumble", defaults.get("Duplex")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Legal", defaults.get("PageSize")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Legal", defaults.get("PageRegion")); //$NON-NLS-1$ //$NON-NLS-2$
		String lpoptions = lpoptions("pcl2", true); //$NON-NLS-1$
		assertTrue(lpoptions.contains("Option1/Duplexer: False *True"), lpoptions); //$NON-NLS-1$
		assertTrue(lpoptions.contains("*DuplexNoTumble"), lpoptions); //$NON-NLS-1$
		assertTrue(lpoptions.contains("*Legal"), lpoptions); //$NON-NLS-1$
		// with the duplexer installed CUPS offers two-sided printing
		assertTrue(attributes("pcl2").attributes().get("sides-supported").stringValues() //$NON-NLS-1$ //$NON-NLS-2$
				.contains("two-sided-long-edge")); //$NON-NLS-1$
	}

	@Test
	void accessListsRoundTrip() throws Exception {
		CupsConnection c = cups.admin();
		c.admin().modifyQueue("pcl", false, List.of(QueueAttributes.usersAllowed(List.of("alice", "@staff"))), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("@staff", "alice"), sorted(attributes("pcl").attributes() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.get("requesting-user-name-allowed").stringValues())); //$NON-NLS-1$
		String lpstat = lpstat("pcl"); //$NON-NLS-1$
		assertTrue(lpstat.matches("(?s).*Users allowed:\\s+@staff\\s+alice\\s.*"), lpstat); //$NON-NLS-1$

		c.admin().modifyQueue("pcl", false, List.of(QueueAttributes.usersDenied(List.of("bob"))), null); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("bob"), attributes("pcl").attributes().get("requesting-user-name-denied").stringValues()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(null, attributes("pcl").attributes().get("requesting-user-name-allowed")); //$NON-NLS-1$ //$NON-NLS-2$
		lpstat = lpstat("pcl"); //$NON-NLS-1$
		assertTrue(lpstat.matches("(?s).*Users denied:\\s+bob\\s.*"), lpstat); //$NON-NLS-1$

		c.admin().modifyQueue("pcl", false, List.of(QueueAttributes.usersAllowed(List.of())), null); //$NON-NLS-1$
		lpstat = lpstat("pcl"); //$NON-NLS-1$
		assertTrue(lpstat.matches("(?s).*Users allowed:\\s+\\(all\\).*"), lpstat); //$NON-NLS-1$
		assertEquals(null, attributes("pcl").attributes().get("requesting-user-name-denied")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> sorted(List<String> values) {
		return values.stream().sorted().toList();
	}

	@Test
	void bannersAndOperationPolicyRoundTrip() throws Exception {
		CupsConnection c = cups.admin();
		c.admin().modifyQueue("pcl", false, List.of(QueueAttributes.banners("standard", "confidential")), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("standard", "confidential"), //$NON-NLS-1$ //$NON-NLS-2$
				attributes("pcl").attributes().get("job-sheets-default").stringValues()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(lpoptions("pcl", false).contains("job-sheets=standard,confidential"), lpoptions("pcl", false)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(lpstat("pcl").contains("Banner required"), lpstat("pcl")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		// a second policy on the server, then the queue set to it
		String conf = new String(c.getServerConfig(null), StandardCharsets.ISO_8859_1);
		int start = conf.indexOf("<Policy default>"); //$NON-NLS-1$
		int end = conf.indexOf("</Policy>", start) + "</Policy>".length(); //$NON-NLS-1$ //$NON-NLS-2$
		String strict = conf.substring(start, end).replace("<Policy default>", "<Policy strict>"); //$NON-NLS-1$ //$NON-NLS-2$
		c.putServerConfig((conf + '\n' + strict + '\n').getBytes(StandardCharsets.ISO_8859_1), null);
		assertTrue(attributes("pcl").attributes().get("printer-op-policy-supported").stringValues() //$NON-NLS-1$ //$NON-NLS-2$
				.contains("strict")); //$NON-NLS-1$
		c.admin().modifyQueue("pcl", false, List.of(QueueAttributes.operationPolicy("strict")), null); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("strict", attributes("pcl").attributes().getString("printer-op-policy")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		java.nio.file.Path test = cups.sandbox().directory().resolve("op-policy.test"); //$NON-NLS-1$
		java.nio.file.Files.writeString(test, String.join("\n", "{", "OPERATION Get-Printer-Attributes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"GROUP operation-attributes-tag", "ATTR charset attributes-charset utf-8", //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR naturalLanguage attributes-natural-language en", "ATTR uri printer-uri $uri", //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR keyword requested-attributes printer-op-policy", "DISPLAY printer-op-policy", "}", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String ipptool = tool("ipptool", "-t", "ipp://" + host() + "/printers/pcl", test.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(ipptool.contains("printer-op-policy (nameWithoutLanguage) = strict"), ipptool); //$NON-NLS-1$
		c.admin().modifyQueue("pcl", false, List.of(QueueAttributes.operationPolicy("default")), null); //$NON-NLS-1$ //$NON-NLS-2$
		IppStatusException refused = assertThrows(IppStatusException.class, () -> c.admin().modifyQueue("pcl", false, //$NON-NLS-1$
				List.of(QueueAttributes.operationPolicy("no-such-policy")), null)); //$NON-NLS-1$
		assertTrue(refused.getMessage().contains("no-such-policy"), refused.getMessage()); //$NON-NLS-1$
	}

	@Test
	void jobDefaultsAreSetAndResetAsLpadminR() throws Exception {
		CupsConnection c = cups.admin();
		c.admin().modifyQueue("pcl", false, List.of(QueueSetting.integer("copies-default", 3), //$NON-NLS-1$ //$NON-NLS-2$
				QueueSetting.enumeration("orientation-requested-default", 4), //$NON-NLS-1$
				QueueSetting.integer("number-up-default", 2)), null); //$NON-NLS-1$
		Printer p = attributes("pcl"); //$NON-NLS-1$
		assertEquals(3, p.copiesDefault());
		assertEquals(4, p.attributes().getInt("orientation-requested-default", 0)); //$NON-NLS-1$
		String options = lpoptions("pcl", false); //$NON-NLS-1$
		assertTrue(options.contains("copies=3") && options.contains("orientation-requested=4") //$NON-NLS-1$ //$NON-NLS-2$
				&& options.contains("number-up=2"), options); //$NON-NLS-1$

		c.admin().modifyQueue("pcl", false, List.of(QueueAttributes.reset("copies-default"), //$NON-NLS-1$
				QueueAttributes.reset("number-up-default")), null); //$NON-NLS-1$
		options = lpoptions("pcl", false); //$NON-NLS-1$
		assertFalse(options.contains("copies=3"), options); //$NON-NLS-1$
		assertFalse(options.contains("number-up=2"), options); //$NON-NLS-1$
		assertTrue(options.contains("orientation-requested=4"), "only the reset ones go: " + options); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, attributes("pcl").copiesDefault(), "the printer's own default again"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void anUploadedPpdBringsCommandsThatRunAsCommandJobs() throws Exception {
		CupsConnection c = cups.admin();
		assertEquals(List.of("none"), attributes("pcl2").attributes().get("printer-commands").stringValues()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String ppd = c.getPpd("pcl2", null).replaceFirst("(?m)^(\\*cupsFilter: .*)$", //$NON-NLS-1$ //$NON-NLS-2$
				"$1\n*cupsFilter: \"application/vnd.cups-command 0 -\"\n*cupsCommands: \"Clean PrintSelfTestPage ReportLevels\""); //$NON-NLS-1$
		c.admin().uploadPpd("pcl2", ppd.getBytes(StandardCharsets.UTF_8), null); //$NON-NLS-1$
		assertEquals(List.of("Clean", "PrintSelfTestPage", "ReportLevels"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				attributes("pcl2").attributes().get("printer-commands").stringValues()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(java.util.Set.of("Clean", "PrintSelfTestPage", "ReportLevels"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				PpdFile.parse(c.getPpd("pcl2", null)).commands()); //$NON-NLS-1$
		int id = c.admin().sendPrinterCommand("pcl2", "PrintSelfTestPage", null); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(id > 0);
		assertEquals("application/vnd.cups-command", //$NON-NLS-1$
				c.getJobAttributes(id, null).attributes().getString("document-format")); //$NON-NLS-1$
	}
}
