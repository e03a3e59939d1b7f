package org.cupola.ipp;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The rules CUPS applies to queue names (scheduler {@code validate_name}): at most 127 bytes of printable characters,
 * no space, control character, DEL, {@code / \ # ? ' " @}; names are compared without regard to case.
 */
public final class QueueNames {

	/** The longest name CUPS accepts, in bytes (UTF-8). */
	public static final int MAX_BYTES = 127;

	private static final String FORBIDDEN = "/\\#?'\"@"; //$NON-NLS-1$

	private QueueNames() {
	}

	/**
	 * Checks a new queue name.
	 *
	 * @param name
	 *            the name
	 * @param existing
	 *            the printers and classes of the server (any case)
	 * @return what is wrong, for the user, or null when the name is fine
	 */
	public static String problem(String name, Collection<String> existing) {
		if (name == null || name.isEmpty()) {
			return Messages.Name_empty;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c <= ' ' || c == 127 || FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
				return NLS.bind(Messages.Name_badChar, c == ' ' ? "\u2423" : String.valueOf(c)); //$NON-NLS-1$
			}
		}
		if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Messages.Name_tooLong;
		}
		if (existing != null) {
			for (String e : existing) {
				if (e.equalsIgnoreCase(name)) {
					return NLS.bind(Messages.Name_exists, e);
				}
			}
		}
		return null;
	}

	/**
	 * Suggests a valid, unused name from a description such as a make and model ("HP LaserJet 4000" gives
	 * "HP-LaserJet-4000", then "HP-LaserJet-4000-2" if taken).
	 *
	 * @param description
	 *            what the printer is, or null
	 * @param existing
	 *            the printers and classes of the server
	 * @return a name that {@link #problem(String, Collection)} accepts
	 */
	public static String suggest(String description, Collection<String> existing) {
		StringBuilder b = new StringBuilder();
		String source = description == null || description.isBlank() ? "printer" : description.strip(); //$NON-NLS-1$
		for (int i = 0; i < source.length() && b.length() < 60; i++) {
			char c = source.charAt(i);
			boolean ok = c > ' ' && c != 127 && FORBIDDEN.indexOf(c) < 0 && !Character.isISOControl(c) && c < 128;
			if (ok) {
				b.append(c);
			} else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
				b.append('-');
			}
		}
		while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
			b.setLength(b.length() - 1);
		}
		String base = b.length() == 0 ? "printer" : b.toString(); //$NON-NLS-1$
		Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (existing != null) {
			taken.addAll(existing);
		}
		String candidate = base;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = base + '-' + n;
		}
		return candidate;
	}

	/**
	 * Checks on the server that no printer or class has this name (Add-Modify would silently change an existing
	 * queue). Blocks: call it from a job.
	 *
	 * @param connection
	 *            the server
	 * @param name
	 *            the name of a queue about to be created
	 * @param monitor
	 *            progress and cancellation, may be null
	 * @throws IppException
	 *             when the name is taken (with a message for the user), or the server could not be asked
	 */
	public static void checkUnused(CupsConnection connection, String name, IProgressMonitor monitor)
			throws IppException {
		try {
			connection.getPrinterAttributes(name, List.of("printer-name"), monitor); //$NON-NLS-1$
		} catch (IppStatusException e) {
			if (e.isNotFound()) {
				return;
			}
			throw e;
		}
		throw new IppException(NLS.bind(Messages.Name_exists, name));
	}
}
