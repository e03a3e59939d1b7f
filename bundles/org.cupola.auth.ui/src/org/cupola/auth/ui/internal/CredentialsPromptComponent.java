package org.cupola.auth.ui.internal;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CredentialsStore;
import org.cupola.ipp.internal.credentials.InMemoryCredentialsStore;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link CredentialsPrompt} OSGi service (a declarative services component; its XML is generated from the
 * annotations at build time): a {@link DialogCredentialsPrompt} on the workbench's display, parented on the
 * workbench's modal dialog shell, remembering passwords in the {@link CredentialsStore} service. Without a running
 * workbench it uses a display that already exists (never creating one); without any display it answers null, which
 * cancels the operation.
 */
@Component(service = CredentialsPrompt.class)
public final class CredentialsPromptComponent implements CredentialsPrompt {

	private final DialogCredentialsPrompt prompt;

	/**
	 * Created by declarative services.
	 *
	 * @param store
	 *            where remembered passwords are kept; null when there is no store service (no secure storage):
	 *            passwords are then remembered until the process ends
	 */
	@Activate
	public CredentialsPromptComponent(
			@Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) CredentialsStore store) {
		prompt = new DialogCredentialsPrompt(CredentialsPromptComponent::display, CredentialsPromptComponent::parentShell,
				store != null ? store : new InMemoryCredentialsStore());
	}

	@Override
	public Credentials getCredentials(CredentialsRequest request) {
		return prompt.getCredentials(request);
	}

	/** Called by declarative services: ends the prompts in progress (their operations are cancelled). */
	@Deactivate
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
