package org.cupola.ui.internal.notify;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.cupola.ipp.UserPreferences;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.QueueEvent.Kind;

/**
 * Which events notify, per server, kept in {@link UserPreferences}: {@code org.cupola.ui.notify.<host:port>.<KIND>}
 * ({@code true}/{@code false}) and {@code org.cupola.ui.notify.<host:port>.othersJobs}. By default the events that
 * ask something of the user notify; other users' jobs stay quiet.
 */
public final class NotificationSettings {

	/** Prefix of the preference keys. */
	public static final String PREFIX = "org.cupola.ui.notify."; //$NON-NLS-1$

	/** The events that notify unless the user turned them off. */
	public static final Set<Kind> DEFAULTS = EnumSet.of(Kind.JOB_COMPLETED, Kind.JOB_FAILED, Kind.JOB_HELD_AUTH,
			Kind.QUEUE_STOPPED, Kind.PRINTER_ATTENTION, Kind.SERVER_GONE, Kind.SERVER_BACK);

	private static final String OTHERS = "othersJobs"; //$NON-NLS-1$

	private final UserPreferences preferences;

	/**
	 * @param preferences
	 *            where the choices are kept
	 */
	public NotificationSettings(UserPreferences preferences) {
		this.preferences = preferences;
	}

	/**
	 * @param server
	 *            {@code host:port}
	 * @param kind
	 *            the event
	 * @return whether it notifies
	 */
	public boolean isEnabled(String server, Kind kind) {
		return Boolean.parseBoolean(
				preferences.get(PREFIX + server + '.' + kind.name(), Boolean.toString(DEFAULTS.contains(kind))));
	}

	/**
	 * @param server
	 *            {@code host:port}
	 * @param kind
	 *            the event
	 * @param enabled
	 *            whether it notifies from now on
	 */
	public void setEnabled(String server, Kind kind, boolean enabled) {
		preferences.put(PREFIX + server + '.' + kind.name(), Boolean.toString(enabled));
	}

	/** {@return whether other users' jobs notify too on this server} */
	public boolean othersJobs(String server) {
		return Boolean.parseBoolean(preferences.get(PREFIX + server + '.' + OTHERS, "false")); //$NON-NLS-1$
	}

	/**
	 * @param server
	 *            {@code host:port}
	 * @param enabled
	 *            whether other users' jobs notify too
	 */
	public void setOthersJobs(String server, boolean enabled) {
		preferences.put(PREFIX + server + '.' + OTHERS, Boolean.toString(enabled));
	}

	/**
	 * @param event
	 *            an event
	 * @param me
	 *            the names the user has on that server (the login Cupola uses, the local account)
	 * @return whether the event is to be shown
	 */
	public boolean shouldNotify(QueueEvent event, Collection<String> me) {
		if (!isEnabled(event.server(), event.kind())) {
			return false;
		}
		if (event.kind().isJobEvent() && !othersJobs(event.server())) {
			// CUPS hides other users' names (JobPrivateValues): an unknown owner is someone else
			return event.jobUser() != null && me.contains(event.jobUser());
		}
		return true;
	}
}
