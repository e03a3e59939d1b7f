package org.cupola.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cupola.fleet.internal.DeviceUris;
import org.cupola.fleet.internal.PpdText;
import org.cupola.fleet.internal.ServerSection;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.LoginDeclinedException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.Printer;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads a server's configuration into a {@link Site}: every queue and class with its settings (never its runtime
 * state: jobs, state messages, markers), the default destination, and the managed part of {@code cupsd.conf} (that
 * needs an administrator; without one the site has no server section and says so through {@link #serverSkipped()}).
 */
public final class SiteExport {

	/** {@code *-default} attributes that are not job options (or are exported under their own key). */
	private static final Set<String> NOT_JOB_DEFAULTS = Set.of("job-sheets-default", "notify-lease-duration-default", //$NON-NLS-1$ //$NON-NLS-2$
			"notify-events-default", "document-format-default", "media-col-default"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private String serverSkipped;

	/** Creates an exporter. */
	public SiteExport() {
		// nothing to set
	}

	/** {@return why the server section is missing from the last export, or null} */
	public String serverSkipped() {
		return serverSkipped;
	}

	/**
	 * Exports a server's configuration.
	 *
	 * @param connection
	 *            the server
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @return the site
	 * @throws IppException
	 *             when CUPS or the network fails
	 */
	public Site export(CupsConnection connection, IProgressMonitor monitor) throws IppException {
		SubMonitor sub = SubMonitor.convert(monitor, "Exporting " + connection.server().hostAndPort(), 100); //$NON-NLS-1$
		List<Printer> all = listAll(connection, sub.split(10));
		Map<String, Map<String, Object>> printers = new TreeMap<>();
		Map<String, Map<String, Object>> classes = new TreeMap<>();
		SubMonitor loop = sub.split(75).setWorkRemaining(Math.max(1, all.size()));
		for (Printer listed : all) {
			if ((listed.type() & (Printer.TYPE_REMOTE | Printer.TYPE_IMPLICIT)) != 0
					|| listed.attributes().getBoolean("printer-is-temporary", false)) { //$NON-NLS-1$
				loop.split(1);
				continue;
			}
			SubMonitor one = loop.split(1).setWorkRemaining(2);
			Printer p = connection.getPrinterAttributes(listed.name(), null, one.split(1));
			if (listed.isClass()) {
				classes.put(p.name(), queue(p, true));
			} else {
				Map<String, Object> q = queue(p, false);
				driver(q, connection.getPpd(p.name(), one.split(1)));
				printers.put(p.name(), q);
			}
		}
		Optional<Printer> dflt = connection.getDefault(sub.split(5));
		Map<String, Object> server = null;
		serverSkipped = null;
		try {
			server = ServerSection.read(connection.getServerConfig(sub.split(10)));
		} catch (NotAuthorizedException e) {
			// LoginDeclinedException too: no administrator, so the server section is not managed
			serverSkipped = e instanceof LoginDeclinedException ? "no administrator login" : e.getMessage(); //$NON-NLS-1$
		} catch (org.cupola.ipp.ForbiddenException e) {
			serverSkipped = e.getMessage();
		}
		return Site.of(printers, classes, dflt.map(Printer::name).orElse(null), server);
	}

	/**
	 * CUPS-Get-Printers (printers and classes) without a {@code requesting-user-name}: with one, CUPS leaves out the
	 * queues whose access list does not allow that user (even an administrator), and a site must have them all.
	 */
	private static List<Printer> listAll(CupsConnection connection, IProgressMonitor monitor) throws IppException {
		IppMessage request = IppMessage.request(IppOperation.CUPS_GET_PRINTERS, 1)
				.operation("requested-attributes", IppTag.KEYWORD, "printer-name", "printer-type", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"printer-is-temporary", "member-names") //$NON-NLS-1$ //$NON-NLS-2$
				.build();
		IppMessage response = connection.send(request, "/", "listing the queues and classes", monitor); //$NON-NLS-1$ //$NON-NLS-2$
		if (response.status() == IppStatus.CLIENT_ERROR_NOT_FOUND) {
			return List.of();
		}
		if (!IppStatus.isSuccess(response.status())) {
			throw new IppException("listing the queues and classes: " + IppStatus.name(response.status())); //$NON-NLS-1$
		}
		List<Printer> all = new ArrayList<>();
		for (IppAttributeGroup g : response.groups(IppTag.PRINTER_ATTRIBUTES)) {
			all.add(new Printer(g));
		}
		return all;
	}

	/** The settings of one queue or class, from all its attributes. */
	static Map<String, Object> queue(Printer p, boolean isClass) {
		IppAttributeGroup a = p.attributes();
		Map<String, Object> q = new TreeMap<>();
		putString(q, Site.DESCRIPTION, a.getString("printer-info")); //$NON-NLS-1$
		putString(q, Site.LOCATION, a.getString("printer-location")); //$NON-NLS-1$
		q.put(Site.SHARED, Boolean.valueOf(p.shared()));
		q.put(Site.ENABLED, Boolean.valueOf(p.state() != Printer.State.STOPPED));
		q.put(Site.ACCEPTING, Boolean.valueOf(p.acceptingJobs()));
		putString(q, Site.ERROR_POLICY, a.getString("printer-error-policy")); //$NON-NLS-1$
		putString(q, Site.OP_POLICY, a.getString("printer-op-policy")); //$NON-NLS-1$
		List<String> sheets = a.getStrings("job-sheets-default"); //$NON-NLS-1$
		if (!sheets.isEmpty()) {
			q.put(Site.BANNERS, new ArrayList<Object>(sheets));
		}
		List<String> allowed = a.getStrings("requesting-user-name-allowed"); //$NON-NLS-1$
		List<String> denied = a.getStrings("requesting-user-name-denied"); //$NON-NLS-1$
		if (!allowed.isEmpty()) {
			q.put(Site.USERS_ALLOWED, new ArrayList<Object>(allowed));
		} else if (!denied.isEmpty()) {
			q.put(Site.USERS_DENIED, new ArrayList<Object>(denied));
		}
		if (isClass) {
			q.put(Site.MEMBERS, new ArrayList<Object>(p.memberNames()));
		} else {
			String uri = p.deviceUri();
			if (uri != null) {
				q.put(Site.DEVICE_URI, DeviceUris.redact(uri, DeviceUris.secretName(p.name())));
			}
		}
		q.put(Site.JOB_DEFAULTS, jobDefaults(a));
		return q;
	}

	/** {@return the single-valued {@code *-default} job options, as JSON values} */
	static Map<String, Object> jobDefaults(IppAttributeGroup a) {
		Map<String, Object> defaults = new TreeMap<>();
		for (IppAttribute attr : a.attributes()) {
			String name = attr.name();
			if (!name.endsWith("-default") || NOT_JOB_DEFAULTS.contains(name) || attr.values().size() != 1) { //$NON-NLS-1$
				continue;
			}
			Object v = attr.value();
			switch (attr.tag()) {
			case IppTag.INTEGER, IppTag.ENUM -> defaults.put(name, Long.valueOf(((Integer) v).longValue()));
			case IppTag.BOOLEAN -> defaults.put(name, v);
			case IppTag.RESOLUTION -> defaults.put(name, v.toString());
			case IppTag.KEYWORD, IppTag.NAME, IppTag.TEXT, IppTag.NAME_WITH_LANGUAGE, IppTag.TEXT_WITH_LANGUAGE,
					IppTag.MIME_MEDIA_TYPE, IppTag.URI -> {
				String s = attr.stringValue();
				if (s != null) {
					defaults.put(name, s);
				}
			}
			default -> {
				// collections, ranges, no-value: not a settable job default
			}
			}
		}
		return defaults;
	}

	/** Sets the driver keys from the queue's PPD (null: a raw queue). */
	static void driver(Map<String, Object> q, String ppd) {
		if (ppd == null) {
			q.put(Site.DRIVER, Site.DRIVER_RAW);
			return;
		}
		List<String> lines = PpdText.lines(ppd);
		if (PpdText.isEverywhere(lines)) {
			q.put(Site.DRIVER, Site.DRIVER_EVERYWHERE);
			return;
		}
		q.put(Site.DRIVER, Site.DRIVER_PPD);
		q.put(Site.PPD, new ArrayList<Object>(lines));
		q.put(Site.PPD_DEFAULTS, PpdText.defaults(lines));
	}

	private static void putString(Map<String, Object> q, String key, String value) {
		q.put(key, value == null ? "" : value); //$NON-NLS-1$
	}
}
