package org.cupola.fleet.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.cupola.fleet.ServerHealth;
import org.cupola.fleet.ui.internal.HealthLabels;
import org.cupola.fleet.ui.internal.Messages;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.Servers;
import org.cupola.ui.UiAsync;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.osgi.util.NLS;

/**
 * The content of the Fleet view without the workbench: one row per connected server with its health at a glance
 * (reachable, CUPS version, TLS and certificate expiry, stopped and rejecting queues, pending jobs, last error),
 * checked live: each server by its own {@link CupsJob} (a system job in the server's family), again every
 * {@link #setInterval(Duration) interval} after the last check ended, so a slow or dead server never delays the others
 * and the UI thread only posts rows. All methods must be called on the UI thread.
 */
public final class FleetPanel extends Composite {

	private final TableViewer viewer;
	private final Label message;
	private final Map<CupsServer, FleetRow> rows = new LinkedHashMap<>();
	private final Set<CupsServer> checking = new HashSet<>();
	private final List<FleetRow> shown = new ArrayList<>();
	private final List<Job> running = new ArrayList<>();
	private Supplier<List<Servers.Entry>> servers = () -> Servers.getDefault().entries();
	private Duration interval = Duration.ofSeconds(15);
	private boolean timerPending;
	private int refreshCount;

	/**
	 * @param parent
	 *            the parent
	 * @param style
	 *            the composite's style
	 */
	public FleetPanel(Composite parent, int style) {
		super(parent, style);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(this);
		message = new Label(this, SWT.WRAP);
		// no empty line above the table: the message takes room only when there is one
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).exclude(true).applyTo(message);
		message.setVisible(false);
		viewer = new TableViewer(this, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a instanceof FleetRow ra && b instanceof FleetRow rb ? ra.entry().server().equals(rb.entry().server())
						: a.equals(b);
			}

			@Override
			public int hashCode(Object element) {
				return element instanceof FleetRow r ? r.entry().server().hashCode() : element.hashCode();
			}
		});
		column(Messages.Column_server, 210, FleetRow::label, true);
		column(Messages.Column_health, 90, r -> HealthLabels.level(r.health()), false);
		column(Messages.Column_version, 60, r -> HealthLabels.version(r.health()), false);
		column(Messages.Column_security, 200, r -> HealthLabels.security(r.health()), false);
		column(Messages.Column_queues, 260, r -> HealthLabels.queues(r.health()), false);
		column(Messages.Column_jobs, 60, r -> HealthLabels.jobs(r.health()), false);
		column(Messages.Column_lastError, 250, HealthLabels::lastError, false);
		column(Messages.Column_checked, 70, r -> HealthLabels.checked(r.health()), false);
		viewer.setInput(shown);
		addDisposeListener(e -> List.copyOf(running).forEach(Job::cancel));
	}

	private void column(String title, int width, java.util.function.Function<FleetRow, String> text, boolean icon) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setResizable(true);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FleetRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return icon ? HealthLabels.image(((FleetRow) element).health()) : null;
			}
		});
	}

	/** Sets where the servers come from (tests); by default the workbench's {@link Servers}. */
	public void setServers(Supplier<List<Servers.Entry>> value) {
		servers = value;
	}

	/** Sets how long after a check ends the next one starts (live refresh). */
	public void setInterval(Duration value) {
		interval = value;
	}

	/** {@return the table} */
	public TableViewer getViewer() {
		return viewer;
	}

	/** {@return the rows, one per server, in the order the servers were connected} */
	public List<FleetRow> getRows() {
		return List.copyOf(rows.values());
	}

	/** {@return the rows selected} */
	public List<FleetRow> getSelectedRows() {
		List<FleetRow> selected = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			if (o instanceof FleetRow r) {
				selected.add(rows.getOrDefault(r.entry().server(), r));
			}
		}
		return selected;
	}

	/** {@return how many health results have arrived (tests wait on it)} */
	public int getRefreshCount() {
		return refreshCount;
	}

	/** {@return the message line's text} */
	public String getMessage() {
		return message.getText();
	}

	/** Shows a line above the table (the outcome of an export or an apply). */
	public void setMessage(String text) {
		if (!message.isDisposed()) {
			boolean shown = text != null && !text.isEmpty();
			message.setText(shown ? text : ""); //$NON-NLS-1$
			((GridData) message.getLayoutData()).exclude = !shown;
			message.setVisible(shown);
			layout(true);
		}
	}

	/**
	 * Takes the connected servers (keeping the rows of those still connected) and checks every server whose check
	 * is not already running.
	 */
	public void refresh() {
		if (isDisposed()) {
			return;
		}
		Map<CupsServer, FleetRow> next = new LinkedHashMap<>();
		for (Servers.Entry e : servers.get()) {
			FleetRow old = rows.get(e.server());
			next.put(e.server(), old == null ? new FleetRow(e, null, null, null)
					: new FleetRow(e, old.health(), old.lastError(), old.lastErrorAt()));
		}
		rows.clear();
		rows.putAll(next);
		show();
		for (FleetRow row : next.values()) {
			check(row.entry());
		}
	}

	/** Shows the rows; the comparer keeps the selected servers selected. */
	private void show() {
		shown.clear();
		shown.addAll(rows.values());
		viewer.refresh();
	}

	private void check(Servers.Entry entry) {
		if (!checking.add(entry.server())) {
			return;
		}
		CupsJob<ServerHealth> job = new CupsJob<>(NLS.bind(Messages.Job_health, entry.server()), entry.server(),
				monitor -> ServerHealth.check(entry.connection(), monitor));
		job.setSystem(true);
		running.add(job);
		UiAsync.whenDone(job.result(), this, (health, error) -> {
			running.remove(job);
			checking.remove(entry.server());
			FleetRow row = rows.get(entry.server());
			if (health != null && row != null && row.entry().connection() == entry.connection()) {
				FleetRow updated = row.with(health);
				rows.put(entry.server(), updated);
				show();
				refreshCount++;
			}
			scheduleNext();
		});
		job.schedule();
	}

	/** Once every check has ended, checks again after the interval (a timer on the UI thread only schedules jobs). */
	private void scheduleNext() {
		if (!checking.isEmpty() || timerPending || isDisposed()) {
			return;
		}
		timerPending = true;
		getDisplay().timerExec((int) interval.toMillis(), () -> {
			timerPending = false;
			if (!isDisposed()) {
				refresh();
			}
		});
	}
}
