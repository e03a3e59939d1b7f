package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The UI bundles schedule typed core operations and show typed values; the IPP wire format
 * ({@code org.cupola.ipp.codec}) stays in core. Reads the compiled classes of every UI bundle of the running product
 * and looks for a reference to a codec type.
 */
class NoCodecInUiTest {

	private static final List<String> UI_BUNDLES = List.of("org.cupola.ui", "org.cupola.troubleshoot.ui",
			"org.cupola.app", "org.cupola.auth.ui");
	private static final byte[] CODEC = "org/cupola/ipp/codec/".getBytes(StandardCharsets.US_ASCII);

	@Test
	void noUiBundleReferencesTheCodec() throws IOException {
		List<String> offenders = new ArrayList<>();
		int classes = 0;
		for (String name : UI_BUNDLES) {
			Bundle bundle = Platform.getBundle(name);
			assertNotNull(bundle, name);
			for (URL entry : Collections.list(bundle.findEntries("/", "*.class", true))) {
				String path = entry.getPath();
				if (path.contains("/tests/")) {
					continue; // test fragments are attached to their hosts
				}
				classes++;
				try (InputStream in = entry.openStream()) {
					if (contains(in.readAllBytes(), CODEC)) {
						offenders.add(name + path);
					}
				}
			}
		}
		assertTrue(classes > 100, "read the UI bundles' classes: " + classes);
		assertEquals(List.of(), offenders);
	}

	private static boolean contains(byte[] data, byte[] part) {
		outer: for (int i = 0; i <= data.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (data[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
