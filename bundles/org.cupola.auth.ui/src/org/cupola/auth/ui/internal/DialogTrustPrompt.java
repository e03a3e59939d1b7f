package org.cupola.auth.ui.internal;

import java.util.Objects;
import java.util.function.Supplier;

import org.cupola.ipp.CancelToken;
import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks whether to trust a server certificate with a {@link TrustDialog}, one dialog at a time, from any thread: the
 * same machinery as {@link DialogCredentialsPrompt} (see there for why it cannot deadlock). A worker hands its
 * request to the UI thread with {@link Display#syncExec(Runnable)}, which queues it and opens its dialog
 * non-blocking when it is first in line, then waits on a future completed when the dialog closes, the request's
 * {@link CancelToken} is cancelled (the dialog closes, CANCEL is answered) or the display goes away. A caller on
 * the UI thread joins the same queue and runs the event loop until its answer is there. No display, a cancelled
 * request or an SWT error answer CANCEL. The hand-off itself is {@link UiQuestions}; this class adds the dialog.
 */
public final class DialogTrustPrompt implements TrustPrompt {

	private final UiQuestions<TrustRequest, Decision> questions;

	/**
	 * @param displays
	 *            supplies the display to prompt on (any thread), or null; must not create one
	 * @param parentShells
	 *            supplies the dialog's parent shell (UI thread), or null
	 */
	public DialogTrustPrompt(Supplier<Display> displays, Supplier<Shell> parentShells) {
		questions = new UiQuestions<>(displays, parentShells, Decision.CANCEL, this::dialog);
	}

	@Override
	public Decision decide(TrustRequest request) {
		Objects.requireNonNull(request, "request"); //$NON-NLS-1$
		CancelToken token = request.cancelToken() != null ? request.cancelToken() : new CancelToken();
		if (questions.isShutdown() || token.isCanceled()) {
			return Decision.CANCEL;
		}
		Display display = questions.display();
		if (display == null) {
			return Decision.CANCEL;
		}
		Decision answer = questions.ask(display, request, token);
		return answer == null || token.isCanceled() ? Decision.CANCEL : answer;
	}

	private TrustDialog dialog(Shell parent, UiQuestions.Question<TrustRequest, Decision> question) {
		return new TrustDialog(parent, question.request(), d -> questions.closed(question, d.decision()));
	}

	/** Ends every question in progress with CANCEL and answers CANCEL to later ones. Any thread. */
	public void shutdown() {
		questions.shutdown();
	}
}
