package org.cupola.ipp.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;

/** A prompt that records what it was asked and answers with a function of the request. */
final class RecordingPrompt implements CredentialsPrompt {

	final List<CredentialsRequest> requests = new CopyOnWriteArrayList<>();
	private final Function<CredentialsRequest, Credentials> answer;

	RecordingPrompt(Function<CredentialsRequest, Credentials> answer) {
		this.answer = answer;
	}

	@Override
	public Credentials getCredentials(CredentialsRequest request) {
		requests.add(request);
		return answer.apply(request);
	}
}
