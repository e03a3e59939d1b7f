package org.cupola.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A line per server whose listing has waited longer than a few seconds, above the Printers tree: "ipp://host is not
 * answering yet: waited 7 s." with <em>Cancel</em> and <em>Retry</em>. Hidden (and out of the layout) when no server
 * waits. Rows are rebuilt only when the set of waiting servers changes, so the time can tick while a button has the
 * focus.
 */
public final class ServerStatusBar extends Composite {

	/**
	 * A server that waits.
	 *
	 * @param server
	 *            how the user knows it
	 * @param waitedSeconds
	 *            for how long
	 * @param cancel
	 *            stops the listing
	 * @param retry
	 *            starts it again
	 */
	public record Waiting(String server, long waitedSeconds, Runnable cancel, Runnable retry) {
	}

	private final List<String> shown = new ArrayList<>();
	private final List<Label> labels = new ArrayList<>();
	private List<Waiting> current = List.of();

	/** An empty, hidden bar. */
	public ServerStatusBar(Composite parent) {
		super(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(this);
		show(List.of());
	}

	/**
	 * Shows the waiting servers (none hides the bar).
	 *
	 * @param waiting
	 *            the servers that wait now
	 */
	public void show(List<Waiting> waiting) {
		current = List.copyOf(waiting);
		List<String> servers = waiting.stream().map(Waiting::server).toList();
		boolean rebuilt = !servers.equals(shown);
		if (rebuilt) {
			for (var c : getChildren()) {
				c.dispose();
			}
			labels.clear();
			shown.clear();
			shown.addAll(servers);
			for (int i = 0; i < waiting.size(); i++) {
				int index = i;
				Label l = new Label(this, SWT.WRAP);
				GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(l);
				labels.add(l);
				Button cancel = new Button(this, SWT.PUSH);
				cancel.setText(StateMessages.ServerState_cancel);
				cancel.addListener(SWT.Selection, e -> current.get(index).cancel().run());
				Button retry = new Button(this, SWT.PUSH);
				retry.setText(StateMessages.ServerState_retry);
				retry.addListener(SWT.Selection, e -> current.get(index).retry().run());
			}
		}
		for (int i = 0; i < waiting.size(); i++) {
			Waiting w = waiting.get(i);
			labels.get(i).setText(NLS.bind(StateMessages.ServerState_barWaiting, w.server(),
					Long.valueOf(w.waitedSeconds())));
		}
		boolean visible = !waiting.isEmpty();
		if (rebuilt || visible != getVisible()) {
			if (getLayoutData() instanceof GridData data) {
				data.exclude = !visible;
			}
			setVisible(visible);
			getParent().layout(true, true);
		} else if (visible) {
			layout(true);
		}
	}

	/** {@return the servers shown (tests)} */
	public List<Waiting> waiting() {
		return current;
	}
}
