package org.cupola.troubleshoot.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Answers.Key;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Finding;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * ErrorLogCheckpoint (administrators only): reads cupsd.conf; if debug logging is off asks for consent to turn it on
 * (LogLevel debug, MaxLogSize 0: cupsd restarts); remembers the original bytes in the {@link RestoreJournal} (so
 * that even a crash is undone on the next start) and registers a cleanup that puts them back whatever happens
 * (ErrorLogFetch runs it early); records the error log's size as the checkpoint. Writes hold the server's
 * {@link ServerFilesRule}.
 */
final class ErrorLogCheckpointStep extends AbstractStep {

	/** The id of the cleanup that restores cupsd.conf. */
	static final String RESTORE_CLEANUP = "restore-cupsd-conf"; //$NON-NLS-1$

	private static final Key<Boolean> DEBUG_OFF = Key.hidden("_debug_logging_off", Boolean.class); //$NON-NLS-1$
	private static final Key<Boolean> SKIPPED = Key.hidden("_checkpoint_skipped", Boolean.class); //$NON-NLS-1$

	ErrorLogCheckpointStep() {
		super("ErrorLogCheckpoint"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		return Keys.queue(answers) != null && answers.isTrue(Keys.QUEUE_LISTED);
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Checkpoint_task, 4);
		Answers a = context.answers();
		if (!a.has(Keys.CHECKPOINT_PROBED)) {
			a.put(Keys.CHECKPOINT_PROBED, Boolean.TRUE);
			byte[] conf;
			try {
				conf = context.asAdmin(() -> context.connection().getServerConfig(sub.split(1)), sub);
			} catch (Context.AdminRefusedException e) {
				a.put(SKIPPED, Boolean.TRUE);
				context.skippedNeedsAdmin(id(), Messages.Checkpoint_what, e.getMessage());
				return;
			} catch (IppException e) {
				context.report(finding(Severity.WARNING, Messages.Checkpoint_confFailed, e.getMessage(), null));
				conf = null;
			}
			if (conf != null) {
				CupsdConf parsed = CupsdConf.parse(conf);
				String level = parsed.logLevel();
				a.put(Keys.DEBUG_LOGGING_WAS, level == null ? "" : level); //$NON-NLS-1$
				a.put(Keys.ORIGINAL_CUPSD_CONF, conf.clone());
				a.put(DEBUG_OFF, Boolean.valueOf(!parsed.isDebugLogging()));
			}
		}
		if (a.isTrue(SKIPPED) || a.has(Keys.ERROR_LOG_CHECKPOINT)) {
			return;
		}
		if (a.isTrue(DEBUG_OFF)) {
			String consent = a.get(Keys.DEBUG_LOGGING_CONSENT);
			if (consent == null) {
				return; // the question asks
			}
			if (Question.YES.equals(consent) && !a.has(Keys.DEBUG_LOGGING_SET)) {
				enableDebugLogging(context, a.get(Keys.ORIGINAL_CUPSD_CONF), sub.split(2));
			}
		}
		takeCheckpoint(context, sub.split(1));
	}

	private void enableDebugLogging(Context context, byte[] original, IProgressMonitor monitor) {
		Answers a = context.answers();
		byte[] saved = original.clone();
		CupsdConf edited = CupsdConf.parse(saved);
		String was = edited.logLevel();
		edited.setTroubleshootingLog();
		byte[] debug = edited.toBytes();
		// journaled before the PUT: a crash (kill -9, power loss) is undone on the next start
		try {
			context.restoreJournal().record(context.server(), RestoreJournal.CUPSD_CONF, saved,
					Messages.bind(Messages.Checkpoint_journalChange, was == null ? "-" : was)); //$NON-NLS-1$
		} catch (IOException e) {
			a.put(Keys.DEBUG_LOGGING_SET, Boolean.FALSE);
			context.report(finding(Severity.WARNING, Messages.Checkpoint_debugFailed,
					Messages.bind(Messages.Checkpoint_journalFailed, e.getMessage()), null));
			return;
		}
		// registered before the PUT: a cancel in the middle still restores
		context.addCleanup(RESTORE_CLEANUP, (ctx, m) -> restore(ctx, saved, m));
		try {
			context.asAdmin(() -> ServerFilesRule.run(context.server(), monitor, m -> {
				context.connection().putServerConfig(debug, m);
				return null;
			}), monitor);
			a.put(Keys.DEBUG_LOGGING_SET, Boolean.TRUE);
		} catch (Context.AdminRefusedException e) {
			a.put(Keys.DEBUG_LOGGING_SET, Boolean.FALSE);
			context.skippedNeedsAdmin(id(), Messages.Checkpoint_whatDebug, e.getMessage());
		} catch (IppException e) {
			a.put(Keys.DEBUG_LOGGING_SET, Boolean.FALSE);
			context.report(finding(Severity.WARNING, Messages.Checkpoint_debugFailed, e.getMessage(), null));
		}
	}

	/**
	 * Puts the original cupsd.conf back, unless the server already has exactly those bytes, then deletes the journal
	 * entry. A server that is restarting (after the troubleshooter's own PUT, e.g. when the run was cancelled during
	 * the restart) refuses connections for a while: this keeps trying until {@link Context#restoreTimeout()}.
	 */
	static void restore(Context context, byte[] original, IProgressMonitor monitor) throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Checkpoint_restoring, 100);
		long deadline = System.nanoTime() + context.restoreTimeout().toNanos();
		while (true) {
			sub.setWorkRemaining(100);
			try {
				ServerFilesRule.run(context.server(), sub.split(20), m -> {
					SubMonitor s = SubMonitor.convert(m, 2);
					byte[] current = context.connection().getServerConfig(s.split(1));
					if (!Arrays.equals(current, original)) {
						context.connection().putServerConfig(original, s.split(1));
					}
					return null;
				});
				break;
			} catch (ServerUnreachableException | IppTimeoutException e) {
				if (System.nanoTime() > deadline) {
					throw e;
				}
				try {
					Thread.sleep(250);
				} catch (InterruptedException ie) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
		forgetJournal(context, original);
		if (context.answers().isTrue(Keys.DEBUG_LOGGING_SET)) {
			context.answers().put(Keys.DEBUG_LOGGING_UNSET, Boolean.TRUE);
		}
	}

	/** Deletes the server's journal entry if it is this run's (the same original bytes). */
	private static void forgetJournal(Context context, byte[] original) {
		RestoreJournal journal = context.restoreJournal();
		try {
			if (journal.pending(context.server()).filter(e -> Arrays.equals(e.original(), original)).isPresent()) {
				journal.delete(context.server());
			}
		} catch (IOException e) {
			context.report(new Finding(context.currentStep(), Severity.WARNING,
					Messages.Checkpoint_journalFailed, e.getMessage(), null));
		}
	}

	private void takeCheckpoint(Context context, IProgressMonitor monitor) {
		try {
			long size = context.asAdmin(() -> Long.valueOf(context.connection().getErrorLogSize(monitor)), monitor)
					.longValue();
			context.answers().put(Keys.ERROR_LOG_CHECKPOINT, Long.valueOf(size));
		} catch (Context.AdminRefusedException e) {
			context.skippedNeedsAdmin(id(), Messages.Checkpoint_what, e.getMessage());
		} catch (IppException e) {
			context.report(finding(Severity.WARNING, Messages.Checkpoint_logFailed, e.getMessage(), null));
		}
	}

	@Override
	public Question question(Answers answers) {
		if (!answers.isTrue(DEBUG_OFF) || answers.isTrue(SKIPPED)) {
			return null;
		}
		return new Question(id(), Keys.DEBUG_LOGGING_CONSENT, Messages.Checkpoint_title,
				Messages.bind(Messages.Checkpoint_text, answers.get(Keys.DEBUG_LOGGING_WAS)), Question.Kind.CHOICE,
				List.of(new Question.Choice(Question.YES, Messages.Checkpoint_yes),
						new Question.Choice(Question.NO, Messages.Checkpoint_no)),
				Question.NO);
	}
}
