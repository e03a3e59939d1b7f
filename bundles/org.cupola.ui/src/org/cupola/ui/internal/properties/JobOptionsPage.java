package org.cupola.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.JobOptionValue;
import org.cupola.ipp.QueueAttributes;
import org.cupola.ipp.QueueSetting;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * Job Options: the queue's editable {@code *-default} job attributes, each shown only when the printer reports its
 * {@code *-supported} values, with the values it supports; "Printer default" removes the queue's own default (as
 * {@code lpadmin -R NAME-default}).
 */
public final class JobOptionsPage extends PrinterPropertyPage {

	/** How an option's values are edited and sent. */
	enum Kind {
		/** an integer in a range: a spinner */
		RANGE,
		/** one of the supported integers */
		INTEGER,
		/** one of the supported enums */
		ENUM,
		/** one of the supported keywords */
		KEYWORD,
		/** one of the supported resolutions */
		RESOLUTION
	}

	/** One editable default: its attribute, where its supported values are, and its kind. */
	record Spec(String name, String supported, String label, Kind kind) {
	}

	/** The job options, in the order shown. */
	static List<Spec> specs() {
		return List.of(new Spec("copies-default", "copies-supported", Messages.Job_copies, Kind.RANGE), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("orientation-requested-default", "orientation-requested-supported", //$NON-NLS-1$ //$NON-NLS-2$
						Messages.Job_orientation, Kind.ENUM),
				new Spec("print-scaling-default", "print-scaling-supported", Messages.Job_scaling, Kind.KEYWORD), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("number-up-default", "number-up-supported", Messages.Job_numberUp, Kind.INTEGER), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("sides-default", "sides-supported", Messages.Job_sides, Kind.KEYWORD), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("media-default", "media-supported", Messages.Job_media, Kind.KEYWORD), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("media-type-default", "media-type-supported", Messages.Job_mediaType, Kind.KEYWORD), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("media-source-default", "media-source-supported", Messages.Job_mediaSource, Kind.KEYWORD), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("print-quality-default", "print-quality-supported", Messages.Job_quality, Kind.ENUM), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("printer-resolution-default", "printer-resolution-supported", Messages.Job_resolution, //$NON-NLS-1$ //$NON-NLS-2$
						Kind.RESOLUTION),
				new Spec("output-bin-default", "output-bin-supported", Messages.Job_outputBin, Kind.KEYWORD), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("finishings-default", "finishings-supported", Messages.Job_finishings, Kind.ENUM), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("job-priority-default", "job-priority-supported", Messages.Job_priority, Kind.RANGE), //$NON-NLS-1$ //$NON-NLS-2$
				new Spec("job-hold-until-default", "job-hold-until-supported", Messages.Job_holdUntil, //$NON-NLS-1$ //$NON-NLS-2$
						Kind.KEYWORD));
	}

	/** The bounds of a RANGE option's spinner. */
	record Bounds(int lower, int upper) {
	}

	/** One row: the editor of one default and its "Printer default" box. */
	private final class Row {
		final Spec spec;
		final List<JobOptionValue> values;
		final JobOptionValue current;
		Combo combo;
		Spinner spinner;
		Button reset;
		boolean edited;

		Row(Spec spec, List<JobOptionValue> values, JobOptionValue current) {
			this.spec = spec;
			this.values = values;
			this.current = current;
		}

		void create(Composite parent) {
			new Label(parent, SWT.NONE).setText(spec.label());
			Control editor;
			if (spec.kind() == Kind.RANGE) {
				Bounds range = range(spec, values);
				spinner = new Spinner(parent, SWT.BORDER);
				Integer i = current == null ? null : current.integer();
				spinner.setValues(i != null ? i.intValue() : range.lower(), range.lower(),
						range.upper(), 0, 1, 10);
				spinner.addListener(SWT.Modify, e -> edited = true);
				editor = spinner;
			} else {
				combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
				combo.setItems(values.stream().map(v -> ValueLabels.label(spec.name(), v)).toArray(String[]::new));
				int index = values.indexOf(current);
				if (index >= 0) {
					combo.select(index);
				}
				combo.addListener(SWT.Selection, e -> edited = true);
				editor = combo;
			}
			editor.setData(Spec.class.getName(), spec.name());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(editor);
			reset = new Button(parent, SWT.CHECK);
			reset.setText(Messages.Job_reset);
			reset.setToolTipText(Messages.Job_resetTip);
			reset.setData(Spec.class.getName(), spec.name());
			// the editor's height: the same line for Tab (controls of different heights centre differently)
			GridDataFactory.fillDefaults().applyTo(reset);
			reset.addListener(SWT.Selection, e -> editor.setEnabled(!reset.getSelection()));
		}

		PrinterChange change() {
			if (reset.getSelection()) {
				return input.change(spec.label(), QueueAttributes.reset(spec.name()));
			}
			if (!edited) {
				return null;
			}
			JobOptionValue value;
			if (spinner != null) {
				value = JobOptionValue.of(spinner.getSelection());
			} else {
				int index = combo.getSelectionIndex();
				if (index < 0) {
					return null;
				}
				value = values.get(index);
			}
			if (value.equals(current)) {
				return null;
			}
			return input.change(spec.label(), setting(spec, value));
		}
	}

	/** {@return the attribute that sets the option to the value, typed by the option's kind} */
	static QueueSetting setting(Spec spec, JobOptionValue value) {
		return switch (spec.kind()) {
		case RANGE, INTEGER -> QueueSetting.integer(spec.name(), value.integer().intValue());
		case ENUM -> QueueSetting.enumeration(spec.name(), value.integer().intValue());
		case KEYWORD -> QueueSetting.keyword(spec.name(), value.toString());
		case RESOLUTION -> QueueSetting.resolution(spec.name(), value);
		};
	}

	private final PropertiesInput input;
	private final List<Row> rows = new ArrayList<>();

	/**
	 * @param input
	 *            the queue
	 */
	public JobOptionsPage(PropertiesInput input) {
		super(Messages.Page_jobOptions);
		this.input = input;
		for (Spec spec : specs()) {
			List<JobOptionValue> values = input.values(spec.supported());
			if (values.isEmpty() || spec.kind() != Kind.RANGE && isRange(values)) {
				continue;
			}
			List<JobOptionValue> current = input.values(spec.name());
			rows.add(new Row(spec, values, current.isEmpty() ? null : current.get(0)));
		}
	}

	private static boolean isRange(List<JobOptionValue> values) {
		return values.get(0).isRange();
	}

	/** {@return the range of a RANGE option: rangeOfInteger, or 1..N for an integer such as job-priority} */
	static Bounds range(Spec spec, List<JobOptionValue> values) {
		JobOptionValue v = values.get(0);
		if (v.isRange()) {
			return new Bounds(v.lower(), Math.min(v.upper(), 9999));
		}
		Integer i = v.integer();
		return new Bounds(1, i != null ? Math.max(1, i.intValue()) : 100);
	}

	@Override
	protected Control createContents(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(body);
		scroll.setContent(body);
		if (rows.isEmpty()) {
			new Label(body, SWT.NONE).setText(Messages.Job_none);
		}
		for (Row row : rows) {
			row.create(body);
		}
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		GridDataFactory.fillDefaults().grab(true, true).hint(440, 360).applyTo(scroll);
		return scroll;
	}

	/** {@return the attributes shown, e.g. {@code sides-default}} */
	public List<String> getShownOptions() {
		return rows.stream().map(r -> r.spec.name()).toList();
	}

	@Override
	public void collectChanges(List<PrinterChange> changes) {
		for (Row row : rows) {
			if (row.reset == null || row.reset.isDisposed()) {
				return;
			}
			PrinterChange change = row.change();
			if (change != null) {
				changes.add(change);
			}
		}
	}
}
