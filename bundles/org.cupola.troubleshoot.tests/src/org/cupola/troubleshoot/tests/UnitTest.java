package org.cupola.troubleshoot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.server.CupsdConf;
import org.cupola.troubleshoot.Redactor;
import org.cupola.troubleshoot.Severity;
import org.cupola.troubleshoot.internal.DeviceUri;
import org.cupola.troubleshoot.internal.Json;
import org.cupola.troubleshoot.internal.Messages;
import org.cupola.troubleshoot.internal.PpdSummary;
import org.cupola.troubleshoot.internal.StateReasons;
import org.junit.jupiter.api.Test;

/** The engine's pure parts, without a server. */
@SuppressWarnings("nls")
class UnitTest {

	@Test
	void redactorMasksUriPasswordsHeadersAndSecrets() {
		Redactor r = new Redactor();
		assertEquals("ipp://bob:***@host:631/ipp/print", r.scrub("ipp://bob:s3cret@host:631/ipp/print"));
		assertEquals("smb://WORKGROUP;bob:***@server/share", r.scrub("smb://WORKGROUP;bob:pw@server/share"));
		assertEquals("socket://host:9100", r.scrub("socket://host:9100"));
		assertEquals("ipp://bob@host/", r.scrub("ipp://bob@host/"));
		assertEquals("D [x] Authorization: Basic ***", r.scrub("D [x] Authorization: Basic Ym9iOnMzY3JldA=="));
		assertEquals("AUTH_PASSWORD=***", r.scrub("AUTH_PASSWORD=hunter2"));
		r.addSecret("admin", "p4ssw0rd".toCharArray());
		assertEquals("the password is ***", r.scrub("the password is p4ssw0rd"));
		String basic = java.util.Base64.getEncoder().encodeToString("admin:p4ssw0rd".getBytes(StandardCharsets.UTF_8));
		assertFalse(r.scrub("header " + basic).contains(basic));
	}

	@Test
	void deviceUriParts() {
		DeviceUri u = DeviceUri.parse("ipp://bob:s3cret@printer.example:8631/printers/q%20one?waitjob=false");
		assertEquals("ipp", u.scheme());
		assertEquals("printer.example", u.host());
		assertEquals(8631, u.port());
		assertEquals("q one", u.cupsQueueName());
		assertFalse(u.toString().contains("s3cret"));
		assertEquals(631, DeviceUri.parse("ipps://h/ipp/print").portOrDefault());
		assertEquals("::1", DeviceUri.parse("ipp://[::1]:631/").host());
		assertEquals("file", DeviceUri.parse("file:/dev/null").scheme());
		assertNull(DeviceUri.parse("file:/dev/null").host());
		assertNull(DeviceUri.parse("nonsense"));
		assertTrue(DeviceUri.isIppScheme("https"));
		assertFalse(DeviceUri.isIppScheme("socket"));
	}

	@Test
	void ppdSummary() {
		PpdSummary s = PpdSummary.parse("""
				*PPD-Adobe: "4.3"
				*cupsFilter: "application/vnd.cups-raster 0 rastertoepson"
				*cupsFilter2: "application/pdf application/vnd.cups-pdf 10 -"
				*cupsFilter2: "application/vnd.cups-pdf application/x-foo 10 /opt/foo/bin/filter"
				*DefaultPageSize: A4
				""");
		assertTrue(s.valid());
		assertEquals(List.of("rastertoepson", "/opt/foo/bin/filter"), s.filters());
		assertEquals("A4", s.defaultPageSize());
		assertTrue(s.problems().isEmpty());
		PpdSummary bad = PpdSummary.parse("<html>not a ppd</html>\n*cupsFilter: \"broken\"");
		assertFalse(bad.valid());
		assertEquals(2, bad.problems().size());
	}

	@Test
	void stateReasonsSeverity() {
		assertEquals(Severity.ERROR, StateReasons.describe("media-empty-error").severity());
		assertEquals("media-empty", StateReasons.describe("media-empty-error").reason());
		assertEquals("The printer is out of paper.", StateReasons.describe("media-empty-error").text());
		assertEquals(Severity.WARNING, StateReasons.describe("toner-low-warning").severity());
		assertEquals("The printer is low on toner.", StateReasons.describe("toner-low-warning").text());
		assertEquals(Severity.INFO, StateReasons.describe("offline-report").severity());
		assertEquals(Severity.INFO, StateReasons.describe("connecting-to-device").severity());
		assertEquals(Severity.ERROR, StateReasons.describe("paused").severity());
		assertEquals(Severity.ERROR, StateReasons.describe("other").severity());
		assertTrue(StateReasons.describe("com.vendor-thing-warning").text().contains("com.vendor-thing"));
	}

	@Test
	void cupsdConfEditsKeepTheRest() {
		String conf = "# comment\nLogLevel warn\nMaxLogSize 1m\n<Location />\n  LogLevel nested\n</Location>\n";
		byte[] bytes = conf.getBytes(StandardCharsets.ISO_8859_1);
		// the troubleshooter's edits, through the one model in core (org.cupola.ipp.server.CupsdConf)
		assertEquals("warn", CupsdConf.parse(bytes).logLevel());
		CupsdConf debug = CupsdConf.parse(bytes);
		debug.setTroubleshootingLog();
		assertEquals("# comment\nLogLevel debug\nMaxLogSize 0\n<Location />\n  LogLevel nested\n</Location>\n",
				new String(debug.toBytes(), StandardCharsets.ISO_8859_1));
		CupsdConf browsing = CupsdConf.parse(bytes);
		browsing.setPublishing(true);
		assertEquals(conf, new String(browsing.toBytes(), StandardCharsets.ISO_8859_1),
				"Browsing is on by default: publishing changes nothing");
		CupsdConf off = CupsdConf.parse("Browsing No\n" + conf);
		off.setPublishing(true);
		assertTrue(new String(off.toBytes(), StandardCharsets.ISO_8859_1).startsWith("Browsing Yes\n# comment"));
		assertTrue(CupsdConf.isDebugLevel("debug2"));
		assertFalse(CupsdConf.isDebugLevel("info"));
	}

	@Test
	void boundMessagesKeepTheirQuotes() {
		// NLS.bind reads '...' as quoted text: bound messages write '' for one quote
		assertEquals("'x' is not an answer to y.", Messages.bind(Messages.Troubleshooter_badAnswer, "x", "y"));
		assertEquals("The queue 'q' is not enabled.", Messages.bind(Messages.QueueNotEnabled_explanation, "q"));
		assertEquals("I can't tell", Messages.TestPage_unknown, "unbound messages keep a single quote");
		assertTrue(Messages.bind(Messages.Firewalled_fix, "631", "host").endsWith("on server 'host', and that the "
				+ "print service runs there."), Messages.bind(Messages.Firewalled_fix, "631", "host"));
	}

	@Test
	void jsonEscapes() {
		Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("a", "x\"y\\z\n\u0001");
		m.put("b", java.util.Arrays.asList(Integer.valueOf(1), Boolean.TRUE, null));
		assertEquals("{\n  \"a\": \"x\\\"y\\\\z\\n\\u0001\",\n  \"b\": [\n    1,\n    true,\n    null\n  ]\n}",
				Json.write(m));
		assertEquals(m.get("a"), ((Map<?, ?>) TestSupport.parseJson(Json.write(m))).get("a"));
	}
}
