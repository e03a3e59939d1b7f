package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.cupola.testing.Widgets;
import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.ConnectionSecurity;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Encryption;
import org.cupola.ipp.TrustPrompt;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.RemoteCupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrintersPanel;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.server.ServerConnectionDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** Each server row says how it is connected; the Connection and Certificate dialog shows and edits it. */
class ServerSecurityTest {

	private static String serverRowText(CupsConnection connection) {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			PrintersPanel panel = new PrintersPanel(shell, SWT.NONE);
			shell.setSize(900, 400);
			shell.open();
			Servers.Entry entry = new Servers.Entry(connection, null);
			panel.setServers(() -> List.of(entry));
			panel.refresh();
			UiWait.until(display, 30_000, () -> panel.getRefreshCount() > 0);
			return panel.getViewer().getTree().getItem(0).getText(0);
		} finally {
			shell.dispose();
		}
	}

	@Test
	void rowsSayNotEncryptedAndFlagAllowedClearText() {
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection plain = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			String text = serverRowText(plain);
			assertTrue(text.endsWith("\u2014 not encrypted"), text); //$NON-NLS-1$
		}
		try (CupsConnection allowed = new CupsConnection(sandbox.server(),
				ConnectionOptions.DEFAULTS.withClearTextAllowed(true), null)) {
			String text = serverRowText(allowed);
			assertTrue(text.contains("not encrypted") && text.contains("CLEAR-TEXT PASSWORDS ALLOWED"), text); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aTlsRowNamesTheProtocol() {
		try (RemoteCupsSandbox remote = RemoteCupsSandbox.start("Required", true); //$NON-NLS-1$
				CupsConnection c = new CupsConnection(remote.secureServer(), ConnectionOptions.DEFAULTS, null)) {
			c.setTrustPrompt(r -> TrustPrompt.Decision.TRUST_FOR_SESSION);
			String text = serverRowText(c);
			assertTrue(text.matches(".*\u2014 TLSv1\\.[23]$"), text); //$NON-NLS-1$
		} finally {
			CertificatePins.clearSession();
		}
	}

	@Test
	void theDialogShowsTheCertificateAndWarnsWhenClearTextIsAllowed() {
		Display display = Display.getDefault();
		String fp = "AB:" + "CD:".repeat(30) + "EF"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CertificateInfo info = new CertificateInfo("CN=printhost", "CN=printhost", Instant.parse("2026-01-01T00:00:00Z"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Instant.parse("2036-01-01T00:00:00Z"), fp, List.of("printhost")); //$NON-NLS-1$ //$NON-NLS-2$
		ServerConnectionDialog dialog = new ServerConnectionDialog(null, "printhost:631", //$NON-NLS-1$
				new ConnectionSecurity(ConnectionSecurity.Kind.TLS, "TLSv1.3", info, false), Encryption.IF_REQUESTED, //$NON-NLS-1$
				false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			StringBuilder texts = new StringBuilder();
			Widgets.all(shell, Text.class).forEach(t -> texts.append(t.getText()).append('\n'));
			assertTrue(texts.toString().contains(fp) && texts.toString().contains("TLSv1.3"), texts.toString()); //$NON-NLS-1$
			Label warning = Widgets.all(shell, Label.class).stream()
					.filter(l -> l.getText().contains("clear-text password")).findFirst().orElseThrow(); //$NON-NLS-1$
			assertFalse(warning.isVisible());
			Button clearText = Widgets.all(shell, Button.class).stream()
					.filter(b -> (b.getStyle() & SWT.CHECK) != 0).findFirst().orElseThrow();
			clearText.setSelection(true);
			clearText.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			assertTrue(warning.isVisible(), "the warning shows once clear text is allowed"); //$NON-NLS-1$
			Widgets.click(Widgets.button(shell, "OK")); //$NON-NLS-1$
			UiWait.until(display, 5_000, () -> dialog.getShell() == null);
			assertTrue(dialog.clearTextAllowed());
			assertEquals(Encryption.IF_REQUESTED, dialog.encryption());
		} finally {
			dialog.close();
		}
	}
}
