package org.cupola.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: about one start in twelve showed no window for 6 s. The platform's {@code openWindows} restores the
 * windows on a helper thread and spins the event loop until that thread wakes the display; on GTK the wake was
 * sometimes lost. Cupola's advisor does the work on the calling (UI) thread, so there is no wake to lose.
 */
class CupolaWorkbenchAdvisorTest {

	private final List<String> calls = new ArrayList<>();
	private final List<Thread> threads = new ArrayList<>();

	@Test
	void theAdvisorOpensItsWindowsItself() throws NoSuchMethodException {
		assertEquals(CupolaWorkbenchAdvisor.class,
				CupolaWorkbenchAdvisor.class.getMethod("openWindows").getDeclaringClass()); //$NON-NLS-1$
	}

	@Test
	void restoresTheWindowsOnTheCallingThread() {
		assertTrue(CupolaWorkbenchAdvisor.openWindows(configurer(Status.OK_STATUS)));
		assertEquals(List.of("restoreState"), calls);
		assertSame(Thread.currentThread(), threads.get(0), "restored on " + threads.get(0).getName());
	}

	@Test
	void aResetRestoreOpensTheFirstTimeWindowOnTheCallingThread() {
		IStatus reset = new Status(IStatus.WARNING, "test", IWorkbenchConfigurer.RESTORE_CODE_RESET, "reset", null); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(CupolaWorkbenchAdvisor.openWindows(configurer(reset)));
		assertEquals(List.of("restoreState", "openFirstTimeWindow"), calls);
		threads.forEach(t -> assertSame(Thread.currentThread(), t));
	}

	@Test
	void anExitRestoreEndsTheStartWithoutAWindow() {
		IStatus exit = new Status(IStatus.ERROR, "test", IWorkbenchConfigurer.RESTORE_CODE_EXIT, "exit", null); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(CupolaWorkbenchAdvisor.openWindows(configurer(exit)));
		assertEquals(List.of("restoreState"), calls);
	}

	private IWorkbenchConfigurer configurer(IStatus restoreResult) {
		return (IWorkbenchConfigurer) Proxy.newProxyInstance(
				IWorkbenchConfigurer.class.getClassLoader(), new Class<?>[] { IWorkbenchConfigurer.class },
				(proxy, method, args) -> {
					switch (method.getName()) {
					case "restoreState", "openFirstTimeWindow" -> { //$NON-NLS-1$ //$NON-NLS-2$
						calls.add(method.getName());
						threads.add(Thread.currentThread());
						return "restoreState".equals(method.getName()) ? restoreResult : null; //$NON-NLS-1$
					}
					case "toString" -> { //$NON-NLS-1$
						return "test configurer"; //$NON-NLS-1$
					}
					default -> throw new UnsupportedOperationException(method.getName());
					}
				});
	}
}
