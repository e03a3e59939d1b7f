package org.cupola.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Hashtable;
import java.util.List;

import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.CupolaPerspective;
import org.cupola.ui.PrintersView;
import org.cupola.ui.Servers;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Issue 18: the product ships the platform's Error Log view, and a failed operation shows there with the operation,
 * the server and the reason, never the password. A user who is not an administrator pauses a queue: CUPS refuses
 * (403), the handler reports it, and the entry appears in the Error Log view of this real workbench.
 */
class ErrorLogViewTest {

	@Test
	void aRefusedPauseAppearsInTheErrorLogViewWithServerAndOperationButNoPassword() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getCurrent();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(CupolaPerspective.ERROR_LOG_VIEW_ID),
				"the Error Log view is installed");
		assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(CupolaPerspective.ERROR_LOG_VIEW_ID),
				"Window > Show View offers it");
		Credentials plain = sandbox.plainCredentials();
		char[] password = plain.password();
		String secret = new String(password);
		String basic = Base64.getEncoder()
				.encodeToString((plain.user() + ':' + secret).getBytes(StandardCharsets.UTF_8));
		BundleContext context = FrameworkUtil.getBundle(ErrorLogViewTest.class).getBundleContext();
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		ServiceRegistration<CredentialsPrompt> registration = context.registerService(CredentialsPrompt.class,
				request -> new Credentials(plain.user(), password), props);
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = true; // the error dialog must not block the test's event loop
		try {
			Servers.getDefault().connect(sandbox.server().toString(), "test sandbox");
			PrintersView view = (PrintersView) page.showView(PrintersView.ID);
			view.refresh();
			UiWait.until(display, 30_000, () -> PrinterCommandsTest.find(view, "null") != null);
			view.getViewer().setSelection(new StructuredSelection(PrinterCommandsTest.find(view, "null")));
			view.setFocus();
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
					.executeCommand("org.cupola.ui.pause", null);

			IViewPart log = page.showView(CupolaPerspective.ERROR_LOG_VIEW_ID);
			assertNotNull(log);
			String server = sandbox.server().toString();
			List<String> shown = new ArrayList<>();
			try {
				UiWait.until(display, 30_000, () -> {
					shown.clear();
					for (Tree tree : trees(page.getWorkbenchWindow().getShell())) {
						for (TreeItem item : tree.getItems()) {
							shown.add(item.getText(0));
						}
					}
					return shown.stream().anyMatch(t -> t.contains("Pausing null failed") && t.contains(server));
				});
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; rows shown: " + shown, e);
			}
			String entry = shown.stream().filter(t -> t.contains("Pausing null failed")).findFirst().orElseThrow();
			assertTrue(entry.contains(plain.user()), "the reason names the refused user: " + entry);
			String logFile = Files.readString(Platform.getLogFileLocation().toPath());
			for (String text : List.of(entry, logFile)) {
				assertFalse(text.contains(secret), "no password in the log");
				assertFalse(text.contains(basic), "no Basic credentials in the log");
			}
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
			registration.unregister();
			Arrays.fill(password, '\0');
			Servers.getDefault().disconnect(sandbox.server()); // its credentials must not serve the next test
		}
	}

	private static List<Tree> trees(Control control) {
		List<Tree> result = new ArrayList<>();
		if (control instanceof Tree tree && tree.isVisible()) {
			result.add(tree);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				result.addAll(trees(child));
			}
		}
		return result;
	}
}
