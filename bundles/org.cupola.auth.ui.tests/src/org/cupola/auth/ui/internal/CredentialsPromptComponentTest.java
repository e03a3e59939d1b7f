package org.cupola.auth.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cupola.ipp.CredentialsPrompt;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The declarative services component, without a workbench. */
class CredentialsPromptComponentTest {

	private static final String COMPONENT_XML = "OSGI-INF/" //$NON-NLS-1$
			+ "org.cupola.auth.ui.internal.CredentialsPromptComponent.xml"; //$NON-NLS-1$

	@Test
	void withoutAWorkbenchTheExistingDisplayIsUsedAndNoneIsCreated() throws Exception {
		Display display = Display.getDefault();
		assertSame(display, CredentialsPromptComponent.display(), "on the UI thread"); //$NON-NLS-1$
		CompletableFuture<Display> fromWorker = new CompletableFuture<>();
		CompletableFuture<Display> createdOnWorker = new CompletableFuture<>();
		Thread worker = new Thread(() -> {
			fromWorker.complete(CredentialsPromptComponent.display());
			createdOnWorker.complete(Display.findDisplay(Thread.currentThread()));
		}, "cupola-test-worker"); //$NON-NLS-1$
		worker.start();
		assertSame(display, fromWorker.get(10, TimeUnit.SECONDS), "found from a worker thread"); //$NON-NLS-1$
		assertNull(createdOnWorker.get(10, TimeUnit.SECONDS), "a display was created on the worker"); //$NON-NLS-1$
	}

	@Test
	void withoutAWorkbenchTheParentIsTheActiveShellOrNone() {
		Display display = Display.getDefault();
		Shell active = display.getActiveShell();
		assertSame(active, CredentialsPromptComponent.parentShell());
	}

	@Test
	void theComponentXmlDeclaresTheLazyPromptService() throws Exception {
		Document xml;
		try (InputStream in = componentXml()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			xml = factory.newDocumentBuilder().parse(in);
		}
		Element component = xml.getDocumentElement();
		assertEquals("component", component.getLocalName()); //$NON-NLS-1$
		assertEquals("false", component.getAttribute("immediate")); //$NON-NLS-1$ //$NON-NLS-2$
		Element implementation = (Element) component.getElementsByTagName("implementation").item(0); //$NON-NLS-1$
		assertEquals(CredentialsPromptComponent.class.getName(), implementation.getAttribute("class")); //$NON-NLS-1$
		Element provide = (Element) component.getElementsByTagName("provide").item(0); //$NON-NLS-1$
		assertEquals(CredentialsPrompt.class.getName(), provide.getAttribute("interface")); //$NON-NLS-1$
		assertTrue(CredentialsPrompt.class.isAssignableFrom(CredentialsPromptComponent.class));
		String deactivate = component.getAttribute("deactivate"); //$NON-NLS-1$
		CredentialsPromptComponent.class.getDeclaredMethod(deactivate);
	}

	/** The XML from the host bundle inside OSGi, else from the source tree next to this project. */
	private static InputStream componentXml() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(CredentialsPromptComponent.class);
		if (bundle != null) {
			URL entry = bundle.getEntry(COMPONENT_XML);
			assertTrue(entry != null, "no " + COMPONENT_XML + " in the bundle"); //$NON-NLS-1$ //$NON-NLS-2$
			return entry.openStream();
		}
		Path file = Path.of(System.getProperty("cupola.auth.ui.dir", "../org.cupola.auth.ui")) //$NON-NLS-1$ //$NON-NLS-2$
				.resolve(COMPONENT_XML);
		assertTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath()); //$NON-NLS-1$
		return Files.newInputStream(file);
	}
}
