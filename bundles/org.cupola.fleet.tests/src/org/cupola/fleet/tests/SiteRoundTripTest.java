package org.cupola.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.cupola.fleet.FleetCommand;
import org.cupola.fleet.Site;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rich site made with CUPS's own tools on one private cupsd, exported with {@code cupola export}, applied to an
 * empty one with {@code cupola apply}: CUPS's own view of both (lpstat, lpoptions) is then the same, {@code cupola diff}
 * finds nothing, a second apply changes nothing, a partial failure resumes, and {@code --prune} deletes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteRoundTripTest {

	private static CupsSandbox source;
	private static CupsSandbox target;
	@TempDir
	static Path tmp;
	private static Path siteFile;

	@BeforeAll
	static void start() throws Exception {
		CompletableFuture<CupsSandbox> t = CompletableFuture.supplyAsync(() -> CupsSandbox.start(false));
		source = CupsSandbox.start(true);
		target = t.join();
		richSite(source);
		siteFile = tmp.resolve("site.json"); //$NON-NLS-1$
	}

	@AfterAll
	static void stop() {
		if (source != null) {
			source.close();
		}
		if (target != null) {
			target.close();
		}
	}

	/** A class, a PPD queue with changed option defaults and an installable option, access lists, job defaults, banners, policies, a server directive. */
	private static void richSite(CupsSandbox s) throws IOException {
		CupsTools.ipp(s, "/printers/office", "CUPS-Add-Modify-Printer", List.of( //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR uri device-uri socket://127.0.0.1:9/", //$NON-NLS-1$
				"ATTR name ppd-name drv:///sample.drv/generpcl.ppd", //$NON-NLS-1$
				"ATTR text printer-info \"Office laser\"", "ATTR text printer-location \"Floor 2, room 204\"", //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR name printer-error-policy abort-job", "ATTR name printer-op-policy default", //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR boolean printer-is-shared true", //$NON-NLS-1$
				"ATTR enum printer-state 3", "ATTR boolean printer-is-accepting-jobs true"), null); //$NON-NLS-1$ //$NON-NLS-2$
		String ppd = CupsTools.run(Map.of(), "curl", "-sf", "http://127.0.0.1:" + s.port() + "/printers/office.ppd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String changed = ppd.replaceAll("(?m)^\\*DefaultPageSize: .*$", "*DefaultPageSize: Legal") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("(?m)^\\*DefaultPageRegion: .*$", "*DefaultPageRegion: Legal") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("(?m)^\\*DefaultDuplex: .*$", "*DefaultDuplex: DuplexNoTumble") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("(?m)^\\*DefaultOption1: .*$", "*DefaultOption1: True"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(changed.equals(ppd));
		Path ppdFile = tmp.resolve("office.ppd"); //$NON-NLS-1$
		Files.writeString(ppdFile, changed, StandardCharsets.UTF_8);
		CupsTools.ipp(s, "/printers/office", "CUPS-Add-Modify-Printer", List.of( //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR name requesting-user-name-denied baduser,otheruser", //$NON-NLS-1$
				"ATTR name job-sheets-default standard,none", //$NON-NLS-1$
				"ATTR integer copies-default 2", "ATTR keyword sides-default two-sided-long-edge"), ppdFile); //$NON-NLS-1$ //$NON-NLS-2$
		CupsTools.ipp(s, "/printers/null", "CUPS-Add-Modify-Printer", List.of( //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR name requesting-user-name-allowed alice,bob", "ATTR integer number-up-default 2", //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR name printer-error-policy retry-job"), null); //$NON-NLS-1$
		CupsTools.ipp(s, "/classes/floor2", "CUPS-Add-Modify-Class", List.of( //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR uri member-uris ipp://localhost/printers/office,ipp://localhost/printers/null", //$NON-NLS-1$
				"ATTR text printer-info \"Floor 2 printers\"", "ATTR text printer-location \"Floor 2\"", //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR enum printer-state 3", "ATTR boolean printer-is-accepting-jobs true", //$NON-NLS-1$ //$NON-NLS-2$
				"ATTR name requesting-user-name-allowed alice"), null); //$NON-NLS-1$
		CupsTools.ipp(s, "/printers/floor2", "CUPS-Set-Default", List.of(), null); //$NON-NLS-1$ //$NON-NLS-2$
		// a server directive, changed the way an administrator would: the file, PUT with curl
		String conf = CupsTools.run(Map.of(), "curl", "-sf", "-u", CupsTools.ADMIN + ':' + CupsTools.PASSWORD, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"http://127.0.0.1:" + s.port() + "/admin/conf/cupsd.conf"); //$NON-NLS-1$ //$NON-NLS-2$
		Path confFile = tmp.resolve("cupsd.conf"); //$NON-NLS-1$
		Files.writeString(confFile, conf.replaceAll("(?m)^MaxJobs .*$", "MaxJobs 321"), StandardCharsets.ISO_8859_1); //$NON-NLS-1$ //$NON-NLS-2$
		CupsTools.run(Map.of(), "curl", "-sf", "-u", CupsTools.ADMIN + ':' + CupsTools.PASSWORD, "-T", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				confFile.toString(), "http://127.0.0.1:" + s.port() + "/admin/conf/cupsd.conf"); //$NON-NLS-1$ //$NON-NLS-2$
		waitForScheduler(s);
	}

	static void waitForScheduler(CupsSandbox s) {
		// cupsd reloads itself a moment after the PUT; let it begin before asking whether it is up again
		try {
			Thread.sleep(2500);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (System.nanoTime() < deadline) {
			try {
				Thread.sleep(200);
				if (CupsTools.run(Map.of(), "lpstat", "-h", "127.0.0.1:" + s.port(), "-r").contains("is running")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					return;
				}
			} catch (AssertionError e) {
				// restarting
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static String src() {
		return source.server().hostAndPort();
	}

	private static String dst() {
		return target.server().hostAndPort();
	}

	@Test
	@Order(1)
	void exportWritesTheRichSite() throws IOException {
		Fleet.Result r = Fleet.run(Fleet.admin(), "export", "--server", src(), "--user", CupsTools.ADMIN, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"--output", siteFile.toString()); //$NON-NLS-1$
		assertEquals(FleetCommand.EXIT_OK, r.status(), r.toString());
		String json = Files.readString(siteFile);
		Site site = Site.parse(json);
		assertEquals("floor2", site.defaultDestination()); //$NON-NLS-1$
		assertEquals(List.of("office", "null"), site.classes().get("floor2").get(Site.MEMBERS)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<String, Object> office = site.printers().get("office"); //$NON-NLS-1$
		assertEquals(Site.DRIVER_PPD, office.get(Site.DRIVER));
		@SuppressWarnings("unchecked")
		Map<String, Object> ppdDefaults = (Map<String, Object>) office.get(Site.PPD_DEFAULTS);
		assertEquals("Legal", ppdDefaults.get("PageSize")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("True", ppdDefaults.get("Option1")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("baduser", "otheruser"), office.get(Site.USERS_DENIED)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("standard", "none"), office.get(Site.BANNERS)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("abort-job", office.get(Site.ERROR_POLICY)); //$NON-NLS-1$
		assertEquals(Site.DRIVER_EVERYWHERE, site.printers().get("ipp-everywhere").get(Site.DRIVER)); //$NON-NLS-1$
		assertEquals(Boolean.FALSE, site.printers().get("paused").get(Site.ENABLED)); //$NON-NLS-1$
		assertEquals(Boolean.FALSE, site.printers().get("rejecting").get(Site.ACCEPTING)); //$NON-NLS-1$
		@SuppressWarnings("unchecked")
		Map<String, Object> directives = (Map<String, Object>) site.server().get(Site.SERVER_DIRECTIVES);
		assertEquals("321", directives.get("MaxJobs")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(json.contains("Paused for maintenance"), "no runtime state"); //$NON-NLS-1$ //$NON-NLS-2$
		// deterministic: a second export is the same bytes
		Path again = tmp.resolve("again.json"); //$NON-NLS-1$
		assertEquals(0, Fleet.run(Fleet.admin(), "export", "--server", src(), "--user", CupsTools.ADMIN, "--output", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				again.toString()).status());
		assertEquals(json, Files.readString(again));
	}

	@Test
	@Order(2)
	void diffBeforeApplySaysWhatIsMissing() {
		Fleet.Result r = Fleet.run(Fleet.admin(), "diff", siteFile.toString(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN);
		assertEquals(FleetCommand.EXIT_DIFFERENT, r.status(), r.toString());
		assertTrue(r.out().contains("printer office: in " + siteFile + ", missing on " + dst()), r.out()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(r.out().contains("cupsd.conf MaxJobs: \"321\""), r.out()); //$NON-NLS-1$
	}

	@Test
	@Order(3)
	void applyMakesCupsSeeTheSameSite() {
		Fleet.Result r = Fleet.run(Fleet.admin(), "apply", siteFile.toString(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN, "--yes"); //$NON-NLS-1$
		assertEquals(FleetCommand.EXIT_OK, r.status(), r.toString());
		System.out.println("apply:\n" + r.out()); //$NON-NLS-1$
		// safe order: members before their class, the default last
		String out = r.out();
		assertTrue(out.indexOf("done: create printer office") < out.indexOf("done: create class floor2"), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.indexOf("done: create class floor2") < out.indexOf("done: make floor2 the default"), out); //$NON-NLS-1$ //$NON-NLS-2$
		String want = CupsTools.view(source, tmp);
		String have = CupsTools.view(target, tmp);
		CupsTools.assertSameView(want, have);
		assertTrue(want.contains("Legal") && want.contains("*DuplexNoTumble") && want.contains("*True"), want); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(FleetCommand.EXIT_OK, Fleet.run(Fleet.admin(), "diff", siteFile.toString(), "--server", dst(), //$NON-NLS-1$ //$NON-NLS-2$
				"--user", CupsTools.ADMIN).status()); //$NON-NLS-1$
		Fleet.Result servers = Fleet.run(Fleet.admin(), "diff", "--server", src(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				CupsTools.ADMIN);
		assertEquals(FleetCommand.EXIT_OK, servers.status(), servers.toString());
	}

	@Test
	@Order(4)
	void applyTwiceChangesNothing() {
		Fleet.Result r = Fleet.run(Fleet.admin(), "apply", siteFile.toString(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN, "--yes"); //$NON-NLS-1$
		assertEquals(FleetCommand.EXIT_OK, r.status(), r.toString());
		assertTrue(r.out().contains("Nothing to change"), r.toString()); //$NON-NLS-1$
		assertFalse(r.out().contains("done:"), r.toString()); //$NON-NLS-1$
	}

	@Test
	@Order(5)
	void partialFailureStopsAndRunningAgainFinishes() throws IOException {
		Site site = Site.read(siteFile);
		Map<String, Object> vault = new java.util.TreeMap<>(site.printers().get("null")); //$NON-NLS-1$
		vault.put(Site.DEVICE_URI, "ipp://printuser:${secret:vault}@127.0.0.1:9/ipp/print"); //$NON-NLS-1$
		vault.put(Site.DESCRIPTION, "Vault printer"); //$NON-NLS-1$
		Map<String, Object> zeta = new java.util.TreeMap<>(site.printers().get("null")); //$NON-NLS-1$
		zeta.put(Site.DESCRIPTION, "Last queue"); //$NON-NLS-1$
		Map<String, Map<String, Object>> printers = new java.util.TreeMap<>(site.printers());
		printers.put("vault", vault); //$NON-NLS-1$
		printers.put("zeta", zeta); //$NON-NLS-1$
		Path file = tmp.resolve("partial.json"); //$NON-NLS-1$
		Files.writeString(file, Site.of(printers, site.classes(), site.defaultDestination(), site.server()).toJson());
		Fleet.Result first = Fleet.run(Fleet.admin(), "apply", file.toString(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN, "--yes"); //$NON-NLS-1$
		assertEquals(FleetCommand.EXIT_ERROR, first.status(), first.toString());
		assertTrue(first.out().contains("FAILED: create printer vault"), first.toString()); //$NON-NLS-1$
		assertTrue(first.out().contains("CUPOLA_SECRET_VAULT"), first.toString()); //$NON-NLS-1$
		assertTrue(first.out().contains("not done: create printer zeta"), first.toString()); //$NON-NLS-1$
		Map<String, String> env = new HashMap<>(Fleet.admin());
		env.put("CUPOLA_SECRET_VAULT", "s3cret pass"); //$NON-NLS-1$ //$NON-NLS-2$
		Fleet.Result second = Fleet.run(env, "apply", file.toString(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN, "--yes"); //$NON-NLS-1$
		assertEquals(FleetCommand.EXIT_OK, second.status(), second.toString());
		assertTrue(second.out().contains("done: create printer vault"), second.toString()); //$NON-NLS-1$
		assertTrue(second.out().contains("done: create printer zeta"), second.toString()); //$NON-NLS-1$
		assertFalse(second.out().contains("create class"), "the first run's steps are not redone"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse((second.out() + second.err()).contains("s3cret"), second.toString()); //$NON-NLS-1$
		Fleet.Result diff = Fleet.run(Fleet.admin(), "diff", file.toString(), "--server", dst(), //$NON-NLS-1$ //$NON-NLS-2$
				"--user", CupsTools.ADMIN); //$NON-NLS-1$
		assertEquals(FleetCommand.EXIT_OK, diff.status(), diff.toString());
		// the exported secret stays a reference; CUPS itself never tells the password
		Path back = tmp.resolve("back.json"); //$NON-NLS-1$
		Fleet.run(Fleet.admin(), "export", "--server", dst(), "--user", CupsTools.ADMIN, "--output", back.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertFalse(Files.readString(back).contains("s3cret"), "no password in an export"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	@Order(6)
	void pruneDeletesOnlyWhenAsked() {
		Fleet.Result keep = Fleet.run(Fleet.admin(), "apply", siteFile.toString(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN, "--yes"); //$NON-NLS-1$
		assertEquals(FleetCommand.EXIT_OK, keep.status(), keep.toString());
		assertTrue(keep.out().contains("kept (not in the site description; --prune deletes it): printer vault"), //$NON-NLS-1$
				keep.toString());
		Fleet.Result prune = Fleet.run(Fleet.admin(), "apply", siteFile.toString(), "--server", dst(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN, "--yes", "--prune"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(FleetCommand.EXIT_OK, prune.status(), prune.toString());
		assertTrue(prune.out().contains("done: delete printer vault"), prune.toString()); //$NON-NLS-1$
		CupsTools.assertSameView(CupsTools.view(source, tmp), CupsTools.view(target, tmp));
	}

	@Test
	@Order(7)
	void withoutYesAndWithoutTerminalNothingChanges() {
		Fleet.Result r = Fleet.run(Fleet.admin(), "apply", siteFile.toString(), "--server", src(), "--user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				CupsTools.ADMIN, "--prune"); //$NON-NLS-1$
		// the source is the site: nothing to change, so no question is needed
		assertEquals(FleetCommand.EXIT_OK, r.status(), r.toString());
	}
}
