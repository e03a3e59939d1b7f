package org.cupola.ipp.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;

/** A trust prompt that records what it was asked and always gives the same answer. */
final class RecordingTrustPrompt implements TrustPrompt {

	final List<TrustRequest> requests = new CopyOnWriteArrayList<>();
	private final Decision answer;

	RecordingTrustPrompt(Decision answer) {
		this.answer = answer;
	}

	@Override
	public Decision decide(TrustRequest request) {
		requests.add(request);
		return answer;
	}
}
