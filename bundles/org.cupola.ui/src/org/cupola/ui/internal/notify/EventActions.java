package org.cupola.ui.internal.notify;

import org.cupola.ipp.Printer;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.jobs.JobsView;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** The one action of each notification: Open Jobs, Authenticate, Troubleshoot or Resume. */
public final class EventActions {

	/** The command another part of Cupola adds to authenticate a held job; without it the Jobs view opens. */
	public static final String AUTHENTICATE_COMMAND = "org.cupola.ui.jobs.authenticate"; //$NON-NLS-1$
	/** The troubleshooter's command (org.cupola.troubleshoot.ui). */
	public static final String TROUBLESHOOT_COMMAND = "org.cupola.troubleshoot.ui.troubleshoot"; //$NON-NLS-1$

	private EventActions() {
	}

	/**
	 * @param e
	 *            the event
	 * @param entry
	 *            its server's connection
	 * @return the action that fits the event, or null
	 */
	public static EventPopup.Action of(QueueEvent e, Servers.Entry entry) {
		return switch (e.kind()) {
		case JOB_COMPLETED, JOB_CANCELED -> new EventPopup.Action(Messages.Action_openJobs, () -> showView(JobsView.ID));
		case JOB_HELD_AUTH -> new EventPopup.Action(Messages.Action_authenticate, () -> authenticate(e, entry));
		case JOB_FAILED, PRINTER_ATTENTION, SERVER_GONE -> new EventPopup.Action(Messages.Action_troubleshoot,
				() -> troubleshoot(e, entry));
		case QUEUE_STOPPED -> new EventPopup.Action(Messages.Action_resume, () -> resume(e, entry));
		default -> null;
		};
	}

	/** Resume-Printer in a user job (the connection may ask for an administrator). */
	private static void resume(QueueEvent e, Servers.Entry entry) {
		CupsJob.startUserJob(NLS.bind(Messages.Action_resumeJob, e.queue()), entry.server(), m -> {
			entry.connection().resumePrinter(e.queue(), m);
			return null;
		});
	}

	/**
	 * Opens the Jobs view and authenticates exactly the event's job: its attributes are fetched in a job, then the
	 * Authenticate command runs on the UI thread with that job as its selection (not whatever the view has selected).
	 */
	private static void authenticate(QueueEvent e, Servers.Entry entry) {
		showView(JobsView.ID);
		if (e.jobId() <= 0) {
			return;
		}
		Display display = Display.getCurrent();
		CupsJob.startUserJob(NLS.bind(Messages.Action_findJob, Integer.toString(e.jobId())), entry.server(),
				m -> entry.connection().getJobAttributes(e.jobId(), m)).result().thenAccept(job -> {
					if (display != null && !display.isDisposed()) {
						display.asyncExec(() -> execute(AUTHENTICATE_COMMAND,
								new StructuredSelection(new ServerJob(entry.connection(), job))));
					}
				});
	}

	private static void troubleshoot(QueueEvent e, Servers.Entry entry) {
		showView(PrintersView.ID);
		execute(TROUBLESHOOT_COMMAND, e, entry);
	}

	private static IWorkbenchWindow window() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return w;
	}

	private static void showView(String id) {
		IWorkbenchWindow w = window();
		IWorkbenchPage page = w == null ? null : w.getActivePage();
		if (page == null) {
			return;
		}
		try {
			page.showView(id);
		} catch (org.eclipse.ui.PartInitException ex) {
			ILog.of(EventActions.class).error(ex.getMessage(), ex);
		}
	}

	/** Runs a command with the event's queue (or server) as the selection, when the command exists. */
	private static void execute(String commandId, QueueEvent e, Servers.Entry entry) {
		execute(commandId, e.queue() == null ? null
				: new StructuredSelection(new PrinterElement(entry, Printer.named(e.queue()))));
	}

	/** Runs a command with the given selection (null: the current one), when the command exists. */
	private static void execute(String commandId, StructuredSelection selection) {
		IWorkbenchWindow w = window();
		if (w == null) {
			return;
		}
		Command command = w.getService(ICommandService.class).getCommand(commandId);
		if (command == null || !command.isDefined()) {
			return;
		}
		IHandlerService handlers = w.getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		if (selection != null) {
			context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
		}
		try {
			handlers.executeCommandInContext(new ParameterizedCommand(command, null), null, context);
		} catch (Exception ex) { // NotHandled, NotEnabled, NotDefined, ExecutionException: the view is open anyway
			ILog.of(EventActions.class).warn(ex.getMessage(), ex);
		}
	}
}
