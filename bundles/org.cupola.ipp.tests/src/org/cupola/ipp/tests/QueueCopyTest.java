package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cupola.ipp.ClassSettings;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.Printer;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.QueueCopyException;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.cupola.testing.AdminSandbox;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Duplicate and rename against a real cupsd: the new queue's settings as CUPS's own tools show them
 * ({@code lpstat -l -p}, {@code lpoptions -p Q -l}, {@code lpoptions -p Q}) equal the old queue's, and a rename keeps
 * the held jobs (they end up on the new queue).
 */
class QueueCopyTest {

	private static final String PDF_PPD = "lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd"; //$NON-NLS-1$

	@RegisterExtension
	static final AdminSandbox cups = new AdminSandbox();

	/** A queue whose settings all differ from what a new queue gets by default. */
	private static void customQueue(String name) throws Exception {
		cups.admin().addModifyPrinter(name, PrinterSettings.builder().deviceUri("file:/dev/null").ppdName(PDF_PPD) //$NON-NLS-1$
				.info("Custom queue").location("Room 7").shared(Boolean.TRUE).errorPolicy("abort-job").build(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				null);
		IppMessage request = IppMessage.request(IppOperation.CUPS_ADD_MODIFY_PRINTER, 1)
				.operation("printer-uri", IppTag.URI, cups.sandbox().server().ippUri("/printers/" + name)) //$NON-NLS-1$ //$NON-NLS-2$
				.group(IppTag.PRINTER_ATTRIBUTES)
				.attribute("job-sheets-default", IppTag.NAME, "standard", "none") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.attribute("requesting-user-name-denied", IppTag.NAME, "mallory", "eve") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.attribute("print-quality-default", IppTag.ENUM, Integer.valueOf(5)) //$NON-NLS-1$
				.attribute("job-hold-until-default", IppTag.KEYWORD, "weekend") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("number-up-default", IppTag.INTEGER, Integer.valueOf(2)) //$NON-NLS-1$
				.attribute("job-priority-default", IppTag.INTEGER, Integer.valueOf(70)) //$NON-NLS-1$
				.attribute("job-quota-period", IppTag.INTEGER, Integer.valueOf(3600)) //$NON-NLS-1$
				.attribute("job-page-limit", IppTag.INTEGER, Integer.valueOf(100)).build(); //$NON-NLS-1$
		assertTrue(cups.admin().send(request, "/admin/", "customizing", null).status() < 0x0100); //$NON-NLS-1$ //$NON-NLS-2$
		// a PPD default as "lpadmin -o ColorModel=grayscale" makes it: in the queue's PPD
		String ppd = cups.admin().getPpd(name, null).replace("*DefaultColorModel: color", //$NON-NLS-1$
				"*DefaultColorModel: grayscale"); //$NON-NLS-1$
		IppMessage upload = IppMessage.request(IppOperation.CUPS_ADD_MODIFY_PRINTER, 2)
				.operation("printer-uri", IppTag.URI, cups.sandbox().server().ippUri("/printers/" + name)).build(); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(cups.admin().send(upload, ppd.getBytes(StandardCharsets.UTF_8), "/admin/", "uploading", null)
				.status() < 0x0100); //$NON-NLS-1$ //$NON-NLS-2$
		cups.admin().rejectJobs(name, null, null);
	}

	/** Cleans up after a test without hiding its failure: a queue it never created is not an error. */
	private static void deleteQuietly(String queue) {
		try {
			if (CupsTools.exists(cups.sandbox(), queue)) {
				Printer p = cups.admin().getPrinterAttributes(queue, List.of("printer-type", "member-names"), null); //$NON-NLS-1$ //$NON-NLS-2$
				if (p.isClass()) {
					cups.admin().admin().deleteClass(queue, null);
				} else {
					cups.admin().deletePrinter(queue, null);
				}
			}
		} catch (Exception e) {
			e.printStackTrace();
		}
	}

	private static int heldJob(String queue) throws IppException {
		int id = cups.admin().printJob(queue, "keep me", "text/plain", //$NON-NLS-1$ //$NON-NLS-2$
				new ByteArrayInputStream("rename".getBytes(StandardCharsets.US_ASCII)), null); //$NON-NLS-1$
		cups.admin().holdJob(id, null);
		return id;
	}

	/** {@return what CUPS's tools say about a queue, with its name and times taken out} */
	private static String settings(String queue) throws Exception {
		String status = CupsTools.run(cups.sandbox(), "lpstat", "-l", "-p", queue) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.replaceAll("since .*", "since TIME"); //$NON-NLS-1$ //$NON-NLS-2$
		String ppdOptions = CupsTools.run(cups.sandbox(), "lpoptions", "-p", queue, "-l"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String options = CupsTools.run(cups.sandbox(), "lpoptions", "-p", queue) //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("printer-state-change-time=\\d+", "") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("marker-change-time=\\d+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return (status + "\n" + ppdOptions + "\n" + options).replace(queue, "QUEUE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void renameKeepsTheHeldJobsAndEverySetting() throws Exception {
		customQueue("old-name"); //$NON-NLS-1$
		cups.admin().acceptJobs("old-name", null); // to print the jobs; rejecting again below //$NON-NLS-1$
		int[] ids = { heldJob("old-name"), heldJob("old-name") }; //$NON-NLS-1$ //$NON-NLS-2$
		cups.admin().rejectJobs("old-name", null, null); //$NON-NLS-1$
		String before = settings("old-name"); //$NON-NLS-1$
		assertTrue(before.contains("mallory"), before); //$NON-NLS-1$
		assertTrue(before.contains("*grayscale"), before); //$NON-NLS-1$
		assertTrue(before.contains("number-up=2"), before); //$NON-NLS-1$
		assertTrue(before.contains("job-hold-until=weekend"), before); //$NON-NLS-1$
		try {
			cups.admin().admin().renameQueue("old-name", "new-name", null); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(CupsTools.exists(cups.sandbox(), "old-name")); //$NON-NLS-1$
			assertEquals(before, settings("new-name")); //$NON-NLS-1$
			List<String> listed = CupsTools.jobs(cups.sandbox());
			for (int id : ids) {
				Job job = cups.admin().getJobAttributes(id, null);
				assertEquals("new-name", job.printerName()); //$NON-NLS-1$
				assertEquals(Job.State.HELD, job.state());
				assertTrue(listed.contains("new-name-" + id), listed::toString); //$NON-NLS-1$
			}
			Printer renamed = cups.admin().getPrinterAttributes("new-name", null, null); //$NON-NLS-1$
			assertFalse(renamed.acceptingJobs());
			assertEquals("abort-job", renamed.errorPolicy()); //$NON-NLS-1$
		} finally {
			for (int id : ids) {
				cups.admin().cancelJob(id, null);
			}
			deleteQuietly("new-name"); //$NON-NLS-1$
		}
	}

	@Test
	void duplicateKeepsTheOldQueueAndCopiesEverySetting() throws Exception {
		customQueue("original"); //$NON-NLS-1$
		cups.admin().pausePrinter("original", null, null); //$NON-NLS-1$
		String before = settings("original"); //$NON-NLS-1$
		try {
			cups.admin().admin().duplicateQueue("original", "copy", null); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(before, settings("original")); //$NON-NLS-1$
			assertEquals(before, settings("copy")); //$NON-NLS-1$
			assertEquals(Printer.State.STOPPED, cups.admin().getPrinterAttributes("copy", null, null).state()); //$NON-NLS-1$
		} finally {
			deleteQuietly("copy"); //$NON-NLS-1$
			deleteQuietly("original"); //$NON-NLS-1$
		}
	}

	@Test
	void renamingAClassMemberKeepsItInTheClassAndRenamingAClassKeepsItsMembers() throws Exception {
		cups.admin().addModifyPrinter("member", PrinterSettings.builder().deviceUri("file:/dev/null").build(), null); //$NON-NLS-1$ //$NON-NLS-2$
		cups.admin().admin().addModifyClass("group", new ClassSettings("Shared class", "Hall", List.of("null", "member")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				null);
		try {
			cups.admin().admin().renameQueue("member", "renamed-member", null); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(List.of("null", "renamed-member"), CupsTools.members(cups.sandbox(), "group")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			cups.admin().resumePrinter("group", null); //$NON-NLS-1$
			cups.admin().acceptJobs("group", null); //$NON-NLS-1$
			String before = settings("group"); //$NON-NLS-1$
			cups.admin().admin().renameQueue("group", "team", null); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(List.of(), CupsTools.members(cups.sandbox(), "group")); //$NON-NLS-1$
			assertEquals(List.of("null", "renamed-member"), CupsTools.members(cups.sandbox(), "team")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(before, settings("team")); //$NON-NLS-1$
		} finally {
			deleteQuietly("team"); //$NON-NLS-1$
			deleteQuietly("group"); //$NON-NLS-1$
			deleteQuietly("renamed-member"); //$NON-NLS-1$
		}
	}

	@Test
	void aNameThatIsTakenChangesNothing() throws Exception {
		IppException e = assertThrows(IppException.class, () -> cups.admin().admin().renameQueue("paused", "null", null)); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(e instanceof QueueCopyException, e.getMessage());
		assertTrue(e.getMessage().contains("null already exists"), e.getMessage()); //$NON-NLS-1$
		assertEquals(Printer.State.STOPPED, cups.admin().getPrinterAttributes("paused", null, null).state()); //$NON-NLS-1$
	}

	@Test
	void aRenameCancelledHalfwaySaysWhatWasDoneAndKeepsTheOldQueueWithItsJobs() throws Exception {
		cups.admin().addModifyPrinter("keep", PrinterSettings.builder().deviceUri("file:/dev/null").ppdName(PDF_PPD) //$NON-NLS-1$ //$NON-NLS-2$
				.build(), null);
		cups.admin().acceptJobs("keep", null); //$NON-NLS-1$
		int id = heldJob("keep"); //$NON-NLS-1$
		NullProgressMonitor cancelAfterCreating = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.startsWith("Copying the default")) { //$NON-NLS-1$
					setCanceled(true);
				}
			}
		};
		try {
			QueueCopyException e = assertThrows(QueueCopyException.class,
					() -> cups.admin().admin().renameQueue("keep", "half", cancelAfterCreating)); //$NON-NLS-1$ //$NON-NLS-2$
			assertInstanceOf(OperationCanceledException.class, e.getCause());
			assertTrue(e.sourceKept());
			assertTrue(e.getMessage().contains("created half"), e.getMessage()); //$NON-NLS-1$
			assertTrue(e.getMessage().contains("keep was kept"), e.getMessage()); //$NON-NLS-1$
			assertFalse(e.getMessage().contains("moved"), e.getMessage()); //$NON-NLS-1$
			assertNotEquals(List.of(), e.done());
			assertTrue(CupsTools.exists(cups.sandbox(), "keep")); //$NON-NLS-1$
			assertTrue(CupsTools.exists(cups.sandbox(), "half")); //$NON-NLS-1$
			assertEquals("keep", cups.admin().getJobAttributes(id, null).printerName()); //$NON-NLS-1$
		} finally {
			cups.admin().cancelJob(id, null);
			deleteQuietly("half"); //$NON-NLS-1$
			deleteQuietly("keep"); //$NON-NLS-1$
		}
	}

	@Test
	void renamingTheDefaultDestinationMakesTheNewNameTheDefault() throws Exception {
		cups.admin().addModifyPrinter("first", PrinterSettings.builder().deviceUri("file:/dev/null").build(), null); //$NON-NLS-1$ //$NON-NLS-2$
		String before = cups.admin().getDefault(null).orElseThrow().name();
		try {
			cups.admin().setDefault("first", null); //$NON-NLS-1$
			cups.admin().admin().renameQueue("first", "second", null); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("second", cups.admin().getDefault(null).orElseThrow().name()); //$NON-NLS-1$
			String lpstat = CupsTools.run(cups.sandbox(), "lpstat", "-d"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(lpstat.contains("system default destination: second"), lpstat); //$NON-NLS-1$
		} finally {
			cups.admin().setDefault(before, null);
			deleteQuietly("second"); //$NON-NLS-1$
			deleteQuietly("first"); //$NON-NLS-1$
		}
	}
}
