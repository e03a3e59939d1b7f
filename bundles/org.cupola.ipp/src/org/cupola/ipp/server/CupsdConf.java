package org.cupola.ipp.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one model of a {@code cupsd.conf}, used by Server Settings, the troubleshooter and its fixes. As in cupsd, the
 * last top-level occurrence of a directive wins, and it is the one an edit rewrites. Every line is kept as it was
 * read (bytes are mapped 1:1 through ISO-8859-1, so any encoding survives); an edit rewrites, inserts or removes only
 * the lines it must, so comments, order and unknown directives are preserved and {@link #toBytes()} of an unedited
 * file returns the original bytes.
 * <p>
 * The edits are those of the CUPS web interface ({@code cupsAdminSetServerSettings}), minimally:
 * <ul>
 * <li><b>Debug logging</b>: top-level {@code LogLevel debug} (on) or {@code LogLevel warn} (off; CUPS' default).</li>
 * <li><b>Keep job history</b>: top-level {@code PreserveJobHistory Yes/No} (a time value such as {@code 1d} counts as
 * on and is left alone when it is still on).</li>
 * <li><b>Share printers</b>: {@code Browsing Yes} (plus {@code BrowseLocalProtocols dnssd} when it was {@code none}),
 * {@code Allow @LOCAL} in {@code <Location />}, and a network listener (see below). Off: {@code Browsing No} and the
 * {@code Allow @LOCAL} line of {@code <Location />} is removed.</li>
 * <li><b>Remote administration</b>: {@code Allow @LOCAL} in {@code <Location /admin>} (the section is added when
 * missing) and a network listener. Off: the non-loopback {@code Allow} lines of {@code <Location /admin>} are
 * removed.</li>
 * <li><b>Network listener</b>: remote access needs cupsd to listen on the network, not only on loopback. As the web
 * interface does, loopback {@code Listen host:port} lines are replaced by one {@code Port port}; domain-socket
 * {@code Listen} lines stay. Turning sharing and remote administration off leaves the listeners as they are: the
 * {@code Location} rules are what close access.</li>
 * <li><b>Publishing</b> (the troubleshooter's fix): {@code Browsing Yes}, and {@code BrowseLocalProtocols dnssd}
 * when it is {@code none} or empty; nothing else.</li>
 * <li><b>Troubleshooting log</b>: debug logging plus {@code MaxLogSize 0}, so the error log is not rotated while it
 * is read.</li>
 * <li><b>Printing from the Internet</b> ({@code _remote_any}): {@code Allow all} in {@code <Location />} (and the
 * admin locations' {@code Allow @LOCAL} become {@code Allow all} when remote administration is on); off turns them
 * back into {@code Allow @LOCAL}.</li>
 * <li><b>Users may cancel any job</b> ({@code _user_cancel_any}): the Cancel-Job {@code <Limit>} of
 * {@code <Policy default>}, see {@link CancelPolicy}.</li>
 * <li><b>Job history and files</b>: top-level {@code PreserveJobHistory}, {@code PreserveJobFiles}, {@code MaxJobs}.
 * </li>
 * </ul>
 * {@link #serverSettings()} and {@link #apply(ServerSettings)} cover all of them.
 * Not thread-safe.
 */
public final class CupsdConf {

	/**
	 * The four settings of the Server Settings dialog.
	 *
	 * @param sharePrinters
	 *            publish local queues and accept print jobs from the local network
	 * @param remoteAdmin
	 *            allow administration from the local network
	 * @param debugLogging
	 *            {@code LogLevel debug}
	 * @param preserveJobHistory
	 *            keep finished jobs (so they can be listed and reprinted)
	 */
	public record Settings(boolean sharePrinters, boolean remoteAdmin, boolean debugLogging,
			boolean preserveJobHistory) {
	}

	private static final String LOG_LEVEL = "LogLevel"; //$NON-NLS-1$
	private static final String MAX_LOG_SIZE = "MaxLogSize"; //$NON-NLS-1$
	private static final String PRESERVE_JOB_HISTORY = "PreserveJobHistory"; //$NON-NLS-1$
	private static final String BROWSING = "Browsing"; //$NON-NLS-1$
	private static final String BROWSE_LOCAL_PROTOCOLS = "BrowseLocalProtocols"; //$NON-NLS-1$
	private static final String LISTEN = "Listen"; //$NON-NLS-1$
	private static final String PORT = "Port"; //$NON-NLS-1$
	private static final String ALLOW = "Allow"; //$NON-NLS-1$
	private static final String LOCATION = "Location"; //$NON-NLS-1$
	private static final String AT_LOCAL = "@LOCAL"; //$NON-NLS-1$
	private static final String ROOT = "/"; //$NON-NLS-1$
	private static final String ADMIN = "/admin"; //$NON-NLS-1$
	private static final String ALL = "all"; //$NON-NLS-1$
	private static final String PRESERVE_JOB_FILES = "PreserveJobFiles"; //$NON-NLS-1$
	private static final String MAX_JOBS = "MaxJobs"; //$NON-NLS-1$
	private static final String BROWSE_REMOTE_PROTOCOLS = "BrowseRemoteProtocols"; //$NON-NLS-1$
	/** The locations whose {@code Allow} lines remote administration opens, as {@code cupsAdminSetServerSettings}. */
	private static final List<String> ADMIN_LOCATIONS = List.of(ADMIN, "/admin/conf", "/admin/log"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String INDENT = "  "; //$NON-NLS-1$

	/** The raw lines, each with its line terminator (the last one may have none). */
	private final List<String> lines;
	private final String newline;

	private CupsdConf(List<String> lines, String newline) {
		this.lines = lines;
		this.newline = newline;
	}

	/**
	 * Parses a file.
	 *
	 * @param bytes
	 *            the file as {@code getServerConfig} returned it
	 * @return the parsed file
	 */
	public static CupsdConf parse(byte[] bytes) {
		return parse(new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/**
	 * Parses a file's text (one char per byte, see the class comment).
	 *
	 * @param text
	 *            the text
	 * @return the parsed file
	 */
	public static CupsdConf parse(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		String newline = text.contains("\r\n") ? "\r\n" : "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return new CupsdConf(lines, newline);
	}

	/**
	 * The minimal edit of a file for the wanted settings.
	 *
	 * @param original
	 *            the file's bytes
	 * @param settings
	 *            the wanted settings
	 * @return the edited bytes; equal to {@code original} when nothing changes
	 */
	public static byte[] edit(byte[] original, Settings settings) {
		CupsdConf conf = parse(original);
		conf.apply(settings);
		return conf.toBytes();
	}

	/**
	 * @param level
	 *            a {@code LogLevel} value, may be null
	 * @return whether it logs debug messages ({@code debug} or {@code debug2})
	 */
	public static boolean isDebugLevel(String level) {
		return level != null && level.trim().toLowerCase(Locale.ROOT).startsWith("debug"); //$NON-NLS-1$
	}

	/** {@return the file's bytes, unchanged where no edit touched it} */
	public byte[] toBytes() {
		return toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	@Override
	public String toString() {
		return String.join("", lines); //$NON-NLS-1$
	}

	// ---------------------------------------------------------------------------------------------------------
	// The dialog's settings

	/** {@return the four settings as this file sets them} */
	public Settings settings() {
		return new Settings(isSharePrinters(), isRemoteAdmin(), isDebugLogging(), isPreserveJobHistory());
	}

	/**
	 * Applies the settings; only those that differ from the file's current ones are edited.
	 *
	 * @param settings
	 *            the wanted settings
	 */
	public void apply(Settings settings) {
		Settings current = settings();
		if (settings.sharePrinters() != current.sharePrinters()) {
			setSharePrinters(settings.sharePrinters());
		}
		if (settings.remoteAdmin() != current.remoteAdmin()) {
			setRemoteAdmin(settings.remoteAdmin());
		}
		if (settings.debugLogging() != current.debugLogging()) {
			setDebugLogging(settings.debugLogging());
		}
		if (settings.preserveJobHistory() != current.preserveJobHistory()) {
			setPreserveJobHistory(settings.preserveJobHistory());
		}
	}

	/** {@return all of system-config-printer's settings as this file sets them (CUPS' defaults where it does not)} */
	public ServerSettings serverSettings() {
		String history = directive(PRESERVE_JOB_HISTORY);
		String files = directive(PRESERVE_JOB_FILES);
		return new ServerSettings(isSharePrinters(), showRemotePrinters(), isRemoteAny(), isRemoteAdmin(),
				CancelPolicy.userCancelAny(this), isDebugLogging(), history == null ? ServerSettings.YES : history.trim(),
				files == null ? ServerSettings.DEFAULT_JOB_FILES : files.trim(), maxJobs());
	}

	/**
	 * Applies all settings; only those that differ from the file's current ones are edited, each as
	 * {@code cupsAdminSetServerSettings} does, but in place: comments and every other line stay.
	 *
	 * @param wanted
	 *            the wanted settings
	 */
	public void apply(ServerSettings wanted) {
		ServerSettings current = serverSettings();
		if (!wanted.remoteAny() && current.remoteAny()) {
			setRemoteAny(false); // "Allow all" becomes "Allow @LOCAL" first, so turning sharing off removes it
		}
		if (wanted.sharePrinters() != current.sharePrinters()) {
			setSharePrinters(wanted.sharePrinters());
		}
		if (wanted.remoteAdmin() != current.remoteAdmin()) {
			setRemoteAdmin(wanted.remoteAdmin());
		}
		if (wanted.remoteAny() && (!current.remoteAny() || wanted.remoteAdmin() != current.remoteAdmin())) {
			setRemoteAny(true);
		}
		if (wanted.showRemotePrinters() != null && current.showRemotePrinters() != null
				&& !wanted.showRemotePrinters().equals(current.showRemotePrinters())) {
			setDirective(BROWSE_REMOTE_PROTOCOLS, wanted.showRemotePrinters().booleanValue() ? "dnssd" : "none"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (wanted.userCancelAny() != current.userCancelAny()) {
			CancelPolicy.setUserCancelAny(this, wanted.userCancelAny());
		}
		if (wanted.debugLogging() != current.debugLogging()) {
			setDebugLogging(wanted.debugLogging());
		}
		if (!wanted.jobHistory().trim().equalsIgnoreCase(current.jobHistory())) {
			setDirective(PRESERVE_JOB_HISTORY, wanted.jobHistory().trim());
		}
		if (!wanted.jobFiles().trim().equalsIgnoreCase(current.jobFiles())) {
			setDirective(PRESERVE_JOB_FILES, wanted.jobFiles().trim());
		}
		if (wanted.maxJobs() != current.maxJobs()) {
			setDirective(MAX_JOBS, Integer.toString(wanted.maxJobs()));
		}
	}

	/**
	 * The minimal edit of a file for all wanted settings.
	 *
	 * @param original
	 *            the file's bytes
	 * @param wanted
	 *            the wanted settings
	 * @return the edited bytes; equal to {@code original} when nothing changes
	 */
	public static byte[] edit(byte[] original, ServerSettings wanted) {
		CupsdConf conf = parse(original);
		conf.apply(wanted);
		return conf.toBytes();
	}

	/** {@return {@code MaxJobs}, or CUPS' default 500 when the file does not set a number} */
	public int maxJobs() {
		String value = directive(MAX_JOBS);
		try {
			return value == null ? ServerSettings.DEFAULT_MAX_JOBS : Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return ServerSettings.DEFAULT_MAX_JOBS;
		}
	}

	/**
	 * {@return whether printers shared by other systems are shown ({@code BrowseRemoteProtocols} is not
	 * {@code none}), or null when the file does not set it (CUPS 2: cups-browsed's business)}
	 */
	public Boolean showRemotePrinters() {
		String value = directive(BROWSE_REMOTE_PROTOCOLS);
		if (value == null) {
			return null;
		}
		return Boolean.valueOf(!value.isBlank() && !"none".equalsIgnoreCase(value.trim())); //$NON-NLS-1$
	}

	/** {@return whether printing from the Internet is allowed: {@code <Location />} has {@code Allow all}} */
	public boolean isRemoteAny() {
		for (Entry e : entries()) {
			if (isLocation(e.section, ROOT) && ALLOW.equalsIgnoreCase(e.name) && ALL.equalsIgnoreCase(allowValue(e))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Allows access from anywhere, as {@code cupsAdminSetServerSettings}: the {@code Allow @LOCAL} lines of
	 * {@code <Location />} (and of the admin locations when remote administration is on) become {@code Allow all},
	 * {@code <Location />} gets one when it has none, and cupsd listens on the network. Off: every
	 * {@code Allow all} of those locations becomes {@code Allow @LOCAL} (removed where the location already has
	 * one).
	 *
	 * @param any
	 *            whether to allow access from anywhere
	 */
	public void setRemoteAny(boolean any) {
		List<String> locations = new ArrayList<>();
		locations.add(ROOT);
		if (!any || isRemoteAdmin()) {
			locations.addAll(ADMIN_LOCATIONS);
		}
		for (String location : locations) {
			replaceAllows(location, any ? AT_LOCAL : ALL, any ? ALL : AT_LOCAL);
		}
		if (any) {
			if (!isRemoteAny()) {
				addAllow(ROOT, ALL);
			}
			listenOnNetwork();
		}
	}

	/** Rewrites the {@code Allow from} lines of a location; a line whose new host is already allowed goes. */
	private void replaceAllows(String location, String from, String to) {
		List<Entry> entries = entries();
		boolean present = entries.stream()
				.anyMatch(e -> isLocation(e.section, location) && ALLOW.equalsIgnoreCase(e.name)
						&& to.equalsIgnoreCase(allowValue(e)));
		for (int i = entries.size() - 1; i >= 0; i--) {
			Entry e = entries.get(i);
			if (isLocation(e.section, location) && ALLOW.equalsIgnoreCase(e.name)
					&& from.equalsIgnoreCase(allowValue(e))) {
				if (present) {
					lines.remove(e.index);
				} else {
					String value = e.value.trim();
					String prefix = value.substring(0, value.length() - allowValue(e).length());
					lines.set(e.index, e.indent + e.name + ' ' + prefix + to + e.comment + e.terminator);
					present = true;
				}
			}
		}
	}

	/** {@return whether {@code LogLevel} is {@code debug} or {@code debug2}} */
	public boolean isDebugLogging() {
		return isDebugLevel(logLevel());
	}

	/** {@return the effective {@code LogLevel} (the last top-level one), or null when the file does not set it} */
	public String logLevel() {
		return directive(LOG_LEVEL);
	}

	/**
	 * Turns on the log the troubleshooter reads: debug logging and {@code MaxLogSize 0} (no rotation while the error
	 * log is read).
	 */
	public void setTroubleshootingLog() {
		setDebugLogging(true);
		setDirective(MAX_LOG_SIZE, "0"); //$NON-NLS-1$
	}

	/**
	 * Sets {@code LogLevel debug}, or {@code LogLevel warn}; nothing changes when the file already logs that way.
	 *
	 * @param debug
	 *            whether to log debug messages
	 */
	public void setDebugLogging(boolean debug) {
		if (debug != isDebugLogging()) {
			setDirective(LOG_LEVEL, debug ? "debug" : "warn"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** {@return whether finished jobs are kept: {@code PreserveJobHistory} is not No/Off/False (default Yes)} */
	public boolean isPreserveJobHistory() {
		String value = directive(PRESERVE_JOB_HISTORY);
		return value == null || !isFalse(value);
	}

	/**
	 * Sets {@code PreserveJobHistory Yes} or {@code No}; nothing changes when the file already says so.
	 *
	 * @param preserve
	 *            whether to keep finished jobs
	 */
	public void setPreserveJobHistory(boolean preserve) {
		if (preserve != isPreserveJobHistory()) {
			setDirective(PRESERVE_JOB_HISTORY, preserve ? "Yes" : "No"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** {@return whether {@code Browsing} is on (CUPS' default when absent)} */
	public boolean isBrowsing() {
		String value = directive(BROWSING);
		return value == null || !isFalse(value);
	}

	/**
	 * {@return whether local printers are shared: browsing is on, {@code BrowseLocalProtocols} is not {@code none},
	 * {@code <Location />} allows hosts other than loopback and cupsd listens on the network}
	 */
	public boolean isSharePrinters() {
		return isPublishing() && allowsRemote(ROOT) && listensOnNetwork();
	}

	/**
	 * {@return whether shared queues are announced: browsing is on and {@code BrowseLocalProtocols} is not
	 * {@code none} or empty (absent: CUPS' default, dnssd)}
	 */
	public boolean isPublishing() {
		return isBrowsing() && !noLocalProtocols();
	}

	/**
	 * Announces shared queues ({@code Browsing Yes}, and {@code BrowseLocalProtocols dnssd} when it is {@code none}
	 * or empty), or stops ({@code Browsing No}); nothing else changes.
	 *
	 * @param publish
	 *            whether to announce
	 */
	public void setPublishing(boolean publish) {
		if (publish) {
			if (!isBrowsing()) {
				setDirective(BROWSING, "Yes"); //$NON-NLS-1$
			}
			if (noLocalProtocols()) {
				setDirective(BROWSE_LOCAL_PROTOCOLS, "dnssd"); //$NON-NLS-1$
			}
		} else if (isBrowsing()) {
			setDirective(BROWSING, "No"); //$NON-NLS-1$
		}
	}

	private boolean noLocalProtocols() {
		String protocols = directive(BROWSE_LOCAL_PROTOCOLS);
		return protocols != null && (protocols.isBlank() || "none".equalsIgnoreCase(protocols.trim())); //$NON-NLS-1$
	}

	/**
	 * Shares local printers, or stops sharing them (see the class comment).
	 *
	 * @param share
	 *            whether to share
	 */
	public void setSharePrinters(boolean share) {
		if (share) {
			setPublishing(true);
			if (!allowsRemote(ROOT)) {
				addAllowLocal(ROOT);
			}
			listenOnNetwork();
		} else {
			setPublishing(false);
			removeAllows(ROOT, true);
		}
	}

	/**
	 * {@return whether remote administration is allowed: {@code <Location /admin>} allows a host other than loopback
	 * (such as {@code @LOCAL}) and cupsd listens on the network}
	 */
	public boolean isRemoteAdmin() {
		return allowsRemote(ADMIN) && listensOnNetwork();
	}

	/**
	 * Allows or forbids administration from the local network (see the class comment).
	 *
	 * @param remote
	 *            whether to allow it
	 */
	public void setRemoteAdmin(boolean remote) {
		if (remote) {
			if (!allowsRemote(ADMIN)) {
				addAllowLocal(ADMIN);
			}
			listenOnNetwork();
		} else {
			removeAllows(ADMIN, false);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Directives

	/**
	 * The value of a top-level directive (outside any section); as in cupsd, the last occurrence wins.
	 *
	 * @param name
	 *            the directive, case-insensitive
	 * @return the value (without a trailing comment), or null if the directive is not set at top level
	 */
	public String directive(String name) {
		Entry last = lastTopLevel(name);
		return last == null ? null : last.value;
	}

	/**
	 * Sets a top-level directive: its last top-level occurrence is rewritten (indentation and trailing comment kept),
	 * or a line is appended at the end of the file.
	 *
	 * @param name
	 *            the directive
	 * @param value
	 *            the value
	 */
	public void setDirective(String name, String value) {
		Objects.requireNonNull(value);
		Entry last = lastTopLevel(name);
		if (last != null) {
			if (!value.equals(last.value)) {
				lines.set(last.index, last.indent + last.name + ' ' + value + last.comment + last.terminator);
			}
			return;
		}
		if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) { //$NON-NLS-1$
			lines.set(lines.size() - 1, lines.get(lines.size() - 1) + newline);
		}
		lines.add(name + ' ' + value + newline);
	}

	private Entry lastTopLevel(String name) {
		Entry last = null;
		for (Entry e : entries()) {
			if (e.section == null && e.name != null && e.name.equalsIgnoreCase(name)) {
				last = e;
			}
		}
		return last;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Locations and listeners

	private boolean allowsRemote(String location) {
		for (Entry e : entries()) {
			if (isLocation(e.section, location) && ALLOW.equalsIgnoreCase(e.name) && !isLoopback(allowValue(e))) {
				return true;
			}
		}
		return false;
	}

	/** Inserts {@code Allow @LOCAL} before the {@code </Location>} of the location, or appends the section. */
	private void addAllowLocal(String location) {
		addAllow(location, AT_LOCAL);
	}

	/** Inserts {@code Allow host} before the {@code </Location>} of the location, or appends the section. */
	private void addAllow(String location, String host) {
		List<Entry> entries = entries();
		for (Entry e : entries) {
			if (e.closes && isLocation(e.section, location)) {
				String indent = INDENT;
				for (Entry inside : entries) {
					if (inside.index < e.index && isLocation(inside.section, location) && inside.name != null
							&& !inside.closes) {
						indent = inside.indent;
					}
				}
				lines.add(e.index, indent + ALLOW + ' ' + host + newline);
				return;
			}
		}
		if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) { //$NON-NLS-1$
			lines.set(lines.size() - 1, lines.get(lines.size() - 1) + newline);
		}
		lines.add('<' + LOCATION + ' ' + location + '>' + newline);
		lines.add(INDENT + "Order allow,deny" + newline); //$NON-NLS-1$
		lines.add(INDENT + ALLOW + ' ' + host + newline);
		lines.add("</" + LOCATION + '>' + newline); //$NON-NLS-1$
	}

	/** Removes the {@code Allow @LOCAL} lines (or every non-loopback Allow line) of the location's section. */
	private void removeAllows(String location, boolean onlyAtLocal) {
		List<Entry> entries = entries();
		for (int i = entries.size() - 1; i >= 0; i--) {
			Entry e = entries.get(i);
			if (isLocation(e.section, location) && ALLOW.equalsIgnoreCase(e.name)) {
				String value = allowValue(e);
				if (onlyAtLocal ? AT_LOCAL.equalsIgnoreCase(value) : !isLoopback(value)) {
					lines.remove(e.index);
				}
			}
		}
	}

	private static boolean isLocation(String section, String location) {
		if (section == null) {
			return false;
		}
		String[] parts = section.trim().split("\\s+", 2); //$NON-NLS-1$
		return parts.length == 2 && LOCATION.equalsIgnoreCase(parts[0]) && parts[1].trim().equals(location);
	}

	/** The host of an {@code Allow [from] host} line. */
	private static String allowValue(Entry e) {
		String value = e.value == null ? "" : e.value.trim(); //$NON-NLS-1$
		if (value.regionMatches(true, 0, "from ", 0, 5)) { //$NON-NLS-1$
			value = value.substring(5).trim();
		}
		return value;
	}

	private static boolean isLoopback(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		return h.isEmpty() || "localhost".equals(h) || h.startsWith("127.") || "::1".equals(h) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| "[::1]".equals(h) || h.startsWith("[::1]:") || h.startsWith("localhost:") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| "none".equals(h); //$NON-NLS-1$
	}

	/** Whether a top-level {@code Port}, or a {@code Listen} on a non-loopback address, exists. */
	private boolean listensOnNetwork() {
		for (Entry e : entries()) {
			if (e.section == null && PORT.equalsIgnoreCase(e.name)) {
				return true;
			}
			if (e.section == null && LISTEN.equalsIgnoreCase(e.name) && e.value != null && !e.value.startsWith("/") //$NON-NLS-1$
					&& !isLoopback(e.value.trim())) {
				return true;
			}
		}
		return false;
	}

	/** Replaces the loopback {@code Listen host:port} lines by one {@code Port port}, unless already listening. */
	private void listenOnNetwork() {
		if (listensOnNetwork()) {
			return;
		}
		List<Entry> loopback = new ArrayList<>();
		for (Entry e : entries()) {
			if (e.section == null && LISTEN.equalsIgnoreCase(e.name) && e.value != null && !e.value.startsWith("/")) { //$NON-NLS-1$
				loopback.add(e);
			}
		}
		if (loopback.isEmpty()) {
			setDirective(PORT, Integer.toString(631));
			return;
		}
		Entry first = loopback.get(0);
		String port = portOf(first.value.trim());
		for (int i = loopback.size() - 1; i > 0; i--) {
			lines.remove(loopback.get(i).index);
		}
		lines.set(first.index, first.indent + PORT + ' ' + port + first.terminator);
	}

	private static String portOf(String address) {
		int colon = address.lastIndexOf(':');
		String port = colon >= 0 ? address.substring(colon + 1) : ""; //$NON-NLS-1$
		return port.matches("\\d+") ? port : "631"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean isFalse(String value) {
		String v = value.trim().toLowerCase(Locale.ROOT);
		return "no".equals(v) || "off".equals(v) || "false".equals(v) || "0".equals(v); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	// ---------------------------------------------------------------------------------------------------------
	// Lines

	/**
	 * One analysed line. {@code name} is null for blank and comment lines; {@code section} is the outermost
	 * enclosing section's opening text without brackets (e.g. {@code Location /admin}), null at top level; an opening
	 * line belongs to its own section and {@code closes} marks the closing line of the outermost section.
	 */
	record Entry(int index, String indent, String name, String value, String comment, String terminator,
			String section, boolean closes) {
	}

	List<Entry> entries() {
		List<Entry> result = new ArrayList<>(lines.size());
		int depth = 0;
		String section = null;
		for (int i = 0; i < lines.size(); i++) {
			String raw = lines.get(i);
			String terminator = terminator(raw);
			String body = raw.substring(0, raw.length() - terminator.length());
			int start = 0;
			while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
				start++;
			}
			String indent = body.substring(0, start);
			String rest = body.substring(start);
			int hash = commentStart(rest);
			String comment = ""; //$NON-NLS-1$
			if (hash >= 0) {
				int keep = hash;
				while (keep > 0 && Character.isWhitespace(rest.charAt(keep - 1))) {
					keep--;
				}
				comment = rest.substring(keep);
				rest = rest.substring(0, keep);
			}
			if (rest.isEmpty()) {
				result.add(new Entry(i, indent, null, null, comment, terminator, section, false));
				continue;
			}
			if (rest.startsWith("</")) { //$NON-NLS-1$
				depth = Math.max(0, depth - 1);
				String name = rest.substring(2, rest.endsWith(">") ? rest.length() - 1 : rest.length()).trim(); //$NON-NLS-1$
				result.add(new Entry(i, indent, '/' + name, null, comment, terminator, section, depth == 0));
				if (depth == 0) {
					section = null;
				}
				continue;
			}
			if (rest.startsWith("<")) { //$NON-NLS-1$
				String inner = rest.substring(1, rest.endsWith(">") ? rest.length() - 1 : rest.length()).trim(); //$NON-NLS-1$
				if (depth == 0) {
					section = inner;
				}
				depth++;
				String[] parts = inner.split("\\s+", 2); //$NON-NLS-1$
				result.add(new Entry(i, indent, '<' + parts[0], parts.length > 1 ? parts[1] : null, comment, terminator,
						section, false));
				continue;
			}
			String[] parts = rest.split("\\s+", 2); //$NON-NLS-1$
			result.add(new Entry(i, indent, parts[0], parts.length > 1 ? parts[1] : "", comment, terminator, //$NON-NLS-1$
					section, false));
		}
		return result;
	}

	/** Inserts a line (without terminator) before the line at index. */
	void insertLine(int index, String text) {
		lines.add(index, text + newline);
	}

	/** Replaces the line at index, keeping its terminator. */
	void replaceLine(int index, String text) {
		lines.set(index, text + terminator(lines.get(index)));
	}

	/** Removes the lines from {@code from} to {@code to}, both included. */
	void removeLines(int from, int to) {
		lines.subList(from, to + 1).clear();
	}

	private static String terminator(String raw) {
		if (raw.endsWith("\r\n")) { //$NON-NLS-1$
			return "\r\n"; //$NON-NLS-1$
		}
		return raw.endsWith("\n") ? "\n" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The index of the first {@code #} not escaped by a backslash, as cupsd reads comments; -1 if none. */
	private static int commentStart(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '#' && (i == 0 || text.charAt(i - 1) != '\\')) {
				return i;
			}
		}
		return -1;
	}
}
