package org.cupola.ui.internal.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cupola.ipp.ppd.PpdChoice;
import org.cupola.ipp.ppd.PpdConflicts;
import org.cupola.ipp.ppd.PpdConstraint;
import org.cupola.ipp.ppd.PpdFile;
import org.cupola.ipp.ppd.PpdGroup;
import org.cupola.ipp.ppd.PpdOption;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * Printer Options: the PPD's installable options first (a duplexer, trays: they decide what the others may be), then
 * its option groups. A choice that a {@code UIConstraints} line forbids with the current choices is marked
 * unavailable and explained under its option; choices that conflict keep OK disabled. Saved as the PPD's defaults,
 * as {@code lpadmin -o} does.
 */
public final class PrinterOptionsPage extends PrinterPropertyPage {

	/** Options the page does not show: CUPS keeps PageRegion equal to PageSize. */
	private static final Set<String> HIDDEN = Set.of("PageRegion"); //$NON-NLS-1$

	private final PropertiesInput input;
	private final PpdFile ppd;
	private final Map<String, String> choices = new LinkedHashMap<>();
	private final Map<String, Combo> combos = new LinkedHashMap<>();
	private final Map<String, Label> notes = new LinkedHashMap<>();

	/**
	 * @param input
	 *            the queue; its PPD may be null (then the page says there are no options)
	 */
	public PrinterOptionsPage(PropertiesInput input) {
		super(Messages.Page_options);
		this.input = input;
		this.ppd = input.ppd();
		if (ppd != null) {
			choices.putAll(ppd.defaults());
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(body);
		scroll.setContent(body);
		if (ppd == null || ppd.options().isEmpty()) {
			new Label(body, SWT.NONE).setText(Messages.Options_none);
		} else {
			for (PpdGroup group : ppd.groups()) {
				createGroup(body, group);
			}
			update();
		}
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		GridDataFactory.fillDefaults().grab(true, true).hint(440, 360).applyTo(scroll);
		return scroll;
	}

	private void createGroup(Composite parent, PpdGroup group) {
		List<PpdOption> options = group.options().stream().filter(o -> !HIDDEN.contains(o.keyword())
				&& !o.choices().isEmpty()).toList();
		if (options.isEmpty()) {
			return;
		}
		Group box = new Group(parent, SWT.NONE);
		box.setText(group.text());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(box);
		for (PpdOption option : options) {
			Label label = new Label(box, SWT.NONE);
			label.setText(option.text() + ':');
			Combo combo = new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setData(PpdOption.class.getName(), option.keyword());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			combo.addListener(SWT.Selection, e -> {
				int index = combo.getSelectionIndex();
				if (index >= 0) {
					choices.put(option.keyword(), option.choices().get(index).keyword());
					update();
				}
			});
			Label note = new Label(box, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).exclude(true)
					.applyTo(note);
			note.setVisible(false);
			combos.put(option.keyword(), combo);
			notes.put(option.keyword(), note);
		}
	}

	/** Refreshes every combo's items (unavailable choices marked) and notes, and the page's validity. */
	private void update() {
		for (Map.Entry<String, Combo> entry : combos.entrySet()) {
			PpdOption option = ppd.option(entry.getKey()).orElseThrow();
			Combo combo = entry.getValue();
			List<String> items = new ArrayList<>();
			List<String> unavailable = new ArrayList<>();
			String why = null;
			for (PpdChoice choice : option.choices()) {
				PpdConstraint blocking = PpdConflicts.blocking(ppd, choices, option.keyword(), choice.keyword())
						.orElse(null);
				if (blocking == null) {
					items.add(choice.text());
				} else {
					items.add(NLS.bind(Messages.Options_unavailableChoice, choice.text()));
					unavailable.add(choice.text());
					why = why == null ? explain(blocking, option.keyword()) : why;
				}
			}
			combo.setItems(items.toArray(String[]::new));
			int selected = indexOf(option, choices.get(option.keyword()));
			if (selected >= 0) {
				combo.select(selected);
			}
			Label note = notes.get(option.keyword());
			String text = unavailable.isEmpty() ? "" //$NON-NLS-1$
					: NLS.bind(Messages.Options_unavailable, String.join(", ", unavailable), why); //$NON-NLS-1$
			note.setText(text);
			note.setVisible(!text.isEmpty());
			((org.eclipse.swt.layout.GridData) note.getLayoutData()).exclude = text.isEmpty();
		}
		List<PpdConstraint> broken = PpdConflicts.broken(ppd, choices);
		if (broken.isEmpty()) {
			setErrorMessage(null);
			setValid(true);
		} else {
			PpdConstraint first = broken.get(0);
			String option = first.terms().get(0).option();
			setErrorMessage(NLS.bind(Messages.Options_conflict, optionText(option), explain(first, option)));
			setValid(false);
		}
		Control content = combos.isEmpty() ? null : combos.values().iterator().next().getParent().getParent();
		if (content != null) {
			content.requestLayout();
			if (content.getParent() instanceof ScrolledComposite scroll) {
				scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			}
		}
	}

	private static int indexOf(PpdOption option, String choice) {
		for (int i = 0; i < option.choices().size(); i++) {
			if (option.choices().get(i).keyword().equals(choice)) {
				return i;
			}
		}
		return -1;
	}

	/** "Duplexer: Not Installed" for the other terms of a constraint, with the current choices where a term has none. */
	private String explain(PpdConstraint constraint, String option) {
		return PpdConflicts.others(constraint, option).stream().map(t -> {
			String choice = t.choice() != null ? t.choice() : choices.get(t.option());
			String text = ppd.option(t.option()).flatMap(o -> o.choice(String.valueOf(choice))).map(PpdChoice::text)
					.orElse(String.valueOf(choice));
			return NLS.bind(Messages.Options_term, optionText(t.option()), text);
		}).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private String optionText(String keyword) {
		return ppd.option(keyword).map(PpdOption::text).orElse(keyword);
	}

	/** {@return the current choices (option keyword → choice keyword)} */
	public Map<String, String> getChoices() {
		return Map.copyOf(choices);
	}

	@Override
	public void collectChanges(List<PrinterChange> changes) {
		if (ppd == null || combos.isEmpty() || combos.values().iterator().next().isDisposed()) {
			return;
		}
		Map<String, String> changed = new LinkedHashMap<>();
		Map<String, String> defaults = ppd.defaults();
		for (Map.Entry<String, String> e : choices.entrySet()) {
			if (!e.getValue().equals(defaults.get(e.getKey()))) {
				changed.put(e.getKey(), e.getValue());
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		String names = changed.keySet().stream().map(this::optionText).collect(Collectors.joining(", ")); //$NON-NLS-1$
		String queue = input.name();
		changes.add(new PrinterChange(NLS.bind(Messages.Field_options, names),
				(c, m) -> c.admin().setPpdDefaults(queue, changed, m)));
	}
}
