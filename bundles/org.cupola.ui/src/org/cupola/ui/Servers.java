package org.cupola.ui;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.UserPreferences;
import org.cupola.ipp.Encryption;
import org.cupola.ui.internal.Messages;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The CUPS servers the workbench is connected to: one {@link CupsConnection} each (credentials are per
 * connection), remembered in the user's preferences ({@link UserPreferences}, key {@value #PREF_SERVERS}), so the
 * standalone product and an IDE find them whatever the current directory. Thread-safe.
 */
public final class Servers {

	/** A connected server and how the user knows it. */
	public record Entry(CupsConnection connection, String label) {
		/** The server. */
		public CupsServer server() {
			return connection.server();
		}
	}

	/** The key of the remembered servers (blank-separated) in {@link UserPreferences}. */
	public static final String PREF_SERVERS = "org.cupola.ui.servers"; //$NON-NLS-1$
	/** Where earlier versions kept them: the instance scope (a workspace), node org.cupola.ui, key servers. */
	private static final String LEGACY_NODE = "org.cupola.ui"; //$NON-NLS-1$
	private static final String LEGACY_KEY = "servers"; //$NON-NLS-1$
	/** Per server ({@code PREF_SECURITY + server key}) in {@link UserPreferences}: "ENCRYPTION CLEARTEXTALLOWED". */
	public static final String PREF_SECURITY = "org.cupola.ui.security."; //$NON-NLS-1$
	private static final Servers DEFAULT = new Servers();

	private final List<Entry> entries = new CopyOnWriteArrayList<>();
	private final List<Consumer<Servers>> listeners = new CopyOnWriteArrayList<>();
	private ServiceTracker<CredentialsPrompt, CredentialsPrompt> prompts;
	private ServiceTracker<TrustPrompt, TrustPrompt> trustPrompts;

	/** The workbench-wide instance. */
	public static Servers getDefault() {
		return DEFAULT;
	}

	/** Connects to the servers remembered in the preferences, or to the local CUPS. */
	public void connectStartupServers() {
		importLegacyInstancePreference();
		// the first start: the server libcups would pick ($CUPS_SERVER, /run/cups/cups.sock, localhost:631)
		String saved = UserPreferences.getDefault().get(PREF_SERVERS, CupsServer.defaultServer().toString());
		for (String s : saved.split("\\s+")) { //$NON-NLS-1$
			if (!s.isBlank()) {
				connect(s, null);
			}
		}
	}

	/**
	 * Adds a server (no I/O happens here).
	 *
	 * @param spec
	 *            {@code host[:port]} or an ipp/ipps URI
	 * @param label
	 *            how to describe it, or null
	 * @return the entry (an existing one when already connected)
	 */
	public Entry connect(String spec, String label) {
		CupsServer server = CupsServer.parse(spec);
		for (Entry e : entries) {
			if (e.server().equals(server)) {
				return e;
			}
		}
		Entry entry = new Entry(open(server), label);
		entries.add(entry);
		remember();
		fire();
		return entry;
	}

	private CupsConnection open(CupsServer server) {
		CupsConnection connection = new CupsConnection(server, optionsFor(server), new DelegatingPrompt());
		connection.setTrustPrompt(this::decideTrust);
		return connection;
	}

	/** {@return the options of a server: its encryption and clear-text settings from the preferences} */
	private static ConnectionOptions optionsFor(CupsServer server) {
		String saved = UserPreferences.getDefault().get(PREF_SECURITY + server.key(), ""); //$NON-NLS-1$
		ConnectionOptions options = ConnectionOptions.DEFAULTS;
		String[] parts = saved.split("\\s+"); //$NON-NLS-1$
		try {
			if (parts.length == 2) {
				options = options.withEncryption(Encryption.valueOf(parts[0]))
						.withClearTextAllowed(Boolean.parseBoolean(parts[1]));
			}
		} catch (IllegalArgumentException e) {
			// a damaged setting: the safe defaults
		}
		return options;
	}

	/**
	 * Changes how a server is connected and remembers it: its encryption, and whether passwords may go to it in
	 * clear text when it offers no TLS. The server's connection is replaced (credentials are asked again).
	 *
	 * @param server
	 *            the server
	 * @param encryption
	 *            when to use TLS
	 * @param clearTextAllowed
	 *            whether clear-text passwords are allowed
	 */
	public void setSecurity(CupsServer server, Encryption encryption, boolean clearTextAllowed) {
		UserPreferences.getDefault().put(PREF_SECURITY + server.key(), encryption.name() + ' ' + clearTextAllowed);
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			if (e.server().equals(server)) {
				entries.set(i, new Entry(open(server), e.label()));
				Thread closer = new Thread(e.connection()::close, "Cupola close " + server); //$NON-NLS-1$
				closer.setDaemon(true);
				closer.start();
			}
		}
		fire();
	}

	/** Closes the connection to a server and forgets it. */
	public void disconnect(CupsServer server) {
		for (Entry e : entries) {
			if (e.server().equals(server)) {
				entries.remove(e);
				// closing waits (briefly) for the HTTP client to stop: never on the caller's, maybe the UI, thread
				Thread closer = new Thread(e.connection()::close, "Cupola close " + server); //$NON-NLS-1$
				closer.setDaemon(true);
				closer.start();
			}
		}
		remember();
		fire();
	}

	/** Sets the label of the first server (e.g. "demo server"). */
	public void setFirstServerLabel(String label) {
		if (!entries.isEmpty()) {
			Entry first = entries.get(0);
			entries.set(0, new Entry(first.connection(), label));
			fire();
		}
	}

	/** The connected servers, in the order they were added. */
	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	/**
	 * The server a command acts on: that of the first queue in the selection (a Printers view selection), else the
	 * first connected server.
	 *
	 * @param selection
	 *            the current selection, or null
	 * @return the server, or null when none is connected
	 */
	public Entry serverFor(ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof PrinterElement p) {
			return p.server();
		}
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof ServerRow row) {
			return row.entry();
		}
		return entries.isEmpty() ? null : entries.get(0);
	}

	/** Describes the connected servers in one line, e.g. "ipp://127.0.0.1:8631 (demo server)". */
	public String describe() {
		List<String> parts = new ArrayList<>();
		for (Entry e : entries) {
			parts.add(e.label() == null ? e.server().toString()
					: NLS.bind(Messages.Servers_labelled, e.server(), e.label()));
		}
		return parts.isEmpty() ? Messages.Servers_none : String.join(", ", parts); //$NON-NLS-1$
	}

	/** The window title. */
	public String describeForTitle() {
		return Messages.Servers_title;
	}

	/**
	 * The credentials prompt connections of the workbench use: it delegates to the highest-ranked
	 * {@link CredentialsPrompt} OSGi service at the moment CUPS asks, and answers null (cancel) when there is none.
	 * May be called from any thread.
	 */
	public CredentialsPrompt credentialsPrompt() {
		return new DelegatingPrompt();
	}

	/** Calls the listener whenever servers are added or removed (on the calling thread). */
	public void addListener(Consumer<Servers> listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	/** Removes a listener. */
	public void removeListener(Consumer<Servers> listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Consumer<Servers> l : listeners) {
			l.accept(this);
		}
	}

	private void remember() {
		List<String> specs = new ArrayList<>();
		for (Entry e : entries) {
			if (e.label() == null) {
				specs.add(e.server().toString());
			}
		}
		try {
			UserPreferences.getDefault().put(PREF_SERVERS, String.join(" ", specs)); //$NON-NLS-1$
		} catch (UncheckedIOException e) {
			ILog.of(Servers.class).error(NLS.bind(Messages.Servers_cannotRemember, UserPreferences.getDefault().file()),
					e);
		}
	}

	/**
	 * Once: servers an earlier version remembered in the instance scope (an IDE's workspace) move to the user's
	 * preferences, unless those already name servers.
	 */
	private static void importLegacyInstancePreference() {
		UserPreferences user = UserPreferences.getDefault();
		if (user.contains(PREF_SERVERS) || !Platform.isRunning()) {
			return;
		}
		String legacy = InstanceScope.INSTANCE.getNode(LEGACY_NODE).get(LEGACY_KEY, null);
		if (legacy != null) {
			try {
				user.put(PREF_SERVERS, legacy);
			} catch (UncheckedIOException e) {
				ILog.of(Servers.class).error(NLS.bind(Messages.Servers_cannotRemember, user.file()), e);
			}
		}
	}

	private synchronized CredentialsPrompt currentPrompt() {
		if (prompts == null) {
			Bundle bundle = FrameworkUtil.getBundle(Servers.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return null;
			}
			prompts = new ServiceTracker<>(context, CredentialsPrompt.class, null);
			prompts.open();
		}
		return prompts.getService();
	}

	/**
	 * Closes the tracker of the {@link CredentialsPrompt} services, releasing the services it holds (the bundle's
	 * activator calls it when the bundle stops). The next password request opens a new one.
	 */
	public synchronized void closeServiceTracking() {
		if (prompts != null) {
			prompts.close();
			prompts = null;
		}
		if (trustPrompts != null) {
			trustPrompts.close();
			trustPrompts = null;
		}
	}

	/** Asks the {@link TrustPrompt} OSGi service looked up at the moment a certificate needs a decision. Any thread. */
	private TrustPrompt.Decision decideTrust(TrustRequest request) {
		TrustPrompt prompt;
		synchronized (this) {
			if (trustPrompts == null) {
				Bundle bundle = FrameworkUtil.getBundle(Servers.class);
				BundleContext context = bundle == null ? null : bundle.getBundleContext();
				if (context == null) {
					return TrustPrompt.Decision.CANCEL;
				}
				trustPrompts = new ServiceTracker<>(context, TrustPrompt.class, null);
				trustPrompts.open();
			}
			prompt = trustPrompts.getService();
		}
		return prompt == null ? TrustPrompt.Decision.CANCEL : prompt.decide(request);
	}

	/** Looks the prompt service up when CUPS asks for a password, so a late-starting auth UI still answers. */
	private final class DelegatingPrompt implements CredentialsPrompt {
		@Override
		public Credentials getCredentials(CredentialsRequest request) {
			CredentialsPrompt prompt = currentPrompt();
			return prompt == null ? null : prompt.getCredentials(request);
		}
	}
}
