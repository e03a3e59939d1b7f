package org.cupola.ui.internal.wizards;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.NetworkProbe;
import org.cupola.ipp.NetworkProbe.Finding;
import org.cupola.ipp.NetworkProbe.Ports;
import org.cupola.ipp.NetworkProbe.Protocol;
import org.cupola.ipp.NetworkProbe.Result;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The "Find Network Printer" part of the {@link DevicePage}: a host name or address, and a probe of it per protocol
 * ({@link NetworkProbe}: IPP, AppSocket/JetDirect, LPD), each a cancellable {@link CupsJob} with a short timeout
 * started through the wizard (closing it cancels them). What answered is listed with its suggested device URI as the
 * answers come; the status line says, per protocol, what answered, refused or stayed silent. Choosing a row hands
 * the finding to the page (its URI, make and model, device ID and whether it prints driverless).
 */
public final class NetworkFinder {

	private final AddPrinterWizard wizard;
	private final Consumer<Finding> onChoose;
	private final Runnable onOpen;
	private final Composite root;
	private final Text host;
	private final Button find;
	private final Button cancel;
	private final TableViewer viewer;
	private final Label status;
	private final List<Finding> findings = new ArrayList<>();
	private final Map<Protocol, String> outcomes = new EnumMap<>(Protocol.class);
	private final List<CupsJob<Result>> jobs = new ArrayList<>();
	private Ports ports = Ports.DEFAULTS;
	private Duration timeout = NetworkProbe.DEFAULT_TIMEOUT;
	private int generation;
	/** Probes of the last Find whose outcome is not shown yet. */
	private int pending;

	NetworkFinder(Composite parent, AddPrinterWizard wizard, Consumer<Finding> onChoose, Runnable onOpen) {
		this.wizard = wizard;
		this.onChoose = onChoose;
		this.onOpen = onOpen;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(root);
		Label hostLabel = new Label(root, SWT.NONE);
		hostLabel.setText(Messages.Find_host);
		host = new Text(root, SWT.BORDER | SWT.SINGLE);
		host.setMessage(Messages.Find_hostHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(host);
		find = new Button(root, SWT.PUSH);
		find.setText(Messages.Find_find);
		find.setEnabled(false);
		find.addListener(SWT.Selection, e -> find());
		host.addModifyListener(e -> find.setEnabled(NetworkProbe.hostProblem(host.getText()) == null));
		// Enter in the field finds (it must not press the wizard's default button, Next)
		host.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
			}
		});
		host.addListener(SWT.DefaultSelection, e -> {
			if (find.isEnabled()) {
				find();
			}
		});
		cancel = new Button(root, SWT.PUSH);
		cancel.setText(Messages.Find_cancel);
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> cancel());

		Composite tableHolder = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(540, 110).applyTo(tableHolder);
		TableColumnLayout layout = new TableColumnLayout();
		tableHolder.setLayout(layout);
		viewer = new TableViewer(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.Find_colUri, 45, Finding::uri);
		column(layout, Messages.Find_colPrinter, 40, NetworkFinder::describe);
		column(layout, Messages.Find_colDriverless, 15, f -> f.driverless() ? Messages.Find_yes : ""); //$NON-NLS-1$
		viewer.setInput(findings);
		viewer.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Finding f) {
				onChoose.accept(f);
			}
		});
		viewer.addDoubleClickListener(e -> onOpen.run());
		status = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(540, SWT.DEFAULT).applyTo(status);
		status.setText(Messages.Find_intro);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Finding, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Finding f ? text.apply(f) : ""; //$NON-NLS-1$
			}
		});
	}

	private static String describe(Finding f) {
		return f.makeAndModel().isBlank() ? f.info() : f.makeAndModel();
	}

	/** Probes the host typed, each protocol in a job of its own; a probe still running is cancelled first. */
	public void find() {
		cancel();
		String h = host.getText().strip();
		NetworkProbe probe = new NetworkProbe(h, ports, timeout);
		int current = ++generation;
		findings.clear();
		outcomes.clear();
		viewer.refresh();
		pending = Protocol.values().length;
		for (Protocol p : Protocol.values()) {
			outcomes.put(p, NLS.bind(Messages.Find_asking, probe.label(p)));
			CupsJob<Result> job = new CupsJob<>(NLS.bind(Messages.Find_jobName, probe.label(p), h),
					new CupsServer(false, probe.host(), probe.ports().of(p)), monitor -> probe.probe(p, monitor));
			job.setUser(true);
			jobs.add(job);
			UiAsync.whenDone(job.result(), viewer.getControl(), (result, error) -> {
				if (current == generation) {
					probed(p, probe, result, error);
				}
			});
			wizard.start(job);
		}
		cancel.setEnabled(true);
		showOutcomes();
	}

	private void probed(Protocol p, NetworkProbe probe, Result result, Throwable error) {
		pending--;
		if (result != null) {
			outcomes.put(p, result.message());
			findings.addAll(result.findings());
			findings.sort(Comparator.comparing(Finding::protocol)); // IPP first, whichever answered first
			viewer.refresh();
		} else if (error instanceof CancellationException) {
			outcomes.put(p, NLS.bind(Messages.Find_cancelled, probe.label(p)));
		} else {
			outcomes.put(p, NLS.bind(Messages.Find_failed, probe.label(p), error.getMessage()));
		}
		cancel.setEnabled(!isDone());
		showOutcomes();
	}

	private void showOutcomes() {
		status.setText(String.join("\n", outcomes.values())); //$NON-NLS-1$
		root.layout(true, true);
	}

	/** Cancels the probes still running (their sockets are closed). */
	public void cancel() {
		for (CupsJob<Result> job : jobs) {
			job.cancel();
		}
		jobs.clear();
		cancel.setEnabled(false);
	}

	/** {@return whether every probe of the last Find has ended and its outcome is shown} */
	public boolean isDone() {
		return pending == 0;
	}

	/** Sets the ports probed (tests use loopback listeners on free ports). */
	public void setPorts(Ports value) {
		ports = value;
	}

	/** Sets the timeout of each connection and answer. */
	public void setTimeout(Duration value) {
		timeout = value;
	}

	/** {@return the section's top control} */
	public Control getControl() {
		return root;
	}

	/** {@return the host field} */
	public Text getHostText() {
		return host;
	}

	/** {@return the Find button} */
	public Button getFindButton() {
		return find;
	}

	/** {@return the Cancel button} */
	public Button getCancelButton() {
		return cancel;
	}

	/** {@return the table of what answered} */
	public TableViewer getViewer() {
		return viewer;
	}

	/** {@return what answered so far} */
	public List<Finding> getFindings() {
		return List.copyOf(findings);
	}

	/** {@return the probe jobs of the last Find that were not cancelled} */
	public List<CupsJob<Result>> getJobs() {
		return List.copyOf(jobs);
	}

	/** {@return the per-protocol status lines} */
	public String getStatusText() {
		return status.getText();
	}
}
