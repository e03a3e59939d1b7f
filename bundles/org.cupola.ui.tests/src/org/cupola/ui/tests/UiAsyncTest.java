package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.cupola.testing.UiWait;
import org.cupola.ui.UiAsync;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link UiAsync} delivers on the UI thread, unwraps errors and drops results for disposed controls. */
class UiAsyncTest {

	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void deliversTheValueOnTheUiThread() {
		CompletableFuture<String> future = new CompletableFuture<>();
		AtomicReference<Thread> thread = new AtomicReference<>();
		AtomicReference<String> value = new AtomicReference<>();
		UiAsync.whenDone(future, shell, (v, e) -> {
			thread.set(Thread.currentThread());
			value.set(v);
		});
		new Thread(() -> future.complete("done")).start();
		UiWait.until(display, 5000, () -> value.get() != null);
		assertEquals("done", value.get());
		assertSame(display.getThread(), thread.get());
	}

	@Test
	void unwrapsTheCause() {
		IllegalStateException failure = new IllegalStateException("boom");
		AtomicReference<Throwable> error = new AtomicReference<>();
		UiAsync.whenDone(CompletableFuture.supplyAsync(() -> {
			throw failure;
		}), shell, (v, e) -> error.set(e));
		UiWait.until(display, 5000, () -> error.get() != null);
		assertSame(failure, error.get());
	}

	@Test
	void dropsResultsOfDisposedControls() {
		CompletableFuture<String> future = new CompletableFuture<>();
		AtomicInteger calls = new AtomicInteger();
		UiAsync.whenDone(future, shell, (v, e) -> calls.incrementAndGet());
		shell.dispose();
		future.complete("late");
		// a marker posted after the completion runs after any callback it could have posted
		AtomicInteger marker = new AtomicInteger();
		display.asyncExec(marker::incrementAndGet);
		UiWait.until(display, 5000, () -> marker.get() == 1);
		assertEquals(0, calls.get());
		assertTrue(shell.isDisposed());
		assertTrue(future.isDone());
	}
}
