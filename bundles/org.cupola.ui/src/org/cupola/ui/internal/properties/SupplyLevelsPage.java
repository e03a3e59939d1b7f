package org.cupola.ui.internal.properties;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Printer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Supply Levels: {@code marker-names}/{@code -levels}/{@code -colors} as bars in the markers' colours. Refresh asks
 * the printer for new levels with the {@code ReportLevels} command where it supports it, then reads them again, in a
 * job.
 */
public final class SupplyLevelsPage extends PrinterPropertyPage {

	/** The command that makes the driver report supply levels. */
	public static final String REPORT_LEVELS = "ReportLevels"; //$NON-NLS-1$

	private static final List<String> MARKER_ATTRIBUTES = List.of("printer-name", "marker-names", "marker-levels", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"marker-colors", "marker-types"); //$NON-NLS-1$ //$NON-NLS-2$

	private final PropertiesInput input;
	private Composite bars;
	private Label status;
	private Button refresh;
	private CupsJob<Printer> refreshJob;

	/**
	 * @param input
	 *            the queue
	 */
	public SupplyLevelsPage(PropertiesInput input) {
		super(Messages.Page_supplies);
		this.input = input;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(body);
		bars = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bars);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bars);
		show(input.printer().markers());
		boolean report = SettingsPage.commands(input).contains(REPORT_LEVELS);
		refresh = new Button(body, SWT.PUSH);
		refresh.setText(Messages.Supplies_refresh);
		refresh.setToolTipText(report ? Messages.Supplies_refreshReport : Messages.Supplies_refreshRead);
		refresh.addListener(SWT.Selection, e -> refresh(report));
		status = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		return body;
	}

	private void show(List<Printer.Marker> markers) {
		for (Control c : bars.getChildren()) {
			c.dispose();
		}
		if (markers.isEmpty()) {
			Label none = new Label(bars, SWT.NONE);
			none.setText(Messages.Supplies_none);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(none);
		}
		for (Printer.Marker marker : markers) {
			Label name = new Label(bars, SWT.NONE);
			name.setText(marker.type() == null ? marker.name()
					: NLS.bind(Messages.Supplies_name, marker.name(), marker.type()));
			LevelBar bar = new LevelBar(bars, marker.level(), marker.color());
			bar.setToolTipText(marker.color());
			GridDataFactory.fillDefaults().grab(true, false).hint(220, 16).align(SWT.FILL, SWT.CENTER).applyTo(bar);
			Label level = new Label(bars, SWT.NONE);
			level.setText(marker.level() >= 0 ? NLS.bind(Messages.Supplies_level, Integer.valueOf(marker.level()))
					: Messages.Supplies_unknown);
		}
		bars.requestLayout();
	}

	private void refresh(boolean report) {
		CupsConnection c = input.connection();
		String queue = input.name();
		refreshJob = new CupsJob<>(NLS.bind(Messages.Supplies_job, queue), c.server(), monitor -> {
			if (report) {
				c.admin().sendPrinterCommand(queue, REPORT_LEVELS, monitor);
			}
			return c.getPrinterAttributes(queue, MARKER_ATTRIBUTES, monitor);
		});
		refreshJob.setUser(true);
		refreshJob.schedule();
		refresh.setEnabled(false);
		status.setText(Messages.Supplies_refreshing);
		UiAsync.whenDone(refreshJob.result(), bars, (printer, error) -> {
			refresh.setEnabled(true);
			if (error == null) {
				status.setText(""); //$NON-NLS-1$
				show(printer.markers());
			} else if (!(error instanceof CancellationException)) {
				status.setText(NLS.bind(Messages.Supplies_failed, error.getMessage()));
			}
		});
	}

	/** {@return the latest refresh job, or null} */
	public CupsJob<Printer> getRefreshJob() {
		return refreshJob;
	}

	@Override
	public void collectChanges(List<PrinterChange> changes) {
		// the levels are the printer's; Refresh acts at once
	}

	@Override
	public void dispose() {
		if (refreshJob != null) {
			refreshJob.cancel();
		}
		super.dispose();
	}
}
