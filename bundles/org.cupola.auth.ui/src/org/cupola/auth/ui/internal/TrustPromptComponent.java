package org.cupola.auth.ui.internal;

import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The {@link TrustPrompt} OSGi service (a declarative services component; Tycho generates its XML): a {@link DialogTrustPrompt} on the
 * workbench's display, parented like the credentials dialog (see {@link CredentialsPromptComponent}). Without any
 * display it answers CANCEL, which cancels the operation.
 */
@Component(service = TrustPrompt.class)
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
	@Deactivate
	void deactivate() {
		prompt.shutdown();
	}
}
