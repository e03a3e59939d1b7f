package org.cupola.ui.internal.notify;

import org.eclipse.ui.IStartup;

/** Starts the {@link NotificationCenter} with the workbench, so notices come whichever views are open. */
public final class NotificationStartup implements IStartup {

	@Override
	public void earlyStartup() {
		NotificationCenter.getDefault();
	}
}
