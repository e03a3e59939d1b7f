package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.cupola.ipp.AuthInfoRequired;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.IppException;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.cupola.ui.Servers;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Authenticate…: for each selected job CUPS holds for authentication, one user job reads its queue's
 * {@code auth-info-required}, asks exactly those fields through the {@link CredentialsPrompt} (the dialog opens
 * from the job, never blocking the UI thread; a queue that authenticates with a Kerberos ticket is explained instead,
 * there is nothing to type), and sends CUPS-Authenticate-Job. The values live only in that job: sent, then zeroed;
 * stored only when the user ticks Remember (the prompt's store, apart from the server login), never logged.
 * Cancelling the job closes its dialog.
 */
public final class AuthenticateJobHandler extends JobHandler {

	private final Supplier<CredentialsPrompt> prompts;

	/** The handler of plugin.xml: asks through the workbench's credentials prompt service. */
	public AuthenticateJobHandler() {
		this(() -> Servers.getDefault().credentialsPrompt());
	}

	/**
	 * @param prompts
	 *            supplies the prompt to ask with (tests: one on a plain display)
	 */
	public AuthenticateJobHandler(Supplier<CredentialsPrompt> prompts) {
		this.prompts = prompts;
	}

	@Override
	protected boolean isEnabledFor(List<ServerJob> selection) {
		return selection.stream().anyMatch(r -> r.job().isHeldForAuthentication());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		List<CupsJob<Void>> started = new ArrayList<>();
		CredentialsPrompt prompt = prompts.get();
		for (ServerJob row : selectedJobs(event)) {
			if (row.job().isHeldForAuthentication()) {
				started.add(authenticate(row, prompt));
			}
		}
		afterAll(Messages.Jobs_authenticate, started, event);
		return null;
	}

	private static CupsJob<Void> authenticate(ServerJob row, CredentialsPrompt prompt) {
		String jobId = Integer.toString(row.id());
		AtomicReference<CupsJob<Void>> self = new AtomicReference<>();
		CupsJob<Void> job = new CupsJob<>(NLS.bind(Messages.Jobs_jobAuthenticate, jobId), row.server(), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 3);
			String printer = printer(row, progress);
			AuthInfoRequired required = row.connection().getAuthInfoRequired(printer, progress.split(1));
			if (required.isNegotiate()) {
				throw new IppException(NLS.bind(Messages.Jobs_negotiate, printer)); // nothing to type, nothing sent
			}
			CredentialsRequest request = new CredentialsRequest(row.server(),
					NLS.bind(Messages.Jobs_authOperation, jobId, printer), 1, CredentialsRequest.Reason.REQUIRED,
					row.job().user(), self.get().cancelToken(),
					new CredentialsRequest.JobAuth(row.id(), row.job().name(), printer, required.fields()));
			Credentials credentials = prompt == null ? null : prompt.getCredentials(request);
			progress.split(1);
			if (credentials == null) {
				throw new OperationCanceledException();
			}
			try {
				row.connection().authenticateJob(row.id(), printer, required, credentials, progress.split(1));
			} finally {
				credentials.clear();
			}
			return null;
		});
		self.set(job);
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** {@return the job's queue; fetched when the listing did not say} */
	private static String printer(ServerJob row, SubMonitor progress) throws IppException {
		String printer = row.job().printerName();
		if (printer != null) {
			progress.setWorkRemaining(3);
			return printer;
		}
		String fetched = row.connection().getJobAttributes(row.id(), progress.split(1)).printerName();
		if (fetched == null) {
			throw new IppException(NLS.bind(Messages.Jobs_noPrinter, Integer.toString(row.id())));
		}
		return fetched;
	}
}
