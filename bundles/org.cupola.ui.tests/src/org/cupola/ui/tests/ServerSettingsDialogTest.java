package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.ServerSettings;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.Widgets;
import org.cupola.ui.internal.server.Messages;
import org.cupola.ui.internal.server.ServerSettingsDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Server Settings under Xvfb: the eight controls show what {@code cupsd.conf} says, the Advanced page shows exactly
 * the lines saving would change, a time cupsd would not read keeps OK disabled, and a change made in the dialog on a
 * real cupsd's file is what cupsd then serves.
 */
class ServerSettingsDialogTest {

	static final String FILE = """
			# Site cupsd.conf: comments must survive
			LogLevel warn
			Listen localhost:631
			Listen /run/cups/cups.sock
			Browsing No
			BrowseLocalProtocols dnssd
			PreserveJobHistory 30d
			PreserveJobFiles No
			<Location />
			  Order allow,deny
			</Location>
			<Location /admin>
			  Order allow,deny
			</Location>
			<Policy default>
			  <Limit Cancel-Job CUPS-Authenticate-Job>
			    Require user @OWNER @SYSTEM
			    Order deny,allow
			  </Limit>
			  <Limit All>
			    Order deny,allow
			  </Limit>
			</Policy>
			""";

	private Shell parent;

	@BeforeEach
	void open() {
		parent = new Shell(Display.getDefault());
	}

	@AfterEach
	void close() {
		parent.dispose();
	}

	private ServerSettingsDialog dialog(byte[] file) {
		ServerSettingsDialog dialog = ServerSettingsDialog.forFile(parent, "127.0.0.1:631", file);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Test
	void allEightSettingsAreControlsAndTheAdvancedPageShowsTheChangedLines() {
		byte[] original = FILE.getBytes(StandardCharsets.UTF_8);
		ServerSettingsDialog dialog = dialog(original);
		Shell shell = dialog.getShell();
		Button share = Widgets.button(shell, Messages.ServerSettings_share);
		Button remoteAny = Widgets.button(shell, Messages.ServerSettings_remoteAny);
		Button showRemote = Widgets.button(shell, Messages.ServerSettings_showRemote);
		Button remoteAdmin = Widgets.button(shell, Messages.ServerSettings_remoteAdmin);
		Button cancelAny = Widgets.button(shell, Messages.ServerSettings_cancelAny);
		Button debug = Widgets.button(shell, Messages.ServerSettings_debug);
		Button history = Widgets.button(shell, Messages.ServerSettings_history);
		Button files = Widgets.button(shell, Messages.ServerSettings_files);
		List<Text> periods = Widgets.all(shell, Text.class);
		Spinner maxJobs = Widgets.all(shell, Spinner.class).get(0);
		StyledText diff = Widgets.all(shell, StyledText.class).get(0);

		assertFalse(share.getSelection());
		assertFalse(remoteAny.getSelection());
		assertFalse(remoteAny.isEnabled(), "printing from the Internet needs sharing");
		assertFalse(showRemote.isEnabled(), "CUPS 2: cups-browsed's setting, not in cupsd.conf");
		assertFalse(remoteAdmin.getSelection());
		assertFalse(cancelAny.getSelection());
		assertFalse(debug.getSelection());
		assertTrue(history.getSelection());
		assertEquals("30d", periods.get(0).getText());
		assertFalse(files.getSelection());
		assertEquals(500, maxJobs.getSelection());
		assertEquals(Messages.ServerSettings_noChanges, diff.getText());
		Screenshots.save(shell, "server-settings.png");

		Widgets.click(share);
		assertTrue(remoteAny.isEnabled());
		Widgets.click(remoteAny);
		Widgets.click(cancelAny);
		Widgets.click(debug);
		Widgets.click(files);
		periods.get(1).setText("2h");
		maxJobs.setSelection(100);
		maxJobs.notifyListeners(SWT.Modify, null);
		dialog.showAdvanced();
		String shown = diff.getText();
		List<String> changed = shown.lines().filter(l -> (l.startsWith("-") || l.startsWith("+"))
				&& !l.startsWith("---") && !l.startsWith("+++")).toList();
		assertEquals(List.of("-LogLevel warn", "-Listen localhost:631", "+LogLevel debug", "+Port 631",
				"-Browsing No", "+Browsing Yes", "-PreserveJobFiles No", "+PreserveJobFiles 2h", "+  Allow all",
				"-  <Limit Cancel-Job CUPS-Authenticate-Job>", "+  <Limit CUPS-Authenticate-Job>", "+MaxJobs 100"),
				changed, shown);
		assertTrue(shown.startsWith("--- a/cupsd.conf\n+++ b/cupsd.conf\n@@ -1,"), shown);
		Screenshots.save(shell, "server-settings-advanced.png");

		Widgets.click(Widgets.button(shell, IDialogConstants.OK_LABEL));
		assertEquals(Window.OK, dialog.getReturnCode());
		assertEquals(new ServerSettings(true, null, true, false, true, true, "30d", "2h", 100),
				dialog.getServerSettings());
		String edited = new String(dialog.getEdited(), StandardCharsets.UTF_8);
		assertTrue(edited.startsWith("# Site cupsd.conf: comments must survive\n"), edited);
		assertEquals(dialog.getServerSettings(), CupsdConf.parse(dialog.getEdited()).serverSettings());
	}

	@Test
	void okWithoutChangesChangesNoByte() {
		byte[] original = FILE.getBytes(StandardCharsets.UTF_8);
		ServerSettingsDialog dialog = dialog(original);
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
		assertFalse(dialog.isChanged());
		assertArrayEquals(original, dialog.getEdited());
	}

	@Test
	void aTimeCupsdWouldNotReadKeepsOkDisabled() {
		ServerSettingsDialog dialog = dialog(FILE.getBytes(StandardCharsets.UTF_8));
		Shell shell = dialog.getShell();
		Button ok = Widgets.button(shell, IDialogConstants.OK_LABEL);
		Text historyFor = Widgets.all(shell, Text.class).get(0);
		historyFor.setText("sometimes");
		assertFalse(ok.isEnabled());
		assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("sometimes"),
				dialog.getErrorMessage());
		historyFor.setText("12h");
		assertTrue(ok.isEnabled());
		assertEquals(null, dialog.getErrorMessage());
		historyFor.setText("");
		assertTrue(ok.isEnabled(), "empty: no limit");
	}

	@Test
	void aChangeMadeInTheDialogIsWhatTheRealCupsdServesAfterTheSave() throws Exception {
		try (CupsSandbox sandbox = CupsSandbox.start(false);
				CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			byte[] original = connection.getServerConfig(null);
			ServerSettingsDialog dialog = dialog(original);
			Shell shell = dialog.getShell();
			Widgets.click(Widgets.button(shell, Messages.ServerSettings_cancelAny));
			Widgets.click(Widgets.button(shell, Messages.ServerSettings_debug));
			Widgets.click(Widgets.button(shell, Messages.ServerSettings_files));
			Widgets.click(Widgets.button(shell, IDialogConstants.OK_LABEL));
			assertTrue(dialog.isChanged());
			connection.saveServerConfig(original, dialog.getEdited(), null);
			byte[] served = connection.getServerConfig(null);
			assertArrayEquals(dialog.getEdited(), served);
			ServerSettings after = CupsdConf.parse(served).serverSettings();
			assertEquals(dialog.getServerSettings(), after);
			assertTrue(after.userCancelAny());
			assertFalse(after.debugLogging());
			assertEquals("1d", after.jobFiles(), "the sandbox keeps no files; on: CUPS' default day");
			assertTrue(connection.getPrinters(null).isEmpty(), "cupsd answers again (this sandbox has no queues)");
		}
	}
}
