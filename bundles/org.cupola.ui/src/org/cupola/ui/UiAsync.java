package org.cupola.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

import org.eclipse.swt.widgets.Control;

/**
 * Delivers the outcome of background work to the UI thread with {@code asyncExec}, and only while the control that
 * shows it is alive. Never blocks the UI thread.
 */
public final class UiAsync {

	private UiAsync() {
	}

	/**
	 * When the future completes, calls {@code onUi(value, error)} on the control's UI thread, unless the control is
	 * disposed by then. {@code error} is unwrapped from {@link CompletionException}.
	 */
	public static <T> void whenDone(CompletableFuture<T> future, Control control, BiConsumer<T, Throwable> onUi) {
		future.whenComplete((value, error) -> {
			Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
					: error;
			if (control.isDisposed()) {
				return;
			}
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					onUi.accept(value, cause);
				}
			});
		});
	}
}
