package org.cupola.fleet.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cupola.fleet.Site;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The CUPS-Add-Modify-Printer / -Class and CUPS-Delete-Class requests of {@code cupola apply}, as {@code lpadmin}
 * builds them: settings as printer attributes, a PPD as the document, class members as
 * {@code ipp://localhost/printers/NAME}.
 */
public final class QueueRequests {

	private static final String ADMIN = "/admin/"; //$NON-NLS-1$

	private QueueRequests() {
	}

	/** {@return a request for a queue or class, with its uri and the user set} */
	public static IppMessage.Builder request(CupsConnection c, int operation, String kindPath, String name) {
		return IppMessage.request(operation, 1)
				.operation("printer-uri", IppTag.URI, c.server().ippUri(kindPath + encode(name))) //$NON-NLS-1$
				.operation("requesting-user-name", IppTag.NAME, c.currentUser()) //$NON-NLS-1$
				.group(IppTag.PRINTER_ATTRIBUTES);
	}

	/**
	 * Adds the printer attributes for the given settings (only the keys present).
	 *
	 * @param b
	 *            the request
	 * @param s
	 *            settings (site keys); {@code device-uri} already resolved
	 * @param clearUsers
	 *            whether to send {@code requesting-user-name-allowed all} when neither list is set
	 */
	public static void settings(IppMessage.Builder b, Map<String, Object> s, boolean clearUsers) {
		for (Map.Entry<String, Object> e : s.entrySet()) {
			Object v = e.getValue();
			switch (e.getKey()) {
			case Site.DEVICE_URI -> b.attribute("device-uri", IppTag.URI, v.toString()); //$NON-NLS-1$
			case Site.DESCRIPTION -> b.attribute("printer-info", IppTag.TEXT, v.toString()); //$NON-NLS-1$
			case Site.LOCATION -> b.attribute("printer-location", IppTag.TEXT, v.toString()); //$NON-NLS-1$
			case Site.SHARED -> b.attribute("printer-is-shared", IppTag.BOOLEAN, bool(v)); //$NON-NLS-1$
			case Site.ERROR_POLICY -> b.attribute("printer-error-policy", IppTag.NAME, v.toString()); //$NON-NLS-1$
			case Site.OP_POLICY -> b.attribute("printer-op-policy", IppTag.NAME, v.toString()); //$NON-NLS-1$
			case Site.BANNERS -> b.attribute("job-sheets-default", IppTag.NAME, strings(v)); //$NON-NLS-1$
			case Site.USERS_ALLOWED -> b.attribute("requesting-user-name-allowed", IppTag.NAME, strings(v)); //$NON-NLS-1$
			case Site.USERS_DENIED -> b.attribute("requesting-user-name-denied", IppTag.NAME, strings(v)); //$NON-NLS-1$
			case Site.ENABLED -> {
				// as Pause-Printer / Resume-Printer do (which CUPS refuses to an administrator outside the queue's
				// access list): the state, and the "paused" reason CUPS shows as an alert
				boolean on = bool(v).booleanValue();
				b.attribute("printer-state", IppTag.ENUM, Integer.valueOf(on ? 3 : 5)); //$NON-NLS-1$
				b.attribute("printer-state-reasons", IppTag.KEYWORD, on ? "none" : "paused"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			case Site.ACCEPTING -> b.attribute("printer-is-accepting-jobs", IppTag.BOOLEAN, bool(v)); //$NON-NLS-1$
			case Site.MEMBERS -> {
				List<Object> uris = new ArrayList<>();
				for (Object m : (List<?>) v) {
					uris.add("ipp://localhost/printers/" + encode(m.toString())); //$NON-NLS-1$
				}
				b.attribute("member-uris", IppTag.URI, uris.toArray()); //$NON-NLS-1$
			}
			default -> {
				// driver, ppd, job-defaults: sent by their own requests
			}
			}
		}
		if (clearUsers && !s.containsKey(Site.USERS_ALLOWED) && !s.containsKey(Site.USERS_DENIED)) {
			b.attribute("requesting-user-name-allowed", IppTag.NAME, "all"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Adds {@code *-default} job options, typed as CUPS reports them. */
	public static void jobDefaults(IppMessage.Builder b, Map<String, Object> defaults) {
		for (Map.Entry<String, Object> e : defaults.entrySet()) {
			Object v = e.getValue();
			if (v instanceof Number n) {
				b.attribute(e.getKey(), IppTag.INTEGER, Integer.valueOf(n.intValue()));
			} else if (v instanceof Boolean bool) {
				b.attribute(e.getKey(), IppTag.BOOLEAN, bool);
			} else if (v != null) {
				b.attribute(e.getKey(), IppTag.KEYWORD, v.toString());
			}
		}
	}

	/**
	 * Sends a request to {@code /admin/} and fails on an IPP error.
	 *
	 * @param c
	 *            the connection
	 * @param request
	 *            the request
	 * @param document
	 *            a PPD or null
	 * @param what
	 *            what it does (lower case)
	 * @param monitor
	 *            progress, may be null
	 * @throws IppException
	 *             when CUPS refuses or fails
	 */
	public static void send(CupsConnection c, IppMessage request, String document, String what,
			IProgressMonitor monitor) throws IppException {
		IppMessage response = c.send(request, document == null ? null : document.getBytes(StandardCharsets.UTF_8),
				ADMIN, what, monitor);
		if (!IppStatus.isSuccess(response.status())) {
			String message = response.statusMessage();
			throw new IppStatusException(what + ": " + IppStatus.name(response.status()) //$NON-NLS-1$
					+ (message == null ? "" : " (" + message + ')'), response.status(), //$NON-NLS-1$ //$NON-NLS-2$
					IppStatus.name(response.status()), message);
		}
	}

	/** CUPS-Delete-Class. */
	public static void deleteClass(CupsConnection c, String name, IProgressMonitor monitor) throws IppException {
		IppMessage.Builder b = IppMessage.request(IppOperation.CUPS_DELETE_CLASS, 1)
				.operation("printer-uri", IppTag.URI, c.server().ippUri("/classes/" + encode(name))) //$NON-NLS-1$ //$NON-NLS-2$
				.operation("requesting-user-name", IppTag.NAME, c.currentUser()); //$NON-NLS-1$
		send(c, b.build(), null, "deleting class " + name, monitor); //$NON-NLS-1$
	}

	private static Boolean bool(Object v) {
		return v instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(v));
	}

	private static Object[] strings(Object v) {
		return v instanceof List<?> l ? l.stream().map(String::valueOf).toArray() : new Object[] { String.valueOf(v) };
	}

	/** {@return a queue name percent-encoded for a URI path} */
	public static String encode(String name) {
		StringBuilder sb = new StringBuilder();
		for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
			int ch = x & 0xFF;
			if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || "-_.~@+".indexOf(ch) >= 0) { //$NON-NLS-1$
				sb.append((char) ch);
			} else {
				sb.append('%').append(String.format("%02X", Integer.valueOf(ch))); //$NON-NLS-1$
			}
		}
		return sb.toString();
	}
}
