package org.cupola.auth.ui.internal;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks whether to trust a server certificate with a {@link TrustDialog}, one dialog at a time, from any thread: the
 * same machinery as {@link DialogCredentialsPrompt} (see there for why it cannot deadlock). A worker hands its
 * request to the UI thread with {@link Display#syncExec(Runnable)}, which queues it and opens its dialog
 * non-blocking when it is first in line, then waits on a future completed when the dialog closes, the request's
 * {@link CancelToken} is cancelled (the dialog closes, CANCEL is answered) or the display goes away. A caller on
 * the UI thread joins the same queue and runs the event loop until its answer is there. No display, a cancelled
 * request or an SWT error answer CANCEL.
 */
public final class DialogTrustPrompt implements TrustPrompt {

	private static final long WATCHDOG_MILLIS = 1000;

	private final Supplier<Display> displays;
	private final Supplier<Shell> parentShells;
	private final Set<Pending> live = ConcurrentHashMap.newKeySet();
	private volatile boolean shutdown;

	// confined to the UI thread
	private final ArrayDeque<Pending> queue = new ArrayDeque<>();
	private Pending showing;

	/**
	 * @param displays
	 *            supplies the display to prompt on (any thread), or null; must not create one
	 * @param parentShells
	 *            supplies the dialog's parent shell (UI thread), or null
	 */
	public DialogTrustPrompt(Supplier<Display> displays, Supplier<Shell> parentShells) {
		this.displays = Objects.requireNonNull(displays, "displays"); //$NON-NLS-1$
		this.parentShells = Objects.requireNonNull(parentShells, "parentShells"); //$NON-NLS-1$
	}

	@Override
	public Decision decide(TrustRequest request) {
		Objects.requireNonNull(request, "request"); //$NON-NLS-1$
		CancelToken token = request.cancelToken() != null ? request.cancelToken() : new CancelToken();
		if (shutdown || token.isCanceled()) {
			return Decision.CANCEL;
		}
		Display display;
		try {
			display = displays.get();
		} catch (RuntimeException e) {
			display = null;
		}
		if (display == null || display.isDisposed()) {
			return Decision.CANCEL;
		}
		Pending pending = new Pending(request, display);
		live.add(pending);
		try (CancelToken.Registration registration = token.onCancel(pending::cancel)) {
			if (shutdown) {
				pending.cancel();
			}
			Decision answer = display.getThread() == Thread.currentThread() ? askOnUiThread(pending)
					: askFromWorker(pending);
			return answer == null || token.isCanceled() ? Decision.CANCEL : answer;
		} catch (SWTException e) {
			return Decision.CANCEL;
		} finally {
			live.remove(pending);
		}
	}

	/** Ends every question in progress with CANCEL and answers CANCEL to later ones. Any thread. */
	public void shutdown() {
		shutdown = true;
		live.forEach(Pending::cancel);
	}

	private Decision askFromWorker(Pending pending) {
		try {
			pending.display.syncExec(() -> {
				enqueue(pending);
				showNext();
			});
		} catch (SWTException e) {
			pending.cancel();
		}
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return pending.answer.get(WATCHDOG_MILLIS, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					if (pending.display.isDisposed()) {
						pending.cancel();
					}
				} catch (InterruptedException e) {
					interrupted = true;
					pending.cancel();
				} catch (ExecutionException e) {
					return Decision.CANCEL;
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Decision askOnUiThread(Pending pending) {
		Display display = pending.display;
		enqueue(pending);
		showNext();
		try {
			while (!pending.answer.isDone() && !display.isDisposed()) {
				try {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				} catch (RuntimeException e) {
					if (display.isDisposed()) {
						break;
					}
					Log.error(e.getMessage(), e);
				}
			}
		} finally {
			pending.cancel(); // no-op if answered
		}
		return pending.answer.getNow(Decision.CANCEL);
	}

	// ---- the queue, on the UI thread

	private void enqueue(Pending pending) {
		if (pending.display.isDisposed()) {
			pending.answer.complete(Decision.CANCEL);
			return;
		}
		queue.add(pending);
	}

	private void showNext() {
		if (showing != null) {
			return;
		}
		Pending next;
		while ((next = queue.poll()) != null) {
			if (next.answer.isDone()) {
				continue; // cancelled while waiting
			}
			Pending p = next;
			TrustDialog dialog = new TrustDialog(parentShell(p.display), p.request, d -> closed(p, d));
			dialog.setBlockOnOpen(false);
			p.dialog = dialog;
			if (p.answer.isDone()) {
				p.dialog = null;
				continue;
			}
			showing = p;
			try {
				dialog.open();
				return;
			} catch (RuntimeException e) {
				showing = null;
				p.dialog = null;
				p.answer.complete(Decision.CANCEL);
				dialog.close();
			}
		}
	}

	private void closed(Pending pending, TrustDialog dialog) {
		if (showing == pending) {
			showing = null;
		}
		pending.dialog = null;
		pending.answer.complete(dialog.decision());
		if (!pending.display.isDisposed()) {
			pending.display.asyncExec(this::showNext);
		}
	}

	private Shell parentShell(Display display) {
		try {
			Shell shell = parentShells.get();
			return shell == null || shell.isDisposed() || shell.getDisplay() != display ? null : shell;
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** One question waiting for its answer. */
	private static final class Pending {
		final TrustRequest request;
		final Display display;
		final CompletableFuture<Decision> answer = new CompletableFuture<>();
		volatile TrustDialog dialog;

		Pending(TrustRequest request, Display display) {
			this.request = request;
			this.display = display;
		}

		/** Answers CANCEL and closes the dialog if it is open. Any thread. */
		void cancel() {
			answer.complete(Decision.CANCEL);
			TrustDialog open = dialog;
			try {
				if (open != null) {
					display.asyncExec(open::abort);
				}
				display.wake();
			} catch (SWTException e) {
				// display disposed
			}
		}
	}
}
