package org.cupola.app.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without its signature files. The JDK's AOT cache (and class-data sharing) never stores classes from a
 * signed jar on the class path, and Eclipse signs {@code org.eclipse.osgi}; the {@code cupola} script therefore puts
 * an unsigned copy of the framework jar, kept next to the user's AOT cache, on the class path when it uses the cache
 * (docs/PERFORMANCE.md "Start-up"). Equinox never checks the signature (signed-content support is off); the copy's
 * classes are byte for byte those of the product's jar. Usage: {@code UnsignedJar FROM TO} (TO is replaced in one
 * step).
 */
public final class UnsignedJar {

	private UnsignedJar() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: UnsignedJar FROM.jar TO.jar"); //$NON-NLS-1$
			System.exit(2);
		}
		copy(Path.of(args[0]), Path.of(args[1]));
	}

	/**
	 * Copies {@code from} to {@code to} without the entries {@link #isSignature(String)} names.
	 *
	 * @param from
	 *            a jar
	 * @param to
	 *            the copy (written to a temporary file in its directory first, then moved)
	 * @throws IOException
	 *             when reading or writing fails (then {@code to} is unchanged)
	 */
	public static void copy(Path from, Path to) throws IOException {
		Path dir = to.toAbsolutePath().getParent();
		Path tmp = Files.createTempFile(dir, to.getFileName().toString(), ".tmp"); //$NON-NLS-1$
		try {
			try (InputStream raw = Files.newInputStream(from);
					ZipInputStream in = new ZipInputStream(raw);
					OutputStream rawOut = Files.newOutputStream(tmp);
					ZipOutputStream out = new ZipOutputStream(rawOut)) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					if (isSignature(entry.getName())) {
						continue;
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					out.putNextEntry(copy);
					in.transferTo(out);
					out.closeEntry();
				}
			}
			Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	/** {@return whether a jar entry belongs to a jar signature: {@code META-INF/*.SF|RSA|DSA|EC} or {@code SIG-*}} */
	static boolean isSignature(String name) {
		String n = name.toUpperCase(Locale.ROOT);
		if (!n.startsWith("META-INF/") || n.indexOf('/', "META-INF/".length()) >= 0) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		return n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| n.startsWith("META-INF/SIG-"); //$NON-NLS-1$
	}
}
