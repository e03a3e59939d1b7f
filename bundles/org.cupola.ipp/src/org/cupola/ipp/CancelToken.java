package org.cupola.ipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Push-style cancellation of CUPS operations. A job creates a token, {@link #bind() binds} it to its thread in
 * {@code run()}, and calls {@link #cancel()} from {@code canceling()}. Everything that blocks under the token
 * registers an {@link #onCancel(Runnable) action}: the HTTP transport aborts the exchange on the wire, a credentials
 * prompt closes its dialog. Nothing polls. Thread-safe.
 */
public final class CancelToken {

	private static final ThreadLocal<CancelToken> BOUND = new ThreadLocal<>();

	private final List<Runnable> actions = new ArrayList<>();
	private boolean canceled;

	/** Creates a token that is not cancelled. */
	public CancelToken() {
		// nothing
	}

	/**
	 * The token bound to the calling thread by {@link #bind()}, or a fresh token that is never cancelled if none is
	 * bound.
	 *
	 * @return the token, never null
	 */
	public static CancelToken current() {
		CancelToken token = BOUND.get();
		return token != null ? token : new CancelToken();
	}

	/**
	 * The token bound to the calling thread, if any. Unlike {@link #current()} this tells whether somebody can cancel
	 * the thread's work by push; the transport polls the progress monitor when nobody can.
	 *
	 * @return the bound token, or empty
	 */
	public static Optional<CancelToken> currentBound() {
		return Optional.ofNullable(BOUND.get());
	}

	/**
	 * Cancels: runs every registered action once (on the calling thread; their exceptions are caught). Idempotent.
	 */
	public void cancel() {
		List<Runnable> toRun;
		synchronized (actions) {
			if (canceled) {
				return;
			}
			canceled = true;
			toRun = new ArrayList<>(actions);
			actions.clear();
		}
		for (Runnable action : toRun) {
			runSafely(action);
		}
	}

	/** {@return whether {@link #cancel()} was called} */
	public boolean isCanceled() {
		synchronized (actions) {
			return canceled;
		}
	}

	/**
	 * Registers an action to run when the token is cancelled; it runs at once (on the calling thread) if the token is
	 * already cancelled. Exceptions thrown by the action are caught.
	 *
	 * @param action
	 *            the action, e.g. aborting a request
	 * @return closing it deregisters the action (harmless after it ran)
	 */
	public Registration onCancel(Runnable action) {
		synchronized (actions) {
			if (!canceled) {
				actions.add(action);
				return () -> {
					synchronized (actions) {
						actions.remove(action);
					}
				};
			}
		}
		runSafely(action);
		return () -> {
			// already ran
		};
	}

	private static void runSafely(Runnable action) {
		try {
			action.run();
		} catch (RuntimeException e) {
			// a failing listener must not stop the others nor the canceller
		}
	}

	/**
	 * Binds this token to the calling thread until the returned binding is closed (which restores the token bound
	 * before). Use with try-with-resources.
	 *
	 * @return the binding
	 */
	public Binding bind() {
		CancelToken previous = BOUND.get();
		Thread thread = Thread.currentThread();
		BOUND.set(this);
		return () -> {
			if (Thread.currentThread() != thread) {
				throw new IllegalStateException("binding closed on another thread"); //$NON-NLS-1$
			}
			if (previous == null) {
				BOUND.remove();
			} else {
				BOUND.set(previous);
			}
		};
	}

	@Override
	public String toString() {
		return "CancelToken[" + (isCanceled() ? "canceled" : "active") + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A registered cancel action; {@link #close()} deregisters it. */
	@FunctionalInterface
	public interface Registration extends AutoCloseable {
		/** Deregisters the action. */
		@Override
		void close();
	}

	/** A binding of a token to a thread; {@link #close()} restores the previous binding. */
	@FunctionalInterface
	public interface Binding extends AutoCloseable {
		/** Restores the token bound before. */
		@Override
		void close();
	}
}
