package org.cupola.troubleshoot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.server.CupsdConf;
import org.cupola.ipp.server.RestoreJournal;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.Screenshots;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.troubleshoot.ui.internal.Messages;
import org.cupola.troubleshoot.ui.internal.RestoreOffers;
import org.cupola.ui.Servers;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * The GUI side of the crash-safe restore: an abandoned journal entry for a connected server is offered in a dialog
 * that shows what will be put back; Restore puts the original cupsd.conf back on a real cupsd and deletes the entry.
 */
class RestoreOffersTest {

	@Test
	void anAbandonedEntryIsOfferedAndRestored() throws Exception {
		Path dir = Files.createTempDirectory("cupola-restore-ui-");
		Display display = Display.getDefault();
		Shell parent = new Shell(display);
		try (CupsSandbox sandbox = CupsSandbox.start(false);
				CupsConnection connection = new CupsConnection(sandbox.server(), null, null)) {
			connection.setCredentials(sandbox.adminCredentials());
			byte[] original = connection.getServerConfig(null);
			RestoreJournal journal = new RestoreJournal(dir);
			journal.record(sandbox.server(), RestoreJournal.CUPSD_CONF, original, "LogLevel warn -> debug");
			abandon(dir, sandbox);
			CupsdConf changed = CupsdConf.parse(original);
			changed.setDebugLogging(!changed.isDebugLogging());
			connection.putServerConfig(changed.toBytes(), null);

			List<String> seen = new ArrayList<>();
			AtomicBoolean clicked = new AtomicBoolean();
			// the dialog runs its own event loop: answer it from a timer, as a user would
			Runnable answer = new Runnable() {
				@Override
				public void run() {
					Shell dialog = Arrays.stream(display.getShells())
							.filter(s -> !s.isDisposed() && Messages.Restore_title.equals(s.getText())).findFirst()
							.orElse(null);
					if (dialog == null) {
						display.timerExec(50, this);
						return;
					}
					collect(dialog, seen);
					Screenshots.save(dialog, "restore-dialog.png");
					Button restore = Widgets.findButton(dialog, Messages.Restore_restore);
					clicked.set(restore != null);
					if (restore != null) {
						restore.notifyListeners(SWT.Selection, new Event());
					}
				}
			};
			display.timerExec(50, answer);
			new RestoreOffers(journal).check(display, () -> parent, List.of(new Servers.Entry(connection, null)));
			UiWait.until(display, 90_000, () -> clicked.get() && journal.pending(sandbox.server()).isEmpty());

			String all = String.join("\n", seen);
			assertTrue(all.contains("LogLevel warn -> debug"), all);
			assertTrue(all.contains(sandbox.server().hostAndPort()), all);
			assertTrue(all.contains(new String(original, StandardCharsets.ISO_8859_1).replace("\n",
					Text.DELIMITER)) || all.contains(new String(original, StandardCharsets.ISO_8859_1)),
					"the original file is shown");
			UiWait.until(display, 60_000, () -> {
				try {
					return Arrays.equals(original, connection.getServerConfig(null));
				} catch (Exception e) {
					return false;
				}
			});
			assertArrayEquals(original, connection.getServerConfig(null), "cupsd.conf is back byte for byte");
			assertFalse(journal.abandoned(sandbox.server()).isPresent());
		} finally {
			parent.dispose();
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** Makes the entry look like one a killed process left behind. */
	private static void abandon(Path dir, CupsSandbox sandbox) throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Path json = dir.resolve(RestoreJournal.baseName(sandbox.server()) + ".json");
		Files.writeString(json, Files.readString(json).replaceFirst("\"pid\": \"\\d+\"", "\"pid\": \"" + gone.pid() + "\""));
		assertTrue(new RestoreJournal(dir).abandoned(sandbox.server()).isPresent());
	}

	private static void collect(Control c, List<String> out) {
		if (c instanceof Label l) {
			out.add(l.getText());
		} else if (c instanceof Text t) {
			out.add(t.getText());
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, out);
			}
		}
	}
}
