package org.cupola.auth.ui.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.internal.credentials.CredentialsCopies;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for CUPS credentials with a {@link CredentialsDialog}, one dialog at a time, from any thread. Independent of
 * the workbench: the display and the parent shell come from suppliers, the remembered passwords from a
 * {@link CredentialsStore}, so tests run it on a plain SWT display.
 * <h2>What a call does</h2>
 * <ol>
 * <li>A cancelled request, or no (undisposed) display, answers null at once. SWT errors answer null too.</li>
 * <li>{@link CredentialsRequest.Reason#WRONG_PASSWORD}: the stored entry of the server is removed (it may be the
 * one that was refused), then the dialog is shown. {@link CredentialsRequest.Reason#REQUIRED} on attempt 1: stored
 * credentials are returned without a dialog.</li>
 * <li>The request joins a FIFO queue on the UI thread. When its turn comes and credentials for the same server were
 * entered in another dialog after this request started, a REQUIRED request gets a copy of them instead of a second
 * dialog.</li>
 * <li>OK answers the entered credentials (and stores them if "Remember password" was ticked); Cancel, Escape,
 * closing the window, cancelling the request's token, or disposing the display answer null.</li>
 * </ol>
 * <h2>Threading: why this cannot deadlock</h2>
 * <ul>
 * <li>Dialogs are opened <em>non-blocking</em> ({@code setBlockOnOpen(false)}) and only on the UI thread: the
 * application-modal shell blocks input to other windows, but no nested event loop is left on the UI thread's stack
 * while a worker's dialog is open. The queue, the open dialog and the "display disposing" flag are confined to the
 * UI thread; nothing here holds a lock while waiting.</li>
 * <li>A <b>worker</b> hands its request to the UI thread with {@link Display#syncExec(Runnable)}: the runnable
 * queues the request and opens its dialog non-blocking when it is first in line, so syncExec returns at once. The
 * worker then waits on a future completed when its dialog closes, when its {@link CancelToken} is cancelled (the
 * dialog is closed and null answered at once) or when the display goes away (a 1 s watchdog re-checks
 * {@link Display#isDisposed()}).</li>
 * <li>A caller <b>on the UI thread</b> ({@link Display#getCurrent()}) joins the same queue and runs the event loop
 * ({@code readAndDispatch}/{@code sleep}) until its own answer is there; its dialog opens inline when its turn
 * comes. It never blocks on a worker: while it waits, the worker's dialog it waits behind is just another shell
 * served by the loop it runs, and closing that shows the next one. If a UI-thread caller asks while an earlier
 * UI-thread caller waits further down the stack, the inner one returns first (stack order) even if its request
 * came later; that only delays the outer return, it cannot deadlock, since every wait ends by user input,
 * cancellation or display disposal, never by another thread's progress.</li>
 * </ul>
 * Passwords are held in {@code char[]}/{@link Credentials} only; copies of just-entered credentials are kept in
 * memory while other prompts are in progress (for the reuse above) and zeroed when the last one ends.
 */
public final class DialogCredentialsPrompt implements CredentialsPrompt {

	private static final long WATCHDOG_MILLIS = 1000;

	private final Supplier<Display> displays;
	private final Supplier<Shell> parentShells;
	private final CredentialsStore store;

	/** The last user name entered or loaded per server key, this session (never a password). */
	private final Map<String, String> lastUsers = new ConcurrentHashMap<>();
	private final Recent recent = new Recent();
	/** Every request being answered, so that {@link #shutdown()} can end them. */
	private final Set<Pending> live = ConcurrentHashMap.newKeySet();
	private volatile boolean shutdown;

	// confined to the UI thread
	private final ArrayDeque<Pending> queue = new ArrayDeque<>();
	private Pending showing;
	private Display watched;
	private boolean disposing;

	/**
	 * @param displays
	 *            supplies the display to prompt on (any thread), or null if there is none; must not create one
	 * @param parentShells
	 *            supplies the parent shell of the dialog (called on the UI thread), or null
	 * @param store
	 *            the remembered passwords
	 */
	public DialogCredentialsPrompt(Supplier<Display> displays, Supplier<Shell> parentShells, CredentialsStore store) {
		this.displays = Objects.requireNonNull(displays, "displays"); //$NON-NLS-1$
		this.parentShells = Objects.requireNonNull(parentShells, "parentShells"); //$NON-NLS-1$
		this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
	}

	/**
	 * Prompts on a given display, parenting the dialog on its active shell.
	 *
	 * @param display
	 *            the display
	 * @param store
	 *            the remembered passwords
	 */
	public DialogCredentialsPrompt(Display display, CredentialsStore store) {
		this(() -> display, () -> display.getActiveShell(), store);
	}

	@Override
	public Credentials getCredentials(CredentialsRequest request) {
		Objects.requireNonNull(request, "request"); //$NON-NLS-1$
		CancelToken token = request.cancelToken() != null ? request.cancelToken() : new CancelToken();
		if (shutdown || token.isCanceled()) {
			return null;
		}
		long since = recent.begin();
		try {
			Credentials stored = fromStore(request);
			if (stored != null) {
				return stored;
			}
			Display display = display();
			if (display == null) {
				return null;
			}
			Pending pending = new Pending(request, since, display);
			live.add(pending);
			Answer answer;
			try (CancelToken.Registration registration = token.onCancel(pending::cancel)) {
				if (shutdown) {
					pending.cancel();
				}
				if (pending.answer.isDone()) {
					return null; // cancelled just now
				}
				answer = display.getThread() == Thread.currentThread() ? askOnUiThread(pending)
						: askFromWorker(pending);
			} finally {
				live.remove(pending);
			}
			return accept(request, token, answer);
		} catch (SWTException e) {
			return null; // the display is disposed or going away: cancel, do not fail the operation
		} finally {
			recent.end();
		}
	}

	/**
	 * Ends every prompt in progress with null (closing its dialog) and answers null to later calls. Any thread.
	 */
	public void shutdown() {
		shutdown = true;
		for (Pending pending : live) {
			pending.cancel();
		}
	}

	private Credentials fromStore(CredentialsRequest request) {
		CupsServer server = request.server();
		if (request.reason() == CredentialsRequest.Reason.WRONG_PASSWORD) {
			store.remove(server);
			recent.forget(server);
			return null;
		}
		if (request.attempt() > 1) {
			return null;
		}
		Credentials stored = store.load(server);
		if (stored != null) {
			lastUsers.put(server.key(), stored.user());
		}
		return stored;
	}

	private Credentials accept(CredentialsRequest request, CancelToken token, Answer answer) {
		if (answer == null) {
			return null;
		}
		Credentials credentials = answer.credentials();
		if (token.isCanceled()) {
			credentials.clear();
			return null;
		}
		if (answer.remember()) {
			store.save(request.server(), credentials);
		}
		return credentials;
	}

	private Display display() {
		Display display;
		try {
			display = displays.get();
		} catch (RuntimeException e) {
			return null;
		}
		return display == null || display.isDisposed() ? null : display;
	}

	// ---- waiting, on the caller's thread

	private Answer askFromWorker(Pending pending) {
		// Display.syncExec hands the request to the UI thread and returns once its dialog is open (non-blocking) or
		// queued behind another one; the answer then arrives on a future, so cancelling the token returns at once
		// even while the dialog is still on screen (a blocking dialog inside syncExec could not be interrupted).
		try {
			pending.display.syncExec(() -> {
				enqueue(pending);
				showNext();
			});
		} catch (SWTException e) {
			// the display was disposed meanwhile
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
					return null;
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Answer askOnUiThread(Pending pending) {
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
					// like Window.runEventLoop: somebody else's listener failed; keep the loop alive
					Log.error(e.getMessage(), e);
				}
			}
		} finally {
			pending.cancel(); // no-op if answered
		}
		return pending.answer.getNow(null);
	}

	// ---- the queue, on the UI thread

	private void enqueue(Pending pending) {
		Display display = pending.display;
		if (watched != display && !display.isDisposed()) {
			watched = display;
			disposing = false;
			// Dispose is sent first when a display is disposed, before its shells go and pending runnables run
			display.addListener(SWT.Dispose, e -> displayDisposing());
		}
		if (disposing || display.isDisposed()) {
			pending.answer.complete(null);
			return;
		}
		queue.add(pending);
	}

	private void displayDisposing() {
		disposing = true;
		for (Pending pending : queue) {
			pending.answer.complete(null);
		}
		queue.clear();
		// the open dialog's shell is disposed next, which answers null for it
	}

	private void showNext() {
		if (showing != null || disposing) {
			return;
		}
		Pending next;
		while ((next = queue.poll()) != null) {
			if (next.answer.isDone()) {
				continue; // cancelled while waiting
			}
			Credentials reused = recent.reusable(next.request, next.since);
			if (reused != null) {
				lastUsers.put(next.request.server().key(), reused.user());
				if (!next.answer.complete(new Answer(reused, false))) {
					reused.clear();
				}
				continue;
			}
			if (show(next)) {
				return;
			}
		}
	}

	private boolean show(Pending pending) {
		CredentialsDialog dialog = new CredentialsDialog(parentShell(pending.display), pending.request,
				initialUser(pending.request), d -> closed(pending, d));
		dialog.setBlockOnOpen(false);
		// publish the dialog before checking for cancellation: Pending.cancel() completes, then reads the dialog
		pending.dialog = dialog;
		if (pending.answer.isDone()) {
			pending.dialog = null;
			return false;
		}
		showing = pending;
		try {
			dialog.open();
		} catch (RuntimeException e) {
			if (showing == pending) {
				showing = null;
			}
			pending.dialog = null;
			pending.answer.complete(null);
			dialog.close();
			return false;
		}
		return true;
	}

	private void closed(Pending pending, CredentialsDialog dialog) {
		if (showing == pending) {
			showing = null;
		}
		pending.dialog = null;
		Credentials entered = dialog.takeCredentials();
		if (entered == null) {
			pending.answer.complete(null);
		} else {
			CupsServer server = pending.request.server();
			lastUsers.put(server.key(), entered.user());
			Answer answer = new Answer(entered, dialog.isRemember());
			if (pending.answer.complete(answer)) {
				recent.record(server, entered);
			} else {
				entered.clear();
			}
		}
		Display display = pending.display;
		if (!disposing && !display.isDisposed()) {
			// not from inside the closing shell's dispose: the next dialog opens once this one is gone
			display.asyncExec(this::showNext);
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

	private String initialUser(CredentialsRequest request) {
		String user = lastUsers.get(request.server().key());
		if (user == null || user.isEmpty()) {
			user = request.previousUser();
		}
		if (user == null || user.isEmpty()) {
			user = System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return user;
	}

	/** What a dialog answered. */
	private record Answer(Credentials credentials, boolean remember) {
	}

	/** One call of {@link #getCredentials(CredentialsRequest)} waiting for its answer. */
	private static final class Pending {
		final CredentialsRequest request;
		final long since;
		final Display display;
		/** The answer; null for "cancel". Completed once, from whichever thread ends the request first. */
		final CompletableFuture<Answer> answer = new CompletableFuture<>();
		/** The dialog while it is open. */
		volatile CredentialsDialog dialog;

		Pending(CredentialsRequest request, long since, Display display) {
			this.request = request;
			this.since = since;
			this.display = display;
		}

		/** Answers null and closes the dialog if it is open. Any thread; the token's cancel action. */
		void cancel() {
			answer.complete(null);
			CredentialsDialog open = dialog;
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

	/**
	 * Credentials just entered, per server key, with a sequence number, so that a request that was waiting while
	 * they were entered can reuse them. Kept only while some prompt is in progress.
	 */
	private static final class Recent {
		private final Map<String, Entry> entries = new HashMap<>();
		private long sequence;
		private int active;

		synchronized long begin() {
			active++;
			return sequence;
		}

		synchronized void end() {
			active--;
			if (active == 0) {
				for (Entry entry : entries.values()) {
					entry.credentials().clear();
				}
				entries.clear();
			}
		}

		synchronized void record(CupsServer server, Credentials credentials) {
			Entry old = entries.put(server.key(), new Entry(++sequence, CredentialsCopies.copy(credentials)));
			if (old != null) {
				old.credentials().clear();
			}
		}

		synchronized Credentials reusable(CredentialsRequest request, long since) {
			if (request.reason() != CredentialsRequest.Reason.REQUIRED) {
				return null;
			}
			Entry entry = entries.get(request.server().key());
			return entry != null && entry.sequence() > since ? CredentialsCopies.copy(entry.credentials()) : null;
		}

		synchronized void forget(CupsServer server) {
			Entry old = entries.remove(server.key());
			if (old != null) {
				old.credentials().clear();
			}
		}

		private record Entry(long sequence, Credentials credentials) {
		}
	}
}
