package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Job;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** The Jobs view's commands on each selected job its state allows (registered in plugin.xml). */
public final class JobHandlers {

	private JobHandlers() {
	}

	/** A job operation of {@link CupsConnection}. */
	@FunctionalInterface
	interface JobOperation {
		void run(CupsConnection connection, int jobId, IProgressMonitor monitor) throws IppException;
	}

	/** Runs a {@link JobOperation} on every selected job in a state it applies to, one user job each. */
	abstract static class StateHandler extends JobHandler {
		private final String title;
		private final String jobName;
		private final Predicate<Job.State> applies;
		private final JobOperation operation;

		StateHandler(String title, String jobName, Predicate<Job.State> applies, JobOperation operation) {
			this.title = title;
			this.jobName = jobName;
			this.applies = applies;
			this.operation = operation;
		}

		private boolean appliesTo(ServerJob row) {
			Job.State state = row.job().state();
			return state != null && applies.test(state);
		}

		@Override
		protected boolean isEnabledFor(List<ServerJob> selection) {
			return selection.stream().anyMatch(this::appliesTo);
		}

		@Override
		public Object execute(ExecutionEvent event) {
			List<ServerJob> targets = selectedJobs(event).stream().filter(this::appliesTo).toList();
			if (targets.isEmpty() || !confirm(targets, shell(event))) {
				return null;
			}
			List<CupsJob<Void>> started = new ArrayList<>();
			for (ServerJob row : targets) {
				String name = NLS.bind(jobName, Integer.toString(row.id()));
				started.add(CupsJob.startUserJob(name, row.server(), monitor -> {
					operation.run(row.connection(), row.id(), monitor);
					return null;
				}));
			}
			afterAll(title, started, event);
			return null;
		}

		/**
		 * Asks before acting, if the command is one to confirm.
		 *
		 * @param targets
		 *            the jobs it will act on
		 * @param shell
		 *            the parent shell, or null
		 * @return whether to go on (true unless overridden)
		 */
		boolean confirm(List<ServerJob> targets, Shell shell) {
			return true;
		}
	}

	/** Cancels jobs that have not finished, once the user confirmed the list. */
	public static final class Cancel extends StateHandler {
		public Cancel() {
			super(Messages.Jobs_cancel, Messages.Jobs_jobCancel, s -> !s.isTerminal(), CupsConnection::cancelJob);
		}

		@Override
		boolean confirm(List<ServerJob> targets, Shell shell) {
			return ConfirmJobsDialog.ask(shell, Messages.Jobs_cancelConfirmTitle, Messages.Jobs_cancelConfirmMessage,
					Messages.Jobs_cancelConfirmYes, targets);
		}
	}

	/** Purges jobs in any state (Cancel-Job with purge-job): gone from the history with their files. */
	public static final class Purge extends StateHandler {
		public Purge() {
			super(Messages.Jobs_purge, Messages.Jobs_jobPurge, s -> true, CupsConnection::purgeJob);
		}

		@Override
		boolean confirm(List<ServerJob> targets, Shell shell) {
			return ConfirmJobsDialog.ask(shell, Messages.Jobs_purgeConfirmTitle, Messages.Jobs_purgeConfirmMessage,
					Messages.Jobs_purgeConfirmYes, targets);
		}
	}

	/** Holds pending jobs. */
	public static final class Hold extends StateHandler {
		public Hold() {
			super(Messages.Jobs_hold, Messages.Jobs_jobHold, s -> s == Job.State.PENDING, CupsConnection::holdJob);
		}
	}

	/** Releases held jobs. */
	public static final class Release extends StateHandler {
		public Release() {
			super(Messages.Jobs_release, Messages.Jobs_jobRelease, s -> s == Job.State.HELD,
					CupsConnection::releaseJob);
		}
	}

	/** Prints finished jobs again. */
	public static final class Reprint extends StateHandler {
		public Reprint() {
			super(Messages.Jobs_reprint, Messages.Jobs_jobReprint, Job.State::isTerminal, CupsConnection::restartJob);
		}
	}
}
