package org.cupola.auth.ui.internal;

import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;

/**
 * The {@link TrustPrompt} OSGi service (declarative services component, see
 * {@code OSGI-INF/org.cupola.auth.ui.internal.TrustPromptComponent.xml}): a {@link DialogTrustPrompt} on the
 * workbench's display, parented like the credentials dialog (see {@link CredentialsPromptComponent}). Without any
 * display it answers CANCEL, which cancels the operation.
 */
public final class TrustPromptComponent implements TrustPrompt {

	private final DialogTrustPrompt prompt = new DialogTrustPrompt(CredentialsPromptComponent::display,
			CredentialsPromptComponent::parentShell);

	/** Created by declarative services. */
	public TrustPromptComponent() {
		// nothing
	}

	@Override
	public Decision decide(TrustRequest request) {
		return prompt.decide(request);
	}

	/** Called by declarative services: ends the questions in progress (their operations are cancelled). */
	void deactivate() {
		prompt.shutdown();
	}
}
