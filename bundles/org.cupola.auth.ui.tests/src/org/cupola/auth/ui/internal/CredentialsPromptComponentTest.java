package org.cupola.auth.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsStore;
import org.cupola.testing.ComponentXml;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The declarative services component, without a workbench. */
class CredentialsPromptComponentTest {

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
	void theGeneratedComponentXmlDeclaresTheLazyPromptService() throws Exception {
		// generated at build time from the @Component annotations (no hand-written XML in the source tree)
		Element component = ComponentXml.of(CredentialsPromptComponent.class);
		assertEquals("component", component.getLocalName()); //$NON-NLS-1$
		assertEquals(CredentialsPromptComponent.class.getName(), component.getAttribute("name")); //$NON-NLS-1$
		assertNotEquals("true", component.getAttribute("immediate"), "a delayed component"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Element implementation = (Element) component.getElementsByTagName("implementation").item(0); //$NON-NLS-1$
		assertEquals(CredentialsPromptComponent.class.getName(), implementation.getAttribute("class")); //$NON-NLS-1$
		Element provide = (Element) component.getElementsByTagName("provide").item(0); //$NON-NLS-1$
		assertEquals(CredentialsPrompt.class.getName(), provide.getAttribute("interface")); //$NON-NLS-1$
		assertTrue(CredentialsPrompt.class.isAssignableFrom(CredentialsPromptComponent.class));
		String deactivate = component.getAttribute("deactivate"); //$NON-NLS-1$
		CredentialsPromptComponent.class.getDeclaredMethod(deactivate);
		Element reference = (Element) component.getElementsByTagName("reference").item(0); //$NON-NLS-1$
		assertEquals(CredentialsStore.class.getName(), reference.getAttribute("interface")); //$NON-NLS-1$
		assertEquals("0..1", reference.getAttribute("cardinality"), "works without a store"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
