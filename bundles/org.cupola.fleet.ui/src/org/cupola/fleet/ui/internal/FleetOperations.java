package org.cupola.fleet.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cupola.fleet.Site;
import org.cupola.fleet.SiteApply;
import org.cupola.fleet.SiteExport;
import org.cupola.ipp.IppException;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.ui.Servers;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The Fleet view's long operations, each a named, cancellable {@link CupsJob} started by the user: fetching two site
 * descriptions and comparing them, exporting one to a file, reading a plan, applying it. They never touch widgets;
 * callers deliver the futures' outcomes to the UI with {@code UiAsync}.
 */
public final class FleetOperations {

	/** Where one side of a comparison comes from: a server (exported now) or a site file. */
	public interface SiteSource {
		/** {@return how the user knows it} */
		String label();

		/**
		 * @param monitor
		 *            progress and cancellation
		 * @return the site description
		 * @throws IppException
		 *             when it cannot be read
		 */
		Site load(IProgressMonitor monitor) throws IppException;

		/** {@return a server's current configuration} */
		static SiteSource of(Servers.Entry entry) {
			return new SiteSource() {
				@Override
				public String label() {
					return entry.server().hostAndPort();
				}

				@Override
				public Site load(IProgressMonitor monitor) throws IppException {
					return new SiteExport().export(entry.connection(), monitor);
				}
			};
		}

		/** {@return a site file} */
		static SiteSource of(Path file) {
			return new SiteSource() {
				@Override
				public String label() {
					return file.getFileName().toString();
				}

				@Override
				public Site load(IProgressMonitor monitor) throws IppException {
					return readSite(file);
				}
			};
		}
	}

	/**
	 * What Apply... shows before it changes anything.
	 *
	 * @param entry
	 *            the server to change
	 * @param fileLabel
	 *            the site file's name
	 * @param wanted
	 *            the site file
	 * @param actual
	 *            the server's current configuration
	 */
	public record PlanInput(Servers.Entry entry, String fileLabel, Site wanted, Site actual) {
	}

	private FleetOperations() {
	}

	/**
	 * Fetches both sides (in a job) and prepares the Compare input there.
	 *
	 * @param left
	 *            the wanted side
	 * @param right
	 *            the server compared with it
	 * @return the scheduled job; its result is the prepared input
	 */
	public static CupsJob<SiteCompareInput> compare(SiteSource left, Servers.Entry right) {
		SiteSource rightSource = SiteSource.of(right);
		return start(NLS.bind(Messages.Job_compare, left.label(), rightSource.label()), right, monitor -> {
			SubMonitor sub = SubMonitor.convert(monitor, 3);
			Site l = left.load(sub.split(1));
			Site r = rightSource.load(sub.split(1));
			SiteCompareInput input = new SiteCompareInput(new SiteCompareInput.Side(left.label(), l),
					new SiteCompareInput.Side(rightSource.label(), r));
			try {
				input.run(sub.split(1));
			} catch (InterruptedException e) {
				throw new OperationCanceledException();
			} catch (java.lang.reflect.InvocationTargetException e) {
				throw new IppException(String.valueOf(e.getCause()), e.getCause());
			}
			return input;
		}, false);
	}

	/**
	 * Exports a server's site description to a file.
	 *
	 * @return the scheduled job; its result is the site written
	 */
	public static CupsJob<Site> export(Servers.Entry entry, Path file) {
		return start(NLS.bind(Messages.Job_export, entry.server().hostAndPort(), file), entry, monitor -> {
			SubMonitor sub = SubMonitor.convert(monitor, 10);
			Site site = new SiteExport().export(entry.connection(), sub.split(9));
			try {
				Path tmp = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
				Files.writeString(tmp, site.toJson(), StandardCharsets.UTF_8);
				Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				throw new IppException(NLS.bind(Messages.Error_write, file, e.getMessage()), e);
			}
			sub.split(1);
			return site;
		}, false);
	}

	/**
	 * Reads a site file and the server's configuration, for the plan preview.
	 *
	 * @return the scheduled job
	 */
	public static CupsJob<PlanInput> plan(Servers.Entry entry, Path file) {
		return start(NLS.bind(Messages.Job_plan, file.getFileName(), entry.server().hostAndPort()), entry,
				monitor -> {
					SubMonitor sub = SubMonitor.convert(monitor, 2);
					Site wanted = readSite(file);
					sub.split(1);
					Site actual = new SiteExport().export(entry.connection(), sub.split(1));
					return new PlanInput(entry, file.getFileName().toString(), wanted, actual);
				}, false);
	}

	/**
	 * Runs a plan, step by step, under the server's files rule; stops at the first failure.
	 *
	 * @return the scheduled job; its result tells what was done and what was not
	 */
	public static CupsJob<SiteApply.Outcome> apply(Servers.Entry entry, SiteApply.Plan plan) {
		return start(NLS.bind(Messages.Job_apply, entry.server().hostAndPort()), entry,
				monitor -> SiteApply.run(entry.connection(), plan, null, monitor), true);
	}

	private static <T> CupsJob<T> start(String name, Servers.Entry entry, org.cupola.ipp.jobs.CupsOperation<T> op,
			boolean writes) {
		CupsJob<T> job = new CupsJob<>(name, entry.server(), op);
		job.setUser(true);
		if (writes) {
			job.setRule(ServerFilesRule.of(entry.server()));
		}
		job.schedule();
		return job;
	}

	/** Reads a site file; a file that cannot be read or is no site description fails as the operation. */
	static Site readSite(Path file) throws IppException {
		try {
			return Site.read(file);
		} catch (IOException | IllegalArgumentException e) {
			throw new IppException(NLS.bind(Messages.Error_read, file, e.getMessage()), e);
		}
	}

}
