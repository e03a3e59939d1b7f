package org.cupola.ui.internal.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Every attribute of one job as CUPS sent it: a read-only table of name and value, sorted by name (values joined by
 * commas, times also in local time, binary values as their size). Closes with Escape or Enter.
 */
public final class JobPropertiesDialog extends TitleAreaDialog {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	private final CupsServer server;
	private final Job job;
	private TableViewer viewer;

	/**
	 * @param parent
	 *            the parent shell, or null
	 * @param server
	 *            the job's server
	 * @param job
	 *            the job with the attributes to show
	 */
	public JobPropertiesDialog(Shell parent, CupsServer server, Job job) {
		super(parent);
		this.server = server;
		this.job = job;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Jobs_propertiesTitle, Integer.toString(job.id())));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		setTitle(NLS.bind(Messages.Jobs_propertiesTitle, Integer.toString(job.id())));
		setMessage(NLS.bind(Messages.Jobs_propertiesMessage, server.hostAndPort(), Integer.toString(job.id())));
		return contents;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite holder = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(90),
				convertHeightInCharsToPixels(20)).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.Jobs_propertyName, 35, Map.Entry::getKey);
		column(layout, Messages.Jobs_propertyValue, 65, JobPropertiesDialog::value);
		viewer.setInput(rows(job));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void column(TableColumnLayout layout, String title, int weight,
			Function<Map.Entry<String, List<String>>, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 80));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				@SuppressWarnings("unchecked")
				Map.Entry<String, List<String>> row = (Map.Entry<String, List<String>>) element;
				return text.apply(row);
			}
		});
	}

	/** {@return the job's attributes sorted by name} */
	static List<Map.Entry<String, List<String>>> rows(Job job) {
		return new ArrayList<>(job.attributeTexts().entrySet());
	}

	/** {@return an attribute's values joined by commas; times also in local time} */
	static String value(Map.Entry<String, List<String>> attribute) {
		List<String> parts = new ArrayList<>();
		for (String v : attribute.getValue()) {
			if (attribute.getKey().startsWith("time-at-") && v.matches("[1-9][0-9]{0,11}")) { //$NON-NLS-1$ //$NON-NLS-2$
				parts.add(TIME.format(Instant.ofEpochSecond(Long.parseLong(v))) + " (" + v + ')'); //$NON-NLS-1$
			} else {
				parts.add(v);
			}
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}
}
