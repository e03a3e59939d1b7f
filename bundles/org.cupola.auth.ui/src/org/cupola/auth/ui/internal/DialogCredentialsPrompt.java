package org.cupola.auth.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.internal.credentials.CredentialsCopies;
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
 * <p>
 * The queue and the hand-off to the UI thread are {@link UiQuestions}, shared with {@link DialogTrustPrompt}; this
 * class adds the dialog, the password store and the reuse of just-entered credentials.
 */
public final class DialogCredentialsPrompt implements CredentialsPrompt {

	private final CredentialsStore store;
	private final UiQuestions<Ask, Answer> questions;

	/** The last user name entered or loaded per server key, this session (never a password). */
	private final Map<String, String> lastUsers = new ConcurrentHashMap<>();
	private final Recent recent = new Recent();

	/**
	 * @param displays
	 *            supplies the display to prompt on (any thread), or null if there is none; must not create one
	 * @param parentShells
	 *            supplies the parent shell of the dialog (called on the UI thread), or null
	 * @param store
	 *            the remembered passwords
	 */
	public DialogCredentialsPrompt(Supplier<Display> displays, Supplier<Shell> parentShells, CredentialsStore store) {
		this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
		this.questions = new UiQuestions<>(displays, parentShells, null, new UiQuestions.Dialogs<>() {
			@Override
			public boolean answerWithoutDialog(UiQuestions.Question<Ask, Answer> question) {
				return reuse(question);
			}

			@Override
			public UiQuestions.QuestionDialog create(Shell parent, UiQuestions.Question<Ask, Answer> question) {
				CredentialsRequest request = question.request().request();
				return new CredentialsDialog(parent, request, initialUser(request), d -> closed(question, d));
			}
		});
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
		if (questions.isShutdown() || token.isCanceled()) {
			return null;
		}
		long since = recent.begin();
		try {
			Credentials stored = fromStore(request);
			if (stored != null) {
				return stored;
			}
			Display display = questions.display();
			if (display == null) {
				return null;
			}
			Answer answer = questions.ask(display, new Ask(request, since), token);
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
		questions.shutdown();
	}

	private Credentials fromStore(CredentialsRequest request) {
		CupsServer server = request.server();
		if (request.jobAuth() != null) {
			// a job's auth-info: kept apart from the login, and only when the user ticked Remember
			return request.attempt() > 1 ? null : store.load(server, request.jobAuth().realm());
		}
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
			if (request.jobAuth() != null) {
				store.save(request.server(), request.jobAuth().realm(), credentials);
			} else {
				store.save(request.server(), credentials);
			}
		}
		return credentials;
	}

	// ---- on the UI thread

	/** Answers a REQUIRED request with credentials entered in another dialog after it started, if there are any. */
	private boolean reuse(UiQuestions.Question<Ask, Answer> question) {
		Ask ask = question.request();
		if (ask.request().jobAuth() != null) {
			return false; // the login entered elsewhere is not the credentials of a printer's device
		}
		Credentials reused = recent.reusable(ask.request(), ask.since());
		if (reused == null) {
			return false;
		}
		lastUsers.put(ask.request().server().key(), reused.user());
		if (!question.answer(new Answer(reused, false))) {
			reused.clear();
		}
		return true;
	}

	private void closed(UiQuestions.Question<Ask, Answer> question, CredentialsDialog dialog) {
		Credentials entered = dialog.takeCredentials();
		if (entered == null) {
			questions.closed(question, null);
			return;
		}
		CupsServer server = question.request().request().server();
		boolean login = question.request().request().jobAuth() == null;
		if (login) {
			lastUsers.put(server.key(), entered.user());
		}
		if (questions.closed(question, new Answer(entered, dialog.isRemember()))) {
			if (login) {
				recent.record(server, entered);
			}
		} else {
			entered.clear();
		}
	}

	private String initialUser(CredentialsRequest request) {
		String user = request.jobAuth() != null ? null : lastUsers.get(request.server().key());
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

	/** One call of {@link #getCredentials(CredentialsRequest)}: the request and when it started. */
	private record Ask(CredentialsRequest request, long since) {
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
