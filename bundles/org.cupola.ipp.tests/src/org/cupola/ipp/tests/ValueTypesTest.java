package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsServer;
import org.junit.jupiter.api.Test;

/** The small value types of the API: no server needed. */
class ValueTypesTest {

	@Test
	void parsesEveryServerSpelling() {
		assertEquals(new CupsServer(false, "printhost", 631), CupsServer.parse("printhost")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new CupsServer(false, "printhost", 8631), CupsServer.parse(" printhost:8631 ")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new CupsServer(false, "::1", 8631), CupsServer.parse("[::1]:8631")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new CupsServer(false, "fe80::1", 631), CupsServer.parse("fe80::1")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new CupsServer(false, "h", 632), CupsServer.parse("ipp://h:632/printers/x")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new CupsServer(true, "h", 631), CupsServer.parse("ipps://h")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new CupsServer(false, "h", 631), CupsServer.parse("http://h/admin")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new CupsServer(true, "h", 443), CupsServer.parse("https://user@h:443/")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(IllegalArgumentException.class, () -> CupsServer.parse("ftp://h")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> CupsServer.parse("h:notaport")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> CupsServer.parse("")); //$NON-NLS-1$
	}

	@Test
	void buildsUris() {
		CupsServer v6 = CupsServer.parse("[::1]:8631"); //$NON-NLS-1$
		assertEquals("ipp://[::1]:8631", v6.toString()); //$NON-NLS-1$
		assertEquals("ipp://[::1]:8631", v6.key()); //$NON-NLS-1$
		assertEquals("ipp://[::1]:8631/printers/p", v6.ippUri("/printers/p")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("http://[::1]:8631/admin/", v6.httpUri("/admin/").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("https://h:631/", CupsServer.parse("ipps://h").httpUri("/").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void credentialsCopyAndZeroThePassword() {
		char[] pw = "secret".toCharArray(); //$NON-NLS-1$
		Credentials c = new Credentials("u", pw); //$NON-NLS-1$
		pw[0] = 'X';
		assertArrayEquals("secret".toCharArray(), c.password()); //$NON-NLS-1$
		c.password()[0] = 'Y';
		assertArrayEquals("secret".toCharArray(), c.password()); //$NON-NLS-1$
		assertFalse(c.toString().contains("secret")); //$NON-NLS-1$
		c.close();
		assertTrue(c.isCleared());
		assertEquals(0, c.password().length);
	}

	@Test
	void cancelTokenRunsListenersOnceAndBindsPerThread() throws Exception {
		CancelToken token = new CancelToken();
		AtomicInteger runs = new AtomicInteger();
		token.onCancel(() -> {
			throw new IllegalStateException("listener failure is swallowed"); //$NON-NLS-1$
		});
		token.onCancel(runs::incrementAndGet);
		CancelToken.Registration removed = token.onCancel(runs::incrementAndGet);
		removed.close();
		assertFalse(CancelToken.currentBound().isPresent());
		CancelToken fresh = CancelToken.current();
		assertFalse(fresh.isCanceled());
		try (CancelToken.Binding b = token.bind()) {
			assertEquals(token, CancelToken.current());
			Thread other = new Thread(() -> assertFalse(CancelToken.currentBound().isPresent()));
			other.start();
			other.join();
			CancelToken inner = new CancelToken();
			try (CancelToken.Binding b2 = inner.bind()) {
				assertEquals(inner, CancelToken.current());
			}
			assertEquals(token, CancelToken.current());
		}
		assertFalse(CancelToken.currentBound().isPresent());
		token.cancel();
		token.cancel();
		assertEquals(1, runs.get());
		token.onCancel(runs::incrementAndGet); // runs at once
		assertEquals(2, runs.get());
	}
}
