package org.cupola.fleet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.cupola.fleet.Difference.Kind;
import org.cupola.fleet.internal.DeviceUris;
import org.cupola.fleet.internal.Messages;
import org.cupola.fleet.internal.PpdText;
import org.cupola.fleet.internal.QueueRequests;
import org.cupola.fleet.internal.ServerSection;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Makes a server like a site description: a {@link Plan} of steps computed from the differences, in a safe order
 * (server settings, then printers, then classes — after their members —, then deletions with {@code prune}, the default
 * destination last), run one by one. Each step sets only what differs, so running a plan again after a partial
 * failure finishes the job and a second run on an equal server has no step at all. The {@code cupsd.conf} edit runs
 * under the server's {@link ServerFilesRule}, through the one {@code CupsdConf} model.
 */
public final class SiteApply {

	/** One change; {@code run} does it. */
	public interface Action {
		/**
		 * @param connection
		 *            the server
		 * @param monitor
		 *            progress and cancellation
		 * @throws IppException
		 *             when CUPS refuses or fails
		 */
		void run(CupsConnection connection, IProgressMonitor monitor) throws IppException;
	}

	/**
	 * A step of a plan.
	 *
	 * @param description
	 *            what it does, in words
	 * @param action
	 *            the change
	 */
	public record Step(String description, Action action) {
	}

	/**
	 * What an apply will do.
	 *
	 * @param steps
	 *            the changes, in order
	 * @param kept
	 *            queues and classes the site does not have, left alone without {@code prune}
	 */
	public record Plan(List<Step> steps, List<String> kept) {
		/** {@return whether there is nothing to change} */
		public boolean isEmpty() {
			return steps.isEmpty();
		}
	}

	/**
	 * The outcome of {@link SiteApply#run}.
	 *
	 * @param done
	 *            the steps done
	 * @param failed
	 *            the step that failed, or null
	 * @param error
	 *            its error, or null
	 * @param notDone
	 *            the steps not done
	 */
	public record Outcome(List<Step> done, Step failed, IppException error, List<Step> notDone) {
		/** {@return whether every step was done} */
		public boolean isComplete() {
			return failed == null;
		}
	}

	private SiteApply() {
	}

	/**
	 * Plans the changes that make {@code actual} like {@code wanted}.
	 *
	 * @param wanted
	 *            the site description
	 * @param actual
	 *            the server's current export
	 * @param prune
	 *            also delete queues and classes the site does not have
	 * @param env
	 *            the environment ({@code CUPOLA_SECRET_*})
	 * @param askSecret
	 *            asks for a secret by name when the environment lacks it (may answer null)
	 * @return the plan
	 */
	public static Plan plan(Site wanted, Site actual, boolean prune, Map<String, String> env,
			Function<String, String> askSecret) {
		List<Difference> diffs = SiteDiff.compare(wanted, actual);
		List<Step> steps = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		List<Difference> server = diffs.stream().filter(d -> Difference.SERVER.equals(d.subjectKind())).toList();
		if (!server.isEmpty()) {
			Map<String, Object> section = wanted.server();
			steps.add(new Step(Messages.bind(Messages.Step_server, names(server)),
					(c, m) -> ServerFilesRule.run(c.server(), m, mon -> {
						SubMonitor sub = SubMonitor.convert(mon, 2);
						byte[] current = c.getServerConfig(sub.split(1));
						byte[] edited = ServerSection.edit(current, section);
						if (!Arrays.equals(current, edited)) {
							c.putServerConfig(edited, sub.split(1));
						}
						return null;
					})));
		}
		for (String kind : new String[] { Difference.PRINTER, Difference.CLASS }) {
			boolean isClass = kind.equals(Difference.CLASS);
			Map<String, Map<String, Object>> w = isClass ? wanted.classes() : wanted.printers();
			Set<String> changed = new LinkedHashSet<>();
			for (Difference d : diffs) {
				if (kind.equals(d.subjectKind()) && d.kind() != Kind.EXTRA) {
					changed.add(d.name());
				}
			}
			for (String name : changed) {
				Map<String, Map<String, Object>> a = isClass ? actual.classes() : actual.printers();
				Map<String, Object> want = w.get(name);
				Map<String, Object> have = a.get(name);
				List<Difference> mine = have == null ? List.of()
						: SiteDiff.compareQueue(kind, name, want, have);
				String text = have == null
						? Messages.bind(isClass ? Messages.Step_createClass : Messages.Step_createPrinter, name)
						: Messages.bind(isClass ? Messages.Step_changeClass : Messages.Step_changePrinter, name,
								names(mine));
				steps.add(new Step(text, isClass ? (c, m) -> applyClass(c, name, want, have, mine, m)
						: (c, m) -> applyPrinter(c, name, want, have, mine, env, askSecret, m)));
			}
		}
		for (String kind : new String[] { Difference.CLASS, Difference.PRINTER }) {
			for (Difference d : diffs) {
				if (d.kind() != Kind.EXTRA || !kind.equals(d.subjectKind())) {
					continue;
				}
				String name = d.name();
				if (!prune) {
					kept.add(Messages.bind(kind.equals(Difference.CLASS) ? Messages.Diff_class : Messages.Diff_printer,
							name));
				} else if (kind.equals(Difference.CLASS)) {
					steps.add(new Step(Messages.bind(Messages.Step_deleteClass, name),
							(c, m) -> QueueRequests.deleteClass(c, name, m)));
				} else {
					steps.add(new Step(Messages.bind(Messages.Step_deletePrinter, name),
							(c, m) -> c.deletePrinter(name, m)));
				}
			}
		}
		String dflt = wanted.defaultDestination();
		if (dflt != null && !dflt.equals(actual.defaultDestination())) {
			steps.add(new Step(Messages.bind(Messages.Step_default, dflt), (c, m) -> c.setDefault(dflt, m)));
		}
		return new Plan(List.copyOf(steps), List.copyOf(kept));
	}

	/**
	 * Runs a plan's steps in order; stops at the first failure.
	 *
	 * @param connection
	 *            the server
	 * @param plan
	 *            the plan
	 * @param onDone
	 *            told of each step done (may be null)
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return what was done and what was not
	 */
	public static Outcome run(CupsConnection connection, Plan plan, java.util.function.Consumer<Step> onDone,
			IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Apply_task, Math.max(1, plan.steps().size()));
		List<Step> done = new ArrayList<>();
		List<Step> steps = plan.steps();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			sub.subTask(step.description());
			try {
				step.action().run(connection, sub.split(1));
			} catch (IppException e) {
				return new Outcome(done, step, e, steps.subList(i + 1, steps.size()));
			}
			done.add(step);
			if (onDone != null) {
				onDone.accept(step);
			}
		}
		return new Outcome(done, null, null, List.of());
	}

	private static void applyPrinter(CupsConnection c, String name, Map<String, Object> want,
			Map<String, Object> have, List<Difference> diffs, Map<String, String> env,
			Function<String, String> askSecret, IProgressMonitor monitor) throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, 3);
		Set<String> keys = changedKeys(want, have, diffs);
		Map<String, Object> settings = new TreeMap<>();
		for (String k : keys) {
			if (want.containsKey(k)) {
				settings.put(k, want.get(k));
			}
		}
		String uri = (String) settings.get(Site.DEVICE_URI);
		if (uri != null && DeviceUris.hasSecret(uri)) {
			String resolved = DeviceUris.resolve(uri, env, askSecret);
			if (resolved == null) {
				throw new IppException(Messages.bind(Messages.Apply_noSecret, name,
						DeviceUris.variable(DeviceUris.secretName(name))));
			}
			settings.put(Site.DEVICE_URI, resolved);
		}
		boolean driver = have == null || keys.contains(Site.DRIVER) || keys.contains(Site.PPD)
				|| keys.contains(Site.PPD_DEFAULTS);
		boolean users = keys.contains(Site.USERS_ALLOWED) || keys.contains(Site.USERS_DENIED);
		if (!users) {
			settings.remove(Site.USERS_ALLOWED);
			settings.remove(Site.USERS_DENIED);
		}
		IppMessage.Builder b = QueueRequests.request(c, IppOperation.CUPS_ADD_MODIFY_PRINTER, "/printers/", name); //$NON-NLS-1$
		QueueRequests.settings(b, settings, users || have == null);
		String ppd = null;
		if (driver) {
			Object d = want.get(Site.DRIVER);
			if (Site.DRIVER_PPD.equals(d)) {
				List<String> lines = SiteDiff.lines(want.get(Site.PPD));
				ppd = PpdText.text(PpdText.withDefaults(lines, SiteDiff.map(want.get(Site.PPD_DEFAULTS))));
			} else if (d != null) {
				b.attribute("ppd-name", org.cupola.ipp.codec.IppTag.NAME, d.toString()); //$NON-NLS-1$
			}
		}
		if (!settings.isEmpty() || driver) {
			QueueRequests.send(c, b.build(), ppd, Messages.bind(Messages.Op_modifyPrinter, name), sub.split(1));
		}
		if (have == null && Boolean.FALSE.equals(settings.get(Site.ENABLED))) {
			// CUPS does not keep the "paused" reason of a queue it is creating: stop it once it exists
			IppMessage.Builder stop = QueueRequests.request(c, IppOperation.CUPS_ADD_MODIFY_PRINTER, "/printers/", name); //$NON-NLS-1$
			QueueRequests.settings(stop, Map.of(Site.ENABLED, Boolean.FALSE), false);
			QueueRequests.send(c, stop.build(), null, Messages.bind(Messages.Op_modifyPrinter, name), null);
		}
		applyJobDefaults(c, name, false, want, sub);
	}

	private static void applyClass(CupsConnection c, String name, Map<String, Object> want, Map<String, Object> have,
			List<Difference> diffs, IProgressMonitor monitor) throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, 3);
		Set<String> keys = changedKeys(want, have, diffs);
		Map<String, Object> settings = new TreeMap<>();
		for (String k : keys) {
			if (want.containsKey(k)) {
				settings.put(k, want.get(k));
			}
		}
		boolean users = keys.contains(Site.USERS_ALLOWED) || keys.contains(Site.USERS_DENIED);
		if (!users) {
			settings.remove(Site.USERS_ALLOWED);
			settings.remove(Site.USERS_DENIED);
		}
		if (have == null && !settings.containsKey(Site.MEMBERS)) {
			settings.put(Site.MEMBERS, List.of());
		}
		IppMessage.Builder b = QueueRequests.request(c, IppOperation.CUPS_ADD_MODIFY_CLASS, "/classes/", name); //$NON-NLS-1$
		QueueRequests.settings(b, settings, users || have == null);
		if (!settings.isEmpty()) {
			QueueRequests.send(c, b.build(), null, Messages.bind(Messages.Op_modifyClass, name), sub.split(1));
		}
		applyJobDefaults(c, name, true, want, sub);
	}

	/**
	 * Sends the wanted {@code *-default} job options that still differ from the queue's (after a driver change CUPS
	 * derives some defaults from the PPD, so only what still differs is sent). Uses two units of {@code sub}.
	 */
	private static void applyJobDefaults(CupsConnection c, String name, boolean isClass, Map<String, Object> want,
			SubMonitor sub) throws IppException {
		Map<String, Object> wantDefaults = SiteDiff.map(want.get(Site.JOB_DEFAULTS));
		if (wantDefaults.isEmpty()) {
			return;
		}
		Map<String, Object> now = SiteExport.jobDefaults(c.getPrinterAttributes(name, null, sub.split(1)).attributes());
		Map<String, Object> send = new TreeMap<>();
		wantDefaults.forEach((k, v) -> {
			if (!SiteDiff.sameScalar(v, now.get(k))) {
				send.put(k, v);
			}
		});
		if (!send.isEmpty()) {
			IppMessage.Builder jb = isClass
					? QueueRequests.request(c, IppOperation.CUPS_ADD_MODIFY_CLASS, "/classes/", name) //$NON-NLS-1$
					: QueueRequests.request(c, IppOperation.CUPS_ADD_MODIFY_PRINTER, "/printers/", name); //$NON-NLS-1$
			QueueRequests.jobDefaults(jb, send);
			QueueRequests.send(c, jb.build(), null, Messages.bind(Messages.Op_jobDefaults, name), sub.split(1));
		}
	}

	/** {@return the top-level keys to send: all for a new queue, else those that differ} */
	private static Set<String> changedKeys(Map<String, Object> want, Map<String, Object> have, List<Difference> diffs) {
		Set<String> keys = new LinkedHashSet<>();
		if (have == null) {
			keys.addAll(want.keySet());
			keys.remove(Site.JOB_DEFAULTS);
			return keys;
		}
		for (Difference d : diffs) {
			String s = d.setting();
			if (s == null) {
				continue;
			}
			int slash = s.indexOf('/');
			String top = slash > 0 ? s.substring(0, slash) : s;
			if (!top.equals(Site.JOB_DEFAULTS)) {
				keys.add(top);
			}
		}
		return keys;
	}

	private static String names(List<Difference> diffs) {
		Set<String> names = new LinkedHashSet<>();
		for (Difference d : diffs) {
			names.add(d.setting() == null ? d.subjectKind() : Difference.settingName(d.setting()));
		}
		return String.join(", ", names); //$NON-NLS-1$
	}
}
