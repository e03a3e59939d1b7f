package org.cupola.fleet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cupola.fleet.Site;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.ServerSettings;

/**
 * The part of {@code cupsd.conf} a site description manages: the Server Settings switches (share printers, remote
 * administration, printing from the Internet, users may cancel any job) and the top-level directives in {@link #DIRECTIVES}, read and written through the one
 * {@link CupsdConf} model, so an apply rewrites only the lines it must and keeps the target's comments, order,
 * listeners and access rules. The source's comment lines are exported aside ({@code "comments"}), for the reader only:
 * they are never compared or applied.
 */
public final class ServerSection {

	/**
	 * The directives managed: about logging, job history and limits, retries, sharing defaults. Listeners, server
	 * names, encryption and access rules are the server's own (they differ from server to server) and are not
	 * exported.
	 */
	public static final List<String> DIRECTIVES = List.of("AutoPurgeJobs", "Browsing", "BrowseLocalProtocols", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"DefaultPolicy", "DefaultShared", "ErrorPolicy", "JobRetryInterval", "JobRetryLimit", "LogLevel", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"MaxCopies", "MaxJobs", "MaxJobsPerPrinter", "MaxJobsPerUser", "MaxJobTime", "MaxLogSize", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"PreserveJobFiles", "PreserveJobHistory", "Timeout"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private ServerSection() {
	}

	/** {@return the server section of a site for this cupsd.conf} */
	public static Map<String, Object> read(byte[] cupsdConf) {
		CupsdConf conf = CupsdConf.parse(cupsdConf);
		Map<String, Object> directives = new TreeMap<>();
		for (String d : DIRECTIVES) {
			String value = conf.directive(d);
			if (value != null) {
				directives.put(d, value);
			}
		}
		Map<String, Object> settings = new TreeMap<>();
		ServerSettings current = conf.serverSettings();
		settings.put(Site.SHARE_PRINTERS, Boolean.valueOf(current.sharePrinters()));
		settings.put(Site.REMOTE_ADMIN, Boolean.valueOf(current.remoteAdmin()));
		settings.put(Site.REMOTE_ANY, Boolean.valueOf(current.remoteAny()));
		settings.put(Site.USER_CANCEL_ANY, Boolean.valueOf(current.userCancelAny()));
		List<Object> comments = new ArrayList<>();
		for (String line : conf.toString().split("\r?\n")) { //$NON-NLS-1$
			if (line.trim().startsWith("#")) { //$NON-NLS-1$
				comments.add(line.trim());
			}
		}
		Map<String, Object> server = new TreeMap<>();
		server.put(Site.SERVER_DIRECTIVES, directives);
		server.put(Site.SERVER_SETTINGS, settings);
		server.put(Site.SERVER_COMMENTS, comments);
		return server;
	}

	/**
	 * Edits a cupsd.conf to match a wanted server section; only what the section sets is touched.
	 *
	 * @param current
	 *            the file's bytes
	 * @param wanted
	 *            the server section
	 * @return the edited bytes (equal to {@code current} when nothing changes)
	 */
	public static byte[] edit(byte[] current, Map<String, Object> wanted) {
		CupsdConf conf = CupsdConf.parse(current);
		if (wanted.get(Site.SERVER_DIRECTIVES) instanceof Map<?, ?> directives) {
			for (Map.Entry<?, ?> e : directives.entrySet()) {
				if (e.getValue() != null && DIRECTIVES.stream().anyMatch(d -> d.equalsIgnoreCase(e.getKey().toString()))) {
					conf.setDirective(e.getKey().toString(), e.getValue().toString());
				}
			}
		}
		if (wanted.get(Site.SERVER_SETTINGS) instanceof Map<?, ?> settings) {
			// through ServerSettings, so the switches are edited in libcups' order (Internet access needs sharing)
			ServerSettings now = conf.serverSettings();
			ServerSettings target = new ServerSettings(flag(settings, Site.SHARE_PRINTERS, now.sharePrinters()),
					now.showRemotePrinters(), flag(settings, Site.REMOTE_ANY, now.remoteAny()),
					flag(settings, Site.REMOTE_ADMIN, now.remoteAdmin()),
					flag(settings, Site.USER_CANCEL_ANY, now.userCancelAny()), now.debugLogging(),
					now.jobHistory(), now.jobFiles(), now.maxJobs());
			if (!target.equals(now)) {
				conf.apply(target);
			}
		}
		return conf.toBytes();
	}

	private static boolean flag(Map<?, ?> settings, String key, boolean otherwise) {
		return settings.get(key) instanceof Boolean b ? b.booleanValue() : otherwise;
	}
}
