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
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks questions with non-blocking dialogs, one dialog at a time, from any thread: the UI-thread hand-off shared by
 * {@link DialogCredentialsPrompt} and {@link DialogTrustPrompt} (see the former for why it cannot deadlock). A
 * worker hands its question to the UI thread with {@link Display#syncExec(Runnable)}, which queues it and opens its
 * dialog when it is first in line, then waits on a future completed when the dialog closes, the question's
 * {@link CancelToken} is cancelled (the dialog is aborted) or the display goes away (a 1 s watchdog, and a dispose
 * listener on the display). A caller on the UI thread joins the same queue and runs the event loop until its answer
 * is there. Every way a question ends without an answer yields the "cancelled" value given to the constructor.
 *
 * @param <Q>
 *            what a question carries to its dialog
 * @param <A>
 *            the answer
 */
final class UiQuestions<Q, A> {

	/** A dialog that asks one question; the methods of {@code org.eclipse.jface.window.Window} plus abort. */
	interface QuestionDialog {
		void setBlockOnOpen(boolean block);

		int open();

		boolean close();

		/** Closes the dialog as cancelled if it is still open. UI thread only. */
		void abort();
	}

	/** What a prompt contributes: its dialog, and optionally an answer without one. */
	interface Dialogs<Q, A> {
		/**
		 * UI thread, when the question's turn comes.
		 *
		 * @return true if the question was answered (with {@link Question#answer(Object)}) and needs no dialog
		 */
		default boolean answerWithoutDialog(Question<Q, A> question) {
			return false;
		}

		/**
		 * UI thread: creates, but does not open, the dialog of a question; when its shell is gone it must call
		 * {@link UiQuestions#closed(Question, Object)} once.
		 */
		QuestionDialog create(Shell parent, Question<Q, A> question);
	}

	private static final long WATCHDOG_MILLIS = 1000;

	private final Supplier<Display> displays;
	private final Supplier<Shell> parentShells;
	private final A cancelled;
	private final Dialogs<Q, A> dialogs;
	/** Every question being answered, so that {@link #shutdown()} can end them. */
	private final Set<Question<Q, A>> live = ConcurrentHashMap.newKeySet();
	private volatile boolean shutdown;

	// confined to the UI thread
	private final ArrayDeque<Question<Q, A>> queue = new ArrayDeque<>();
	private Question<Q, A> showing;
	private Display watched;
	private boolean disposing;

	/**
	 * @param displays
	 *            supplies the display to ask on (any thread), or null if there is none; must not create one
	 * @param parentShells
	 *            supplies the dialogs' parent shell (called on the UI thread), or null
	 * @param cancelled
	 *            the answer of a question that was not answered (may be null)
	 * @param dialogs
	 *            the prompt's dialogs
	 */
	UiQuestions(Supplier<Display> displays, Supplier<Shell> parentShells, A cancelled, Dialogs<Q, A> dialogs) {
		this.displays = Objects.requireNonNull(displays, "displays"); //$NON-NLS-1$
		this.parentShells = Objects.requireNonNull(parentShells, "parentShells"); //$NON-NLS-1$
		this.cancelled = cancelled;
		this.dialogs = Objects.requireNonNull(dialogs, "dialogs"); //$NON-NLS-1$
	}

	/** {@return true once {@link #shutdown()} was called} */
	boolean isShutdown() {
		return shutdown;
	}

	/** {@return the display to ask on, or null if there is none or it is disposed} Any thread. */
	Display display() {
		Display display;
		try {
			display = displays.get();
		} catch (RuntimeException e) {
			return null;
		}
		return display == null || display.isDisposed() ? null : display;
	}

	/**
	 * Asks a question and waits for its answer. Any thread.
	 *
	 * @param display
	 *            the display to ask on, from {@link #display()}
	 * @param request
	 *            the question
	 * @param token
	 *            cancels the question
	 * @return the answer, or the cancelled value
	 */
	A ask(Display display, Q request, CancelToken token) {
		Question<Q, A> question = new Question<>(request, display, cancelled);
		live.add(question);
		try (CancelToken.Registration registration = token.onCancel(question::cancel)) {
			if (shutdown) {
				question.cancel();
			}
			if (question.answer.isDone()) {
				return cancelled; // cancelled just now
			}
			return display.getThread() == Thread.currentThread() ? askOnUiThread(question) : askFromWorker(question);
		} catch (SWTException e) {
			return cancelled; // the display is disposed or going away: cancel, do not fail the operation
		} finally {
			live.remove(question);
		}
	}

	/** Ends every question in progress with the cancelled value and answers it to later ones. Any thread. */
	void shutdown() {
		shutdown = true;
		for (Question<Q, A> question : live) {
			question.cancel();
		}
	}

	/**
	 * Called by a dialog when its shell is gone. UI thread.
	 *
	 * @return true if this answer was taken; false if the question had ended already (the caller then owns it)
	 */
	boolean closed(Question<Q, A> question, A answer) {
		if (showing == question) {
			showing = null;
		}
		question.dialog = null;
		boolean taken = question.answer(answer);
		Display display = question.display;
		if (!disposing && !display.isDisposed()) {
			// not from inside the closing shell's dispose: the next dialog opens once this one is gone
			display.asyncExec(this::showNext);
		}
		return taken;
	}

	// ---- waiting, on the caller's thread

	private A askFromWorker(Question<Q, A> question) {
		// Display.syncExec hands the question to the UI thread and returns once its dialog is open (non-blocking) or
		// queued behind another one; the answer then arrives on a future, so cancelling the token returns at once
		// even while the dialog is still on screen (a blocking dialog inside syncExec could not be interrupted).
		try {
			question.display.syncExec(() -> {
				enqueue(question);
				showNext();
			});
		} catch (SWTException e) {
			// the display was disposed meanwhile
			question.cancel();
		}
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return question.answer.get(WATCHDOG_MILLIS, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					if (question.display.isDisposed()) {
						question.cancel();
					}
				} catch (InterruptedException e) {
					interrupted = true;
					question.cancel();
				} catch (ExecutionException e) {
					return cancelled;
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private A askOnUiThread(Question<Q, A> question) {
		Display display = question.display;
		enqueue(question);
		showNext();
		try {
			while (!question.answer.isDone() && !display.isDisposed()) {
				try {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				} catch (RuntimeException e) {
					if (display.isDisposed()) {
						break;
					}
					// like Window.runEventLoop: somebody else's listener failed; keep the loop alive
					Log.error(e.getMessage(), e);
				}
			}
		} finally {
			question.cancel(); // no-op if answered
		}
		return question.answer.getNow(cancelled);
	}

	// ---- the queue, on the UI thread

	private void enqueue(Question<Q, A> question) {
		Display display = question.display;
		if (watched != display && !display.isDisposed()) {
			watched = display;
			disposing = false;
			// Dispose is sent first when a display is disposed, before its shells go and pending runnables run
			display.addListener(SWT.Dispose, e -> displayDisposing());
		}
		if (disposing || display.isDisposed()) {
			question.answer.complete(cancelled);
			return;
		}
		queue.add(question);
	}

	private void displayDisposing() {
		disposing = true;
		for (Question<Q, A> question : queue) {
			question.answer.complete(cancelled);
		}
		queue.clear();
		// the open dialog's shell is disposed next, which answers for it
	}

	private void showNext() {
		if (showing != null || disposing) {
			return;
		}
		Question<Q, A> next;
		while ((next = queue.poll()) != null) {
			if (next.answer.isDone()) {
				continue; // cancelled while waiting
			}
			if (dialogs.answerWithoutDialog(next)) {
				continue;
			}
			if (show(next)) {
				return;
			}
		}
	}

	private boolean show(Question<Q, A> question) {
		QuestionDialog dialog = dialogs.create(parentShell(question.display), question);
		dialog.setBlockOnOpen(false);
		// publish the dialog before checking for cancellation: Question.cancel() completes, then reads the dialog
		question.dialog = dialog;
		if (question.answer.isDone()) {
			question.dialog = null;
			return false;
		}
		showing = question;
		try {
			dialog.open();
		} catch (RuntimeException e) {
			if (showing == question) {
				showing = null;
			}
			question.dialog = null;
			question.answer.complete(cancelled);
			dialog.close();
			return false;
		}
		return true;
	}

	private Shell parentShell(Display display) {
		try {
			Shell shell = parentShells.get();
			return shell == null || shell.isDisposed() || shell.getDisplay() != display ? null : shell;
		} catch (RuntimeException e) {
			return null;
		}
	}

	/**
	 * One question waiting for its answer.
	 *
	 * @param <Q>
	 *            what it carries
	 * @param <A>
	 *            the answer
	 */
	static final class Question<Q, A> {
		private final Q request;
		private final Display display;
		private final A cancelled;
		/** The answer. Completed once, from whichever thread ends the question first. */
		private final CompletableFuture<A> answer = new CompletableFuture<>();
		/** The dialog while it is open. */
		private volatile QuestionDialog dialog;

		Question(Q request, Display display, A cancelled) {
			this.request = request;
			this.display = display;
			this.cancelled = cancelled;
		}

		/** {@return what the question carries} */
		Q request() {
			return request;
		}

		/** {@return true if this answer was taken, false if the question had ended already} Any thread. */
		boolean answer(A value) {
			return answer.complete(value);
		}

		/** Answers the cancelled value and closes the dialog if it is open. Any thread; the token's cancel action. */
		void cancel() {
			answer.complete(cancelled);
			QuestionDialog open = dialog;
			try {
				if (open != null) {
					display.asyncExec(open::abort);
				}
				display.wake(); // a UI-thread caller may sleep in its event loop
			} catch (SWTException e) {
				// display disposed: its shells are gone already
			}
		}
	}
}
