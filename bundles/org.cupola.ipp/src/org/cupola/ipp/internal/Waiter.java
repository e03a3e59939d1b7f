package org.cupola.ipp.internal;

import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CancelToken;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * How one operation is cancelled. If a {@link CancelToken} is bound to the calling thread, cancellation is pushed:
 * blocking waits are aborted by the token's actions and nothing polls. Otherwise, if a progress monitor is given, each
 * blocking wait wakes every 100 ms to check {@link IProgressMonitor#isCanceled()} (the fallback for callers outside a
 * {@code CupsJob}). With neither, only the timeouts end a wait.
 */
public final class Waiter {

	/** The poll interval of the monitor fallback. */
	static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final CancelToken token;
	private final IProgressMonitor monitor;

	/**
	 * @param monitor
	 *            the caller's monitor, or null
	 */
	public Waiter(IProgressMonitor monitor) {
		this.token = CancelToken.currentBound().orElse(null);
		this.monitor = monitor;
	}

	/** {@return whether waits poll the monitor (no token bound, a monitor given)} */
	boolean polls() {
		return token == null && monitor != null;
	}

	/** {@return whether the token or the monitor is cancelled} */
	public boolean isCanceled() {
		return token != null && token.isCanceled() || monitor != null && monitor.isCanceled();
	}

	/**
	 * @throws OperationCanceledException
	 *             if cancelled
	 */
	public void checkCanceled() {
		if (isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** {@return the token to hand to a credentials prompt: the bound one, or a fresh one} */
	public CancelToken token() {
		return token != null ? token : new CancelToken();
	}

	/**
	 * Registers an action run when the bound token is cancelled.
	 *
	 * @param action
	 *            the action
	 * @return its registration (a no-op if no token is bound)
	 */
	CancelToken.Registration onCancel(Runnable action) {
		if (token == null) {
			return () -> {
				// nothing registered
			};
		}
		return token.onCancel(action);
	}
}
