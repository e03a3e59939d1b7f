package org.cupola.ui.internal.notify;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.UserPreferences;
import org.cupola.ipp.events.AutoResume;
import org.cupola.ipp.events.EventWatcher;
import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.QueueHistory;
import org.cupola.ui.Servers;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Desktop notifications for every connected server: one {@link EventWatcher} per server (its events go into the
 * user's {@link QueueHistory} whether they notify or not), the administrator login of the window's connection shared
 * with it (for the error log and auto-resume), and a {@link EventPopup} on the UI thread for each event the user's
 * {@link NotificationSettings} want. One popup at a time: a newer one replaces the older.
 */
public final class NotificationCenter {

	/** How often a server that refuses subscriptions is polled. */
	public static final Duration POLL = Duration.ofSeconds(10);

	private static NotificationCenter instance;

	private final Display display;
	private final NotificationSettings settings;
	private final QueueHistory history;
	private final Duration poll;
	private final Map<CupsServer, Watch> watches = new LinkedHashMap<>();
	private final List<Consumer<EventPopup>> shown = new CopyOnWriteArrayList<>();
	private final Consumer<Servers> serversListener = this::syncWith;
	private EventPopup current;

	private record Watch(Servers.Entry entry, EventWatcher watcher, Consumer<Credentials> observer) {
	}

	/**
	 * @param display
	 *            where the popups go
	 * @param settings
	 *            which events notify
	 * @param history
	 *            where the events are kept
	 * @param poll
	 *            how often servers that refuse subscriptions are polled
	 */
	public NotificationCenter(Display display, NotificationSettings settings, QueueHistory history, Duration poll) {
		this.display = display;
		this.settings = settings;
		this.history = history;
		this.poll = poll;
	}

	/** {@return the workbench's notification center, watching the servers of {@link Servers#getDefault()}} */
	public static synchronized NotificationCenter getDefault() {
		if (instance == null) {
			instance = new NotificationCenter(PlatformUI.getWorkbench().getDisplay(),
					new NotificationSettings(UserPreferences.getDefault()), QueueHistory.getDefault(), POLL);
			Servers.getDefault().addListener(instance.serversListener);
			instance.syncWith(Servers.getDefault());
		}
		return instance;
	}

	/**
	 * Watches the servers that are connected and stops watching those that are not.
	 *
	 * @param servers
	 *            the connected servers
	 */
	public synchronized void syncWith(Servers servers) {
		List<Servers.Entry> entries = servers.entries();
		for (CupsServer s : List.copyOf(watches.keySet())) {
			if (entries.stream().noneMatch(e -> e.server().equals(s))) {
				unwatch(s);
			}
		}
		for (Servers.Entry e : entries) {
			if (!watches.containsKey(e.server())) {
				watch(e);
			}
		}
	}

	/**
	 * Starts watching a server.
	 *
	 * @param entry
	 *            the server and the window's connection to it
	 * @return the watcher
	 */
	public synchronized EventWatcher watch(Servers.Entry entry) {
		Watch existing = watches.get(entry.server());
		if (existing != null) {
			return existing.watcher();
		}
		EventWatcher watcher = new EventWatcher(entry.server(), poll, history);
		watcher.setAutoResume(
				new AutoResume(UserPreferences.getDefault(), entry.server().hostAndPort(), AutoResume.TCP_PROBE));
		Consumer<Credentials> observer = c -> watcher.setCredentials(new Credentials(c.user(), c.password().clone()));
		entry.connection().addCredentialsObserver(observer);
		watcher.addListener(e -> onEvent(e, entry));
		watches.put(entry.server(), new Watch(entry, watcher, observer));
		watcher.start();
		return watcher;
	}

	/**
	 * Stops watching a server.
	 *
	 * @param server
	 *            the server
	 */
	public synchronized void unwatch(CupsServer server) {
		Watch w = watches.remove(server);
		if (w != null) {
			w.entry().connection().removeCredentialsObserver(w.observer());
			w.watcher().stop();
		}
	}

	/** Stops watching every server. */
	public synchronized void dispose() {
		for (CupsServer s : List.copyOf(watches.keySet())) {
			unwatch(s);
		}
		Servers.getDefault().removeListener(serversListener);
		if (instance == this) {
			instance = null;
		}
	}

	/**
	 * @param listener
	 *            called on the UI thread with each popup once it is open (tests, screenshots)
	 */
	public void addShownListener(Consumer<EventPopup> listener) {
		shown.add(listener);
	}

	private void onEvent(QueueEvent e, Servers.Entry entry) {
		// the window's login and the local account, often the same name
		Set<String> me = new HashSet<>();
		me.add(System.getProperty("user.name")); //$NON-NLS-1$
		if (entry.connection().currentUser() != null) {
			me.add(entry.connection().currentUser());
		}
		if (!settings.shouldNotify(e, me) || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> show(e, entry));
	}

	/**
	 * Opens the popup of an event (on the UI thread; returns at once).
	 *
	 * @param e
	 *            the event
	 * @param entry
	 *            its server
	 */
	public void show(QueueEvent e, Servers.Entry entry) {
		if (display.isDisposed()) {
			return;
		}
		if (current != null && current.getShell() != null && !current.getShell().isDisposed()) {
			current.close();
		}
		current = new EventPopup(display, EventTexts.title(e), EventTexts.text(e, ZoneId.systemDefault()),
				EventActions.of(e, entry));
		current.open();
		for (Consumer<EventPopup> l : shown) {
			l.accept(current);
		}
	}
}
