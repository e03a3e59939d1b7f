package org.cupola.auth.ui.internal;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The {@link CredentialsPrompt} OSGi service (declarative services component, see
 * {@code OSGI-INF/org.cupola.auth.ui.internal.CredentialsPromptComponent.xml}): a {@link DialogCredentialsPrompt}
 * on the workbench's display, parented on the workbench's modal dialog shell, remembering passwords in Equinox
 * secure storage. Without a running workbench it uses a display that already exists (never creating one); without
 * any display it answers null, which cancels the operation.
 */
public final class CredentialsPromptComponent implements CredentialsPrompt {

	private final DialogCredentialsPrompt prompt = new DialogCredentialsPrompt(CredentialsPromptComponent::display,
			CredentialsPromptComponent::parentShell, new SecureCredentialsStore());

	/** Created by declarative services. */
	public CredentialsPromptComponent() {
		// nothing
	}

	@Override
	public Credentials getCredentials(CredentialsRequest request) {
		return prompt.getCredentials(request);
	}

	/** Called by declarative services: ends the prompts in progress (their operations are cancelled). */
	void deactivate() {
		prompt.shutdown();
	}

	/** The display to prompt on, any thread; null if there is none or the workbench is closing. */
	static Display display() {
		if (PlatformUI.isWorkbenchRunning()) {
			try {
				IWorkbench workbench = PlatformUI.getWorkbench();
				return workbench.isClosing() ? null : workbench.getDisplay();
			} catch (IllegalStateException e) {
				return null; // shut down in between
			}
		}
		Display current = Display.getCurrent();
		return current != null ? current : existingDisplay();
	}

	/** A display some thread already created (Display.getDefault() would create one on the calling thread). */
	private static Display existingDisplay() {
		ThreadGroup group = Thread.currentThread().getThreadGroup();
		while (group.getParent() != null) {
			group = group.getParent();
		}
		Thread[] threads = new Thread[group.activeCount() + 16];
		int count = group.enumerate(threads, true);
		for (int i = 0; i < count; i++) {
			Display display = Display.findDisplay(threads[i]);
			if (display != null && !display.isDisposed()) {
				return display;
			}
		}
		return null;
	}

	/** The dialog's parent, on the UI thread: the workbench's modal dialog shell, else the active shell. */
	static Shell parentShell() {
		if (PlatformUI.isWorkbenchRunning()) {
			try {
				return PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
			} catch (IllegalStateException e) {
				return null;
			}
		}
		Display current = Display.getCurrent();
		return current == null ? null : current.getActiveShell();
	}
}
