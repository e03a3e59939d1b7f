package org.cupola.ipp;

/**
 * Asks the user whether to trust a server's certificate that the system does not trust (self-signed, expired, for
 * another name, or changed since it was trusted). An OSGi service; the UI implements it with a dialog, headless
 * commands with their options. May be called from any thread, also the UI thread; blocks until answered or until
 * the request's cancel token is cancelled.
 */
@FunctionalInterface
public interface TrustPrompt {

	/** The user's answer. */
	enum Decision {
		/** Trust (or, for a changed certificate, replace) it from now on: it is pinned in the user's configuration. */
		TRUST_PERMANENTLY,
		/** Trust it until the application ends. */
		TRUST_FOR_SESSION,
		/** Do not trust it: the operation ends cancelled, nothing is sent. */
		CANCEL
	}

	/**
	 * Asks.
	 *
	 * @param request
	 *            the server, its certificate and why it is not trusted
	 * @return the decision; null means {@link Decision#CANCEL}
	 */
	Decision decide(TrustRequest request);
}
