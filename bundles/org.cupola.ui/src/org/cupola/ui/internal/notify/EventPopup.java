package org.cupola.ui.internal.notify;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * One notification: a title, a sentence and at most one action, in the corner of the screen through Eclipse's
 * notification API. It never takes the keyboard ({@code SWT.NO_FOCUS}, shown without activation), never blocks, and
 * closes by itself.
 */
public final class EventPopup extends AbstractNotificationPopup {

	/** How long a notice stays, in milliseconds. */
	public static final long DELAY = 10_000;

	/**
	 * The popup's one action.
	 *
	 * @param label
	 *            what the link says
	 * @param run
	 *            what it does (on the UI thread; must not block)
	 */
	public record Action(String label, Runnable run) {
	}

	private final String title;
	private final String text;
	private final Action action;

	/**
	 * @param display
	 *            the display
	 * @param title
	 *            the title
	 * @param text
	 *            the sentence
	 * @param action
	 *            the action, or null
	 */
	public EventPopup(Display display, String title, String text, Action action) {
		super(display, SWT.NO_TRIM | SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS);
		this.title = title;
		this.text = text;
		this.action = action;
		setDelayClose(DELAY);
		setFadingEnabled(false);
	}

	/** {@return the title} */
	public String title() {
		return title;
	}

	/** {@return the sentence} */
	public String text() {
		return text;
	}

	/** {@return the action, or null} */
	public Action action() {
		return action;
	}

	@Override
	protected String getPopupShellTitle() {
		return title;
	}

	@Override
	protected void createContentArea(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(5, 2).applyTo(parent);
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
		if (action != null) {
			Link link = new Link(parent, SWT.NONE);
			link.setText("<a>" + action.label().replace("&", "&&") + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			link.setData(Action.class.getName(), action);
			link.addListener(SWT.Selection, e -> {
				close();
				action.run().run();
			});
			GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(link);
		}
	}
}
