package org.cupola.troubleshoot.internal;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** ChoosePrinter: which queue has the problem, or "not listed". */
final class ChoosePrinterStep extends AbstractStep {

	ChoosePrinterStep() {
		super("ChoosePrinter"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.isTrue(Keys.SCHEDULER_RUNNING);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.ChoosePrinter_task, 2);
		Answers a = context.answers();
		if (!a.has(Keys.QUEUE_LIST)) {
			List<Printer> queues = new ArrayList<>();
			try {
				queues.addAll(context.connection().getPrinters(sub.split(1)));
				queues.addAll(context.connection().getClasses(sub.split(1)));
			} catch (IppException e) {
				context.report(finding(Severity.WARNING, Messages.Publishing_listFailed, e.getMessage(), null));
			}
			a.put(Keys.QUEUE_LIST, List.copyOf(queues));
			a.put(Keys.QUEUES_AVAILABLE, queues.stream().map(Printer::name).toList());
		}
		String queue = a.get(Keys.QUEUE);
		if (queue == null) {
			return; // the question asks
		}
		if (Question.NOT_LISTED.equals(queue)) {
			a.put(Keys.QUEUE_LISTED, Boolean.FALSE);
			return;
		}
		Printer match = a.get(Keys.QUEUE_LIST).stream().filter(p -> queue.equalsIgnoreCase(p.name())).findFirst()
				.orElse(null);
		if (match == null) {
			a.put(Keys.QUEUE_LISTED, Boolean.FALSE);
			context.deadEnd(finding(Severity.ERROR, Messages.ChoosePrinter_unknownTitle,
					Messages.bind(Messages.ChoosePrinter_unknownExplanation, queue, context.server().hostAndPort(),
							String.join(", ", a.get(Keys.QUEUES_AVAILABLE))), //$NON-NLS-1$
					Messages.ChoosePrinter_unknownFix));
			return;
		}
		a.put(Keys.QUEUE, match.name());
		a.put(Keys.QUEUE_LISTED, Boolean.TRUE);
	}

	@Override
	public Question question(Answers answers) {
		if (answers.has(Keys.QUEUE) || !answers.has(Keys.QUEUE_LIST)) {
			return null;
		}
		List<Question.Choice> choices = new ArrayList<>();
		for (Printer p : answers.get(Keys.QUEUE_LIST)) {
			StringBuilder label = new StringBuilder(p.name());
			if (p.info() != null && !p.info().isBlank()) {
				label.append(" \u2014 ").append(p.info()); //$NON-NLS-1$
			}
			if (p.location() != null && !p.location().isBlank()) {
				label.append(" (").append(p.location()).append(')'); //$NON-NLS-1$
			}
			choices.add(new Question.Choice(p.name(), label.toString()));
		}
		choices.add(new Question.Choice(Question.NOT_LISTED, Messages.ChoosePrinter_notListed));
		return new Question(id(), Keys.QUEUE, Messages.ChoosePrinter_title, Messages.ChoosePrinter_text,
				Question.Kind.CHOICE, choices, answers.get(Keys.DEFAULT_PRINTER));
	}
}
