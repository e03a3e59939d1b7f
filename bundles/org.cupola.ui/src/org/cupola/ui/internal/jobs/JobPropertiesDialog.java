package org.cupola.ui.internal.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Job;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.TextWithLanguage;
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
		column(layout, Messages.Jobs_propertyName, 35, IppAttribute::name);
		column(layout, Messages.Jobs_propertyValue, 65, JobPropertiesDialog::value);
		viewer.setInput(rows(job));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<IppAttribute, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 80));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof IppAttribute a ? text.apply(a) : ""; //$NON-NLS-1$
			}
		});
	}

	/** {@return the job's attributes sorted by name} */
	static List<IppAttribute> rows(Job job) {
		List<IppAttribute> rows = new ArrayList<>(job.attributes().attributes());
		rows.sort(Comparator.comparing(IppAttribute::name));
		return rows;
	}

	/** {@return an attribute's values in words, joined by commas} */
	static String value(IppAttribute attribute) {
		List<String> parts = new ArrayList<>();
		for (Object v : attribute.values()) {
			if (v instanceof TextWithLanguage t) {
				parts.add(t.text());
			} else if (v instanceof byte[] bytes) {
				parts.add(NLS.bind(Messages.Jobs_propertyBytes, Integer.valueOf(bytes.length)));
			} else if (v instanceof Integer i && attribute.name().startsWith("time-at-") && i.intValue() > 0) { //$NON-NLS-1$
				parts.add(TIME.format(Instant.ofEpochSecond(i.longValue())) + " (" + i + ')'); //$NON-NLS-1$
			} else {
				parts.add(String.valueOf(v));
			}
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}
}
