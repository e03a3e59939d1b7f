package org.cupola.app.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UnsignedJar} (the unsigned framework copy the AOT cache needs) and the launcher jar's exit-code and
 * location rules that {@link Launcher} keeps.
 */
class UnsignedJarTest {

	@TempDir
	Path dir;

	@Test
	void theCopyHasEveryEntryButTheSignature() throws IOException {
		Path signed = dir.resolve("signed.jar");
		try (OutputStream raw = Files.newOutputStream(signed); ZipOutputStream out = new ZipOutputStream(raw)) {
			put(out, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\nName: a/B.class\r\nSHA-256-Digest: x\r\n\r\n");
			put(out, "META-INF/ECLIPSE_.SF", "signature file");
			put(out, "META-INF/ECLIPSE_.RSA", "signature block");
			put(out, "META-INF/SIG-X", "signature");
			put(out, "META-INF/services/a.Service", "a.Impl"); // not a signature
			put(out, "META-INF/maven/x.SF", "not at the top of META-INF");
			put(out, "a/B.class", "class bytes");
		}
		Path copy = dir.resolve("copy.jar");
		UnsignedJar.copy(signed, copy);
		List<String> names = new ArrayList<>();
		try (JarFile jar = new JarFile(copy.toFile(), true)) {
			jar.stream().forEach(e -> names.add(e.getName()));
			JarEntry b = jar.getJarEntry("a/B.class");
			assertArrayEquals("class bytes".getBytes(StandardCharsets.UTF_8), jar.getInputStream(b).readAllBytes());
			assertNull(b.getCodeSigners(), "unsigned");
		}
		assertEquals(List.of("META-INF/MANIFEST.MF", "META-INF/services/a.Service", "META-INF/maven/x.SF", "a/B.class"),
				names);
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file left");
		}
	}

	@Test
	void exitCodesAsTheLauncherJarHadThem() {
		assertEquals(0, Launcher.exitCode(null));
		assertEquals(1, Launcher.exitCode("1"));
		assertEquals(23, Launcher.exitCode("23"));
		assertEquals(17, Launcher.exitCode("restart"));
	}

	@Test
	void locationsAsUrlsOrPaths() throws Exception {
		Path conf = dir.resolve("configuration");
		assertEquals(conf, Launcher.path(conf.toUri().toString()));
		assertEquals(conf, Launcher.path(conf + "/"));
		assertEquals(conf, Launcher.path("file:" + conf + "/"));
	}

	private static void put(ZipOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}
}
