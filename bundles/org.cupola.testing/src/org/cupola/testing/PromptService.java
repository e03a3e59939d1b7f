package org.cupola.testing;

import java.util.Hashtable;

import org.cupola.ipp.CredentialsPrompt;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A {@link CredentialsPrompt} OSGi service ranked above every other (the auth UI's dialog), so that a test answers
 * when CUPS asks for a password on the workbench's connections. {@link #unregister()} it when done.
 */
public final class PromptService {

	private final ServiceRegistration<CredentialsPrompt> registration;

	private PromptService(ServiceRegistration<CredentialsPrompt> registration) {
		this.registration = registration;
	}

	/**
	 * Registers the prompt with the highest ranking.
	 *
	 * @param caller
	 *            a class of the test's bundle (its context registers the service)
	 * @param prompt
	 *            what answers
	 * @return the registration
	 */
	public static PromptService register(Class<?> caller, CredentialsPrompt prompt) {
		BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(Constants.SERVICE_RANKING, Integer.valueOf(Integer.MAX_VALUE));
		return new PromptService(context.registerService(CredentialsPrompt.class, prompt, props));
	}

	/** Removes the service. */
	public void unregister() {
		registration.unregister();
	}
}
