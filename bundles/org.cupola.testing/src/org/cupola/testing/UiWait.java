package org.cupola.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waits on the UI thread while the event loop keeps running, the way a user's display would.
 */
public final class UiWait {

	private UiWait() {
	}

	/**
	 * Dispatches events of {@code display} until the condition holds; fails the test when it does not within the
	 * timeout.
	 */
	public static void until(Display display, long timeoutMillis, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("condition not met within " + timeoutMillis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				// wake at least every 10 ms to re-check conditions set by other threads
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}
}
