package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: an observer sees every credentials a connection holds (what a report's redactor scrubs, what one login
 * per server shares): those held when it registers, those set later, and those the prompt gave once CUPS accepted them.
 */
class CredentialsObserverTest {

	@Test
	void observerSeesHeldSetAndAcceptedCredentialsAsCopies() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		List<String> seen = new ArrayList<>();
		List<Credentials> handed = new ArrayList<>();
		try (CupsConnection c = new CupsConnection(sandbox.server(), null, request -> sandbox.adminCredentials())) {
			c.setCredentials(new Credentials("early", "pw-1".toCharArray()));
			c.addCredentialsObserver(cred -> {
				seen.add(cred.user() + ':' + new String(cred.password()));
				handed.add(cred);
			});
			assertEquals(List.of("early:pw-1"), seen, "held at registration");
			c.clearCredentials();
			assertEquals(1, seen.size(), "forgetting shows nothing");
			// an admin operation: 401, the prompt answers, CUPS accepts, the connection keeps them
			c.resumePrinter("ipp-everywhere", null);
			Credentials admin = sandbox.adminCredentials();
			assertEquals(List.of("early:pw-1", admin.user() + ':' + new String(admin.password())), seen);
			assertTrue(handed.stream().allMatch(Credentials::isCleared), "the observer's copies are zeroed after");
		}
	}

	@Test
	void removedObserverSeesNothing() {
		List<String> seen = new ArrayList<>();
		try (CupsConnection c = new CupsConnection(CupsServer.parse("127.0.0.1:1"), null, null)) {
			java.util.function.Consumer<Credentials> o = cred -> seen.add(cred.user());
			c.addCredentialsObserver(o);
			c.removeCredentialsObserver(o);
			c.setCredentials(new Credentials("u", "p".toCharArray()));
			assertTrue(seen.isEmpty());
		}
	}

}
