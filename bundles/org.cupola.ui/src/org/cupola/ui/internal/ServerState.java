package org.cupola.ui.internal;

import java.util.concurrent.CancellationException;

import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.ServerUnreachableException;
import org.eclipse.osgi.util.NLS;

/**
 * What the Printers view knows of a server from its last listing: the view's header and the server's row say it, so
 * a server that accepts connections and never answers no longer looks connected.
 */
public enum ServerState {
	/** The first listing runs and has not waited long yet. */
	CONNECTING,
	/** The last listing arrived. */
	CONNECTED,
	/** A listing runs and has waited longer than a few seconds, or the server did not answer in time. */
	NOT_ANSWERING,
	/** Nothing accepts connections there (refused, no route, unknown host). */
	UNREACHABLE,
	/** CUPS wants credentials that were not given, or refused them. */
	AUTHENTICATION_NEEDED,
	/** The user cancelled the listing before the server answered. */
	CANCELLED,
	/** The server answered with an error. */
	FAILED;

	/**
	 * The state a failed listing leaves.
	 *
	 * @param error
	 *            what the listing ended with
	 * @param before
	 *            the state before it
	 * @return the new state
	 */
	public static ServerState of(Throwable error, ServerState before) {
		if (error == null) {
			return CONNECTED;
		}
		if (error instanceof CancellationException) {
			return before == CONNECTED || before == NOT_ANSWERING ? before : CANCELLED;
		}
		if (error instanceof IppTimeoutException) {
			return NOT_ANSWERING;
		}
		if (error instanceof ServerUnreachableException) {
			return UNREACHABLE;
		}
		if (error instanceof NotAuthorizedException || error instanceof ForbiddenException) {
			return AUTHENTICATION_NEEDED;
		}
		return FAILED;
	}

	/**
	 * Says the state in a few words for the view's header.
	 *
	 * @param waitedSeconds
	 *            how long the running listing has waited (shown while not answering), or negative
	 * @return the text
	 */
	public String describe(long waitedSeconds) {
		return switch (this) {
		case CONNECTING -> StateMessages.ServerState_connecting;
		case CONNECTED -> StateMessages.ServerState_connected;
		case NOT_ANSWERING -> waitedSeconds >= 0
				? NLS.bind(StateMessages.ServerState_notAnsweringFor, Long.valueOf(waitedSeconds))
				: StateMessages.ServerState_notAnswering;
		case UNREACHABLE -> StateMessages.ServerState_unreachable;
		case AUTHENTICATION_NEEDED -> StateMessages.ServerState_authenticationNeeded;
		case CANCELLED -> StateMessages.ServerState_cancelled;
		case FAILED -> StateMessages.ServerState_failed;
		};
	}
}
