package org.cupola.ui.internal.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.cupola.ipp.IppException;
import org.cupola.ipp.JobDocument;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Retrieve Document…: asks where to save the selected job's document (a save dialog), then a user job fetches it
 * with CUPS-Get-Document into a temporary file beside the target, moved into place only when complete (a failure
 * or cancel leaves nothing behind). CUPS has the document of a printed job only when it keeps job files
 * (PreserveJobFiles); the core's error then says so.
 */
public final class RetrieveDocumentHandler extends JobHandler {

	private final Function<Shell, String> saveDialog;

	/** The handler of plugin.xml: an SWT save dialog. */
	public RetrieveDocumentHandler() {
		this(RetrieveDocumentHandler::askFile);
	}

	/**
	 * @param saveDialog
	 *            asks for the file to write (tests answer without a native dialog); null = cancelled
	 */
	public RetrieveDocumentHandler(Function<Shell, String> saveDialog) {
		this.saveDialog = saveDialog;
	}

	private static String askFile(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Jobs_retrieveTitle);
		dialog.setOverwrite(true);
		return dialog.open();
	}

	@Override
	protected boolean isEnabledFor(List<ServerJob> selection) {
		return selection.size() == 1;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		List<ServerJob> selection = selectedJobs(event);
		if (selection.size() != 1) {
			return null;
		}
		ServerJob row = selection.get(0);
		String file = saveDialog.apply(shell(event));
		if (file == null) {
			return null;
		}
		Path target = Paths.get(file).toAbsolutePath();
		CupsJob<JobDocument> job = CupsJob.startUserJob(
				NLS.bind(Messages.Jobs_jobRetrieve, Integer.toString(row.id()), target.getFileName()), row.server(),
				monitor -> save(row, target, monitor));
		afterAll(Messages.Jobs_retrieveTitle, List.of(job), event);
		return null;
	}

	private static JobDocument save(ServerJob row, Path target, org.eclipse.core.runtime.IProgressMonitor monitor)
			throws IppException {
		Path temp = null;
		try {
			Path dir = target.getParent();
			temp = Files.createTempFile(dir, '.' + target.getFileName().toString(), ".part"); //$NON-NLS-1$
			JobDocument document;
			try (OutputStream out = Files.newOutputStream(temp)) {
				document = row.connection().getDocument(row.id(), 1, out, monitor);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			temp = null;
			return document;
		} catch (IOException e) {
			throw new IppException(NLS.bind(Messages.Jobs_retrieveWriteFailed, target, e.getMessage()), e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// nothing more to do: the failure itself is reported
				}
			}
		}
	}
}
