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
			List<CupsJob<Void>> started = new ArrayList<>();
			for (ServerJob row : selectedJobs(event)) {
				if (appliesTo(row)) {
					String name = NLS.bind(jobName, Integer.toString(row.id()));
					started.add(CupsJob.startUserJob(name, row.server(), monitor -> {
						operation.run(row.connection(), row.id(), monitor);
						return null;
					}));
				}
			}
			afterAll(title, started, event);
			return null;
		}
	}

	/** Cancels jobs that have not finished. */
	public static final class Cancel extends StateHandler {
		public Cancel() {
			super(Messages.Jobs_cancel, Messages.Jobs_jobCancel, s -> !s.isTerminal(), CupsConnection::cancelJob);
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
