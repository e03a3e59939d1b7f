package org.cupola.troubleshoot.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.LogChunk;
import org.cupola.ipp.log.LogLine;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * ErrorLogFetch: the error log lines written since the checkpoint (GET /admin/log/error_log from the checkpoint
 * offset), then puts the original cupsd.conf back if debug logging was turned on (also on failure).
 */
final class ErrorLogFetchStep extends AbstractStep {

	/**
	 * At most this many lines are kept: beyond it cupsd's lines about client requests go first (with debug logging
	 * every request of the troubleshooter, including its reads of this log, writes dozens), then the oldest lines.
	 */
	static final int MAX_LINES = 10000;

	ErrorLogFetchStep() {
		super("ErrorLogFetch"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return answers.has(Keys.ERROR_LOG_CHECKPOINT);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.LogFetch_task, 3);
		Answers a = context.answers();
		long checkpoint = a.get(Keys.ERROR_LOG_CHECKPOINT).longValue();
		try {
			LogChunk chunk = context.asAdmin(() -> context.connection().getErrorLog(checkpoint, sub.split(1)), sub);
			String text = new String(chunk.data(), StandardCharsets.UTF_8);
			List<String> lines = new ArrayList<>();
			for (String line : text.split("\r?\n")) { //$NON-NLS-1$
				if (!line.isEmpty()) {
					lines.add(line);
				}
			}
			if (lines.size() > MAX_LINES) {
				lines.removeIf(l -> {
					LogLine parsed = LogLine.parse(l);
					return parsed.isAboutRequest() && !parsed.isWarningOrError();
				});
			}
			if (lines.size() > MAX_LINES) {
				lines = new ArrayList<>(lines.subList(lines.size() - MAX_LINES, lines.size()));
			}
			a.put(Keys.ERROR_LOG, List.copyOf(lines));
		} catch (Context.AdminRefusedException e) {
			context.skippedNeedsAdmin(id(), Messages.Checkpoint_what, e.getMessage());
		} catch (IppException e) {
			context.report(finding(Severity.WARNING, Messages.LogFetch_failed, e.getMessage(), null));
		} finally {
			restoreNow(context, sub.split(2));
		}
	}

	private void restoreNow(Context context, IProgressMonitor monitor) {
		if (!context.hasCleanup(ErrorLogCheckpointStep.RESTORE_CLEANUP)) {
			return;
		}
		byte[] original = context.answers().get(Keys.ORIGINAL_CUPSD_CONF);
		if (original == null) {
			return; // the troubleshooter's close() restores
		}
		try {
			context.asAdmin(() -> {
				ErrorLogCheckpointStep.restore(context, original, monitor);
				return null;
			}, monitor);
			context.removeCleanup(ErrorLogCheckpointStep.RESTORE_CLEANUP);
		} catch (Context.AdminRefusedException | IppException e) {
			// stays registered: close() tries again
			context.report(finding(Severity.WARNING, Messages.LogFetch_restoreFailed, e.getMessage(), null));
		}
	}
}
