package org.cupola.ui.internal.wizards;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.DriverRanking;
import org.cupola.ipp.IppException;
import org.cupola.ipp.PrinterSettings;
import org.cupola.ipp.QueueNames;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ui.UiAsync;
import org.cupola.ui.internal.JobWizard;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The Add Printer wizard (the operation that froze system-config-printer): Device, Driver, Describe. Every CUPS call
 * runs as a {@link CupsJob} that the pages start and never wait for: devices stream into the first page as CUPS finds
 * them, the driver list loads in the background, and Finish runs CUPS-Add-Modify-Printer, Resume-Printer and
 * CUPS-Accept-Jobs as a user job while the dialog stays responsive. On failure the error is shown in the wizard's
 * message area and the wizard stays open; on success it calls {@link #setOnAdded(Consumer) the callback} and closes.
 * Finish also makes the new queue the server's default destination when the server has none (CUPS-Get-Default, then
 * CUPS-Set-Default), and when the user ticked "Print a test page" on the last page, prints one in a job of its own
 * once the queue exists (it outlives the wizard; a failure is reported in a dialog).
 * Closing the wizard cancels every job it started (aborting the requests on the wire).
 * <p>
 * Needs no workbench: give it a connection and open it in a {@link WizardDialog}.
 */
public final class AddPrinterWizard extends JobWizard {

	/** The {@code ppd-name} of IPP Everywhere (driverless) queues. */
	public static final String EVERYWHERE = DriverRanking.EVERYWHERE;

	private final CupsConnection connection;
	private final DevicePage devicePage;
	private final DriverPage driverPage;
	private final DescribePage describePage;
	private Consumer<String> onAdded = name -> {
		// nothing by default
	};
	private CupsJob<Void> finishJob;
	/** A queue this wizard created whose activation failed: Finish may modify it instead of refusing it. */
	private volatile String created;
	private boolean succeeded;
	/** Whether Finish made the new queue the server's default (it had none). */
	private volatile boolean madeDefault;
	/** Why the new queue could not be made the default, or null; the queue exists, so Finish still succeeded. */
	private volatile String defaultError;
	private CupsJob<Integer> testPageJob;

	/**
	 * @param connection
	 *            the server to add the printer to (its credentials prompt is asked when CUPS wants an administrator)
	 */
	public AddPrinterWizard(CupsConnection connection) {
		this.connection = Objects.requireNonNull(connection);
		setWindowTitle(NLS.bind(Messages.Wizard_title, connection.server().hostAndPort()));
		setNeedsProgressMonitor(false); // page work shows its own progress; nothing runs in the dialog's context
		devicePage = new DevicePage(this);
		driverPage = new DriverPage(this);
		describePage = new DescribePage(this);
	}

	/**
	 * Presets the device URI on the first page (the Devices view opens the wizard for a device it found).
	 *
	 * @param uri
	 *            the device URI
	 */
	public void setDeviceUri(String uri) {
		devicePage.setInitialUri(uri);
	}

	/**
	 * Presets the device on the first page with everything known about it (its device ID ranks the drivers), e.g. a
	 * device the Devices view found.
	 *
	 * @param device
	 *            the device
	 */
	public void setDevice(Device device) {
		devicePage.setInitialDevice(device);
	}

	@Override
	public void addPages() {
		addPage(devicePage);
		addPage(driverPage);
		addPage(describePage);
	}

	/**
	 * Sets what to do once the queue exists, e.g. refresh the Printers view (called on the UI thread).
	 *
	 * @param callback
	 *            receives the new queue's name
	 */
	public void setOnAdded(Consumer<String> callback) {
		onAdded = Objects.requireNonNull(callback);
	}

	/** {@return the connection the wizard works on} */
	public CupsConnection getConnection() {
		return connection;
	}

	/** {@return the Device page} */
	public DevicePage getDevicePage() {
		return devicePage;
	}

	/** {@return the Driver page} */
	public DriverPage getDriverPage() {
		return driverPage;
	}

	/** {@return the Describe page} */
	public DescribePage getDescribePage() {
		return describePage;
	}

	/** {@return the job Finish started, or null (for tests)} */
	public CupsJob<Void> getFinishJob() {
		return finishJob;
	}


	@Override
	public boolean canFinish() {
		return finishJob == null && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		if (finishJob != null) {
			return false;
		}
		String name = describePage.getQueueName();
		PrinterSettings settings = PrinterSettings.builder().deviceUri(devicePage.getDeviceUri())
				.ppdName(driverPage.getPpdName()).info(describePage.getInfo()).location(describePage.getLocation())
				.shared(Boolean.valueOf(describePage.isShared())).build();
		CupsJob<Void> job = new CupsJob<>(NLS.bind(Messages.Finish_jobName, name), connection.server(),
				monitor -> addPrinter(name, settings, monitor));
		job.setUser(true);
		finishJob = job;
		message(NLS.bind(Messages.Finish_running, name), IMessageProvider.INFORMATION);
		Shell shell = getShell();
		UiAsync.whenDone(job.result(), shell, (v, error) -> finished(job, name, error));
		start(job);
		updateButtons();
		return false; // the dialog closes when the job has succeeded
	}

	/** The Finish job's work, on a worker thread. */
	private Void addPrinter(String name, PrinterSettings settings, IProgressMonitor monitor) throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, 6);
		if (!name.equalsIgnoreCase(created)) {
			// the list on the page may be stale
			QueueNames.checkUnused(connection, name, sub.split(1));
		}
		connection.addModifyPrinter(name, settings, sub.split(1));
		created = name;
		connection.resumePrinter(name, sub.split(1));
		connection.acceptJobs(name, sub.split(1));
		defaultError = null;
		try {
			if (connection.getDefault(sub.split(1)).isEmpty()) {
				connection.setDefault(name, sub.split(1));
				madeDefault = true;
			}
		} catch (IppException e) {
			defaultError = e.getMessage(); // said once the wizard has closed: the queue exists
		}
		return null;
	}

	/** Prints a test page on the new queue in a user job of its own, which the wizard's closing does not cancel. */
	private void printTestPage(String name, Shell parent) {
		CupsJob<Integer> job = new CupsJob<>(NLS.bind(Messages.TestPage_jobName, name), connection.server(),
				monitor -> Integer.valueOf(connection.printTestPage(name, monitor)));
		job.setUser(true);
		testPageJob = job;
		if (parent != null && !parent.isDisposed()) {
			UiAsync.whenDone(job.result(), parent, (id, error) -> {
				if (error != null && !(error instanceof CancellationException)) {
					MessageDialog.openError(parent, Messages.TestPage_failedTitle,
							NLS.bind(Messages.TestPage_failed, name, error.getMessage()));
				}
			});
		}
		job.schedule();
	}

	private void finished(CupsJob<Void> job, String name, Throwable error) {
		if (finishJob != job) {
			return;
		}
		finishJob = null;
		if (error == null) {
			succeeded = true;
			Shell shell = getShell();
			Shell parent = shell == null ? null : shell.getParent() instanceof Shell p ? p : null;
			if (describePage.isPrintTestPage()) {
				printTestPage(name, parent);
			}
			String problem = defaultError;
			if (problem != null && parent != null && !parent.isDisposed()) {
				parent.getDisplay().asyncExec(() -> {
					if (!parent.isDisposed()) {
						MessageDialog.openWarning(parent, Messages.Default_failedTitle,
								NLS.bind(Messages.Default_failed, name, problem));
					}
				});
			}
			onAdded.accept(name);
			IWizardContainer container = getContainer();
			if (container instanceof WizardDialog dialog) {
				dialog.close();
			} else if (container != null) {
				container.getShell().close();
			}
			return;
		}
		if (error instanceof CancellationException) {
			message(Messages.Finish_cancelled, IMessageProvider.WARNING);
		} else {
			message(NLS.bind(Messages.Finish_failed, error.getMessage()), IMessageProvider.ERROR);
		}
		updateButtons();
	}

	private void message(String text, int type) {
		IWizardContainer container = getContainer();
		IWizardPage page = container == null ? null : container.getCurrentPage();
		if (page instanceof WizardPage p) {
			if (type == IMessageProvider.ERROR) {
				p.setErrorMessage(text);
			} else {
				p.setErrorMessage(null);
				p.setMessage(text, type);
			}
		}
	}


	/** {@return whether Finish made the new queue the server's default destination, because it had none} */
	public boolean isMadeDefault() {
		return madeDefault;
	}

	/** {@return the test page job Finish started, or null when none was asked for} */
	public CupsJob<Integer> getTestPageJob() {
		return testPageJob;
	}

	/** {@return whether Finish succeeded} */
	public boolean isSucceeded() {
		return succeeded;
	}
}
