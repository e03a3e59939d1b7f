package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.cupola.testing.Widgets;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ui.internal.server.Messages;
import org.cupola.ui.internal.server.ServerSettingsDialog;
import org.cupola.ui.internal.server.ServerSettingsHandler;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Server Settings read a {@code cupsd.conf} as cupsd does: with {@code LogLevel warn} and a later
 * {@code LogLevel debug}, debug logging is on, and turning it off edits the later line.
 */
class ServerSettingsLogLevelTest {

	private static final String FILE = "# stock\nLogLevel warn\nListen 127.0.0.1:631\n# added later\nLogLevel debug\n";

	private Shell shell;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void theLaterLogLevelIsWhatTheDialogShowsAndWhatSavingEdits() {
		byte[] original = FILE.getBytes(StandardCharsets.ISO_8859_1);
		ServerSettingsDialog dialog = ServerSettingsDialog.forFile(shell, "127.0.0.1:631", original);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Button debug = Widgets.button(dialog.getShell(), Messages.ServerSettings_debug);
		assertTrue(debug.getSelection(), "LogLevel debug comes last: debug logging is on");
		Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));
		assertEquals(Window.OK, dialog.getReturnCode());
		assertArrayEquals(original, ServerSettingsHandler.edit(original, dialog.getSettings()), "nothing to save");

		CupsdConf.Settings off = new CupsdConf.Settings(false, false, false, true);
		assertEquals(FILE.replace("# added later\nLogLevel debug\n", "# added later\nLogLevel warn\n"),
				new String(ServerSettingsHandler.edit(original, off), StandardCharsets.ISO_8859_1));
	}
}
