package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CupsServer;
import org.cupola.ui.Servers;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/** {@link Servers} gives back the prompt services it tracks when it is closed (as at bundle stop). */
class ServersTest {

	@Test
	void closingReleasesTheTrackedPromptServices() {
		Credentials answer = new Credentials("user", "secret".toCharArray());
		AtomicInteger got = new AtomicInteger();
		AtomicInteger released = new AtomicInteger();
		BundleContext context = FrameworkUtil.getBundle(Servers.class).getBundleContext();
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		ServiceRegistration<?> registration = context.registerService(CredentialsPrompt.class.getName(),
				new ServiceFactory<CredentialsPrompt>() {
					@Override
					public CredentialsPrompt getService(Bundle bundle,
							ServiceRegistration<CredentialsPrompt> reg) {
						got.incrementAndGet();
						return request -> answer;
					}

					@Override
					public void ungetService(Bundle bundle, ServiceRegistration<CredentialsPrompt> reg,
							CredentialsPrompt service) {
						released.incrementAndGet();
					}
				}, props);
		try {
			CredentialsRequest request = new CredentialsRequest(new CupsServer(false, "127.0.0.1", 9),
					"testing", 1, CredentialsRequest.Reason.REQUIRED, null, new CancelToken());
			assertSame(answer, Servers.getDefault().credentialsPrompt().getCredentials(request));
			assertEquals(1, got.get(), "the tracker holds the service");
			assertEquals(0, released.get());

			Servers.getDefault().closeServiceTracking();
			assertEquals(1, released.get(), "closing the tracker releases the service");

			assertSame(answer, Servers.getDefault().credentialsPrompt().getCredentials(request),
					"a later request tracks again");
		} finally {
			registration.unregister();
		}
	}
}
