package org.cupola.app.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Program arguments of the Cupola application.
 * <ul>
 * <li>{@code -server HOST[:PORT]} (repeatable; also a domain socket path): servers to connect to; default: what libcups
 * would use ($CUPS_SERVER, else /run/cups/cups.sock when it exists, else localhost:631).</li>
 * <li>{@code -serverLabel TEXT}: how the window title describes the first server (e.g. "demo server").</li>
 * </ul>
 *
 * @param servers
 *            the servers named on the command line, in order
 * @param serverLabel
 *            a description of the first server for the window title, or null
 */
public record StartupOptions(List<String> servers, String serverLabel) {

	/** Parses the application arguments; unknown arguments are ignored (Eclipse passes its own). */
	public static StartupOptions parse(String[] args) {
		List<String> servers = new ArrayList<>();
		String label = null;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (("-server".equals(a) || "--server".equals(a)) && i + 1 < args.length) {
				servers.add(args[++i]);
			} else if (("-serverLabel".equals(a) || "--server-label".equals(a)) && i + 1 < args.length) {
				label = args[++i];
			}
		}
		return new StartupOptions(List.copyOf(servers), label);
	}
}
