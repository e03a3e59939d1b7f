package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.LoginDeclinedException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Printer;
import org.cupola.testing.CupsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic authentication against a real cupsd: 401 → prompt → retry, wrong passwords, cancel, 403.
 */
class AuthenticationTest {

	private static final DeviceQuery SANDBOX_DEVICES = new DeviceQuery(List.of("sandbox"), List.of(), 5, 0); //$NON-NLS-1$

	private static CupsSandbox sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = CupsSandbox.start(true);
	}

	@AfterAll
	static void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	private static Credentials wrong(String user) {
		return new Credentials(user, "not-the-password".toCharArray()); //$NON-NLS-1$
	}

	@Test
	void unauthorizedPromptsOnceThenTheCredentialsAreReused() throws Exception {
		RecordingPrompt prompt = new RecordingPrompt(r -> sandbox.adminCredentials());
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			assertEquals(1, connection.getDevices(SANDBOX_DEVICES, null, null).size());
			assertEquals(1, prompt.requests.size());
			CredentialsRequest request = prompt.requests.get(0);
			assertEquals(sandbox.server(), request.server());
			assertEquals("fetching device list", request.operationName()); //$NON-NLS-1$
			assertEquals(1, request.attempt());
			assertEquals(CredentialsRequest.Reason.REQUIRED, request.reason());
			assertNull(request.previousUser());
			assertEquals(sandbox.adminUser(), connection.currentUser());

			connection.pausePrinter("null", null, null); //$NON-NLS-1$
			connection.resumePrinter("null", null); //$NON-NLS-1$
			assertEquals(1, prompt.requests.size(), "cached credentials are sent preemptively"); //$NON-NLS-1$
		}
	}

	@Test
	void wrongPasswordsArePromptedAgainUpToTheLimit() {
		RecordingPrompt prompt = new RecordingPrompt(r -> wrong(sandbox.adminUser()));
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
					() -> connection.getServerConfig(null));
			assertEquals("Authentication failed for user cupsadmin on " + sandbox.server() + " after 3 attempts", //$NON-NLS-1$ //$NON-NLS-2$
					e.getMessage());
			assertEquals(List.of(CredentialsRequest.Reason.REQUIRED, CredentialsRequest.Reason.WRONG_PASSWORD,
					CredentialsRequest.Reason.WRONG_PASSWORD),
					prompt.requests.stream().map(CredentialsRequest::reason).toList());
			assertEquals(List.of(1, 2, 3), prompt.requests.stream().map(CredentialsRequest::attempt).toList());
			assertEquals(sandbox.adminUser(), prompt.requests.get(1).previousUser());
			assertFalse(connection.hasCredentials());
			assertFalse(e.getMessage().contains("not-the-password")); //$NON-NLS-1$
		}
	}

	@Test
	void wrongCachedCredentialsAreForgottenAndTheUserIsAsked() throws Exception {
		RecordingPrompt prompt = new RecordingPrompt(r -> sandbox.adminCredentials());
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			connection.setCredentials(wrong(sandbox.adminUser()));
			assertTrue(connection.getServerConfig(null).length > 0);
			assertEquals(1, prompt.requests.size());
			assertEquals(CredentialsRequest.Reason.WRONG_PASSWORD, prompt.requests.get(0).reason());
			assertEquals(1, prompt.requests.get(0).attempt());
			assertEquals(sandbox.adminUser(), prompt.requests.get(0).previousUser());
		}
	}

	@Test
	void aDeclinedPromptIsALoginErrorAndChangesNothing() throws Exception {
		RecordingPrompt prompt = new RecordingPrompt(r -> null);
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			assertThrows(LoginDeclinedException.class,
					() -> connection.pausePrinter("null", "must not happen", null)); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(1, prompt.requests.size());
			assertEquals("pausing null", prompt.requests.get(0).operationName()); //$NON-NLS-1$
			Printer p = connection.getPrinterAttributes("null", null, null); //$NON-NLS-1$
			assertEquals(Printer.State.IDLE, p.state());
			assertFalse("must not happen".equals(p.stateMessage())); //$NON-NLS-1$
		}
	}

	@Test
	void anAuthenticatedUserOutsideTheSystemGroupIsForbiddenWithoutASecondPrompt() {
		RecordingPrompt prompt = new RecordingPrompt(r -> sandbox.plainCredentials());
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, prompt)) {
			ForbiddenException e = assertThrows(ForbiddenException.class, () -> connection.getServerConfig(null));
			assertEquals("User cupsuser is authenticated but may not administer " + sandbox.server() //$NON-NLS-1$
					+ " (not in the SystemGroup, e.g. lpadmin)", e.getMessage()); //$NON-NLS-1$
			assertEquals(1, prompt.requests.size());
			assertFalse(connection.hasCredentials(), "refused credentials are not kept"); //$NON-NLS-1$
			// so the next operation asks again: the user may now log in as an administrator
			assertThrows(ForbiddenException.class, () -> connection.getDevices(SANDBOX_DEVICES, null, null));
			assertEquals(2, prompt.requests.size());
			assertEquals(1, prompt.requests.get(1).attempt());
		}
	}

	@Test
	void withoutAPromptAnAdminOperationIsNotAuthorized() {
		try (CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
					() -> connection.setDefault("null", null)); //$NON-NLS-1$
			assertTrue(e.getMessage().contains("requires a user name and password"), e.getMessage()); //$NON-NLS-1$
		}
	}
}
