package org.cupola.ui;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cupola.ipp.UserPreferences;
import org.cupola.ipp.events.AutoResume;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.QueueHistory;
import org.cupola.ipp.events.StopExplainer;
import org.cupola.ui.internal.notify.EventTexts;
import org.cupola.ui.internal.notify.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A queue's history ("why did it stop?"): one sentence on why it is stopped, if it is, then its events newest first
 * and, for the selected event, the error-log lines of its job; and the choice to resume it automatically once the
 * reason clears. Opened from the Printers view (History...) and from the troubleshooter's QueueNotEnabled step. The
 * history is a small local file, read when the dialog opens.
 */
public final class QueueHistoryDialog extends Dialog {

	private final QueueHistory history;
	private final AutoResume autoResume;
	private final String server;
	private final String queue;
	private final ZoneId zone;
	private List<QueueEvent> events = List.of();
	private String error;
	private Label sentence;
	private TableViewer table;
	private Text log;
	private Button autoResumeBox;

	/**
	 * @param parent
	 *            the parent shell
	 * @param history
	 *            where the events are kept
	 * @param autoResume
	 *            the server's auto-resume choices, or null to hide the choice
	 * @param server
	 *            {@code host:port}
	 * @param queue
	 *            the queue
	 */
	public QueueHistoryDialog(Shell parent, QueueHistory history, AutoResume autoResume, String server, String queue) {
		super(parent);
		this.history = history;
		this.autoResume = autoResume;
		this.server = server;
		this.queue = queue;
		this.zone = ZoneId.systemDefault();
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/**
	 * Opens the user's history of a queue (returns when the dialog closes).
	 *
	 * @param parent
	 *            the parent shell
	 * @param server
	 *            {@code host:port}
	 * @param queue
	 *            the queue
	 */
	public static void open(Shell parent, String server, String queue) {
		new QueueHistoryDialog(parent, QueueHistory.getDefault(),
				new AutoResume(UserPreferences.getDefault(), server, AutoResume.TCP_PROBE), server, queue).open();
	}

	/**
	 * @param history
	 *            the history
	 * @param server
	 *            {@code host:port}
	 * @param queue
	 *            the queue
	 * @return why the queue is stopped, from its history, or null when it does not say
	 */
	public static String explain(QueueHistory history, String server, String queue) {
		try {
			return StopExplainer.explain(history.read(server, queue), ZoneId.systemDefault()).orElse(null);
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.History_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		try {
			events = history.read(server, queue);
		} catch (IOException e) {
			error = NLS.bind(Messages.History_readFailed, e.getMessage());
		}
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		Label heading = new Label(area, SWT.NONE);
		heading.setText(NLS.bind(Messages.History_heading, queue, server));
		sentence = new Label(area, SWT.WRAP);
		sentence.setFont(JFaceResources.getBannerFont());
		sentence.setText(error != null ? error
				: StopExplainer.explain(events, zone).orElse(events.isEmpty() ? Messages.History_empty
						: Messages.History_notStopped));
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(sentence);

		table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(Messages.History_columnTime, 120, e -> StopExplainer.time(e.time(), zone));
		column(Messages.History_columnEvent, 170, e -> e.kind().label());
		column(Messages.History_columnDetail, 420, EventTexts::detail);
		table.setContentProvider(ArrayContentProvider.getInstance());
		List<QueueEvent> newestFirst = new ArrayList<>(events);
		Collections.reverse(newestFirst);
		table.setInput(newestFirst);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 200).applyTo(table.getControl());

		new Label(area, SWT.NONE).setText(Messages.History_log);
		log = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		log.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(700, 90).applyTo(log);
		table.addSelectionChangedListener(e -> showLog((QueueEvent) ((IStructuredSelection) e.getSelection())
				.getFirstElement()));
		StopExplainer.lastStop(events).ifPresent(stop -> table.setSelection(new StructuredSelection(stop), true));
		if (table.getStructuredSelection().isEmpty()) {
			showLog(null);
		}

		if (autoResume != null) {
			autoResumeBox = new Button(area, SWT.CHECK);
			autoResumeBox.setText(Messages.History_autoResume);
			autoResumeBox.setToolTipText(Messages.History_autoResumeTooltip);
			autoResumeBox.setSelection(autoResume.isEnabled(queue));
			autoResumeBox.addListener(SWT.Selection, e -> autoResume.setEnabled(queue, autoResumeBox.getSelection()));
		}
		return area;
	}

	private void column(String title, int width, java.util.function.Function<QueueEvent, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((QueueEvent) element);
			}
		});
	}

	private void showLog(QueueEvent e) {
		log.setText(e == null || e.log().isEmpty() ? Messages.History_noLog : String.join("\n", e.log())); //$NON-NLS-1$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			okPressed();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** {@return the sentence shown on top (tests)} */
	public String getSentence() {
		return sentence.getText();
	}

	/** {@return the events shown, newest first (tests)} */
	@SuppressWarnings("unchecked")
	public List<QueueEvent> getShownEvents() {
		return (List<QueueEvent>) table.getInput();
	}

	/** {@return the error-log lines shown (tests)} */
	public String getShownLog() {
		return log.getText();
	}
}
