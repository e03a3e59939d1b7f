package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsStore;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * In the real product runtime, the declarative services components whose XML the build generated from their
 * {@code @Component} annotations are registered: the credentials store (core) and the prompt (auth.ui) using it.
 */
class ServicesTest {

	@Test
	void theGeneratedComponentsAreRegistered() {
		BundleContext context = FrameworkUtil.getBundle(ServicesTest.class).getBundleContext();
		ServiceReference<CredentialsStore> store = context.getServiceReference(CredentialsStore.class);
		assertNotNull(store, "no CredentialsStore service");
		assertEquals("org.cupola.ipp", store.getBundle().getSymbolicName());
		ServiceReference<CredentialsPrompt> prompt = context.getServiceReference(CredentialsPrompt.class);
		assertNotNull(prompt, "no CredentialsPrompt service");
		assertEquals("org.cupola.auth.ui", prompt.getBundle().getSymbolicName());
		try {
			assertEquals("org.cupola.ipp.internal.credentials.SecureCredentialsStore",
					context.getService(store).getClass().getName());
			assertEquals("org.cupola.auth.ui.internal.CredentialsPromptComponent",
					context.getService(prompt).getClass().getName());
		} finally {
			context.ungetService(store);
			context.ungetService(prompt);
		}
	}
}
