package org.cupola.fleet.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.cupola.fleet.SiteApply;
import org.eclipse.osgi.util.NLS;

/** An apply's outcome in words: one line for the view, and every step for the result dialog. */
public final class ApplyReport {

	private ApplyReport() {
	}

	/** {@return one line: complete, or stopped at which step and why} */
	public static String summary(SiteApply.Outcome outcome, String server) {
		if (outcome.isComplete()) {
			return outcome.done().isEmpty() ? NLS.bind(Messages.Applied_nothing, server)
					: NLS.bind(Messages.Applied_complete, Integer.valueOf(outcome.done().size()), server);
		}
		return NLS.bind(Messages.Applied_partial, new Object[] { server, Integer.valueOf(outcome.done().size()),
				outcome.failed().description(), outcome.error().getMessage() });
	}

	/** {@return every step: done, failed with its error, not done} */
	public static List<String> details(SiteApply.Outcome outcome) {
		List<String> lines = new ArrayList<>();
		for (SiteApply.Step s : outcome.done()) {
			lines.add(NLS.bind(Messages.Applied_done, s.description()));
		}
		if (outcome.failed() != null) {
			lines.add(NLS.bind(Messages.Applied_failed, outcome.failed().description(), outcome.error().getMessage()));
			for (SiteApply.Step s : outcome.notDone()) {
				lines.add(NLS.bind(Messages.Applied_notDone, s.description()));
			}
			lines.add(Messages.Applied_runAgain);
		}
		return lines;
	}
}
