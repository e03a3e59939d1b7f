package org.cupola.ui.internal.server;

import java.nio.charset.StandardCharsets;

import org.cupola.ipp.server.UnifiedDiff;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

/**
 * The Advanced page of Server Settings: the edits saving would make to {@code cupsd.conf}, as a unified diff
 * ({@link UnifiedDiff}) in a read-only monospaced text, removed lines on red, added lines on green. Pure
 * computation on the UI thread: the file's bytes are already here.
 */
final class CupsdDiffViewer {

	private static final String NAME = "cupsd.conf"; //$NON-NLS-1$

	private final StyledText text;
	private final Color removed;
	private final Color added;

	CupsdDiffViewer(Composite parent) {
		text = new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setAlwaysShowScrollBars(false);
		removed = new Color(new RGB(255, 220, 220));
		added = new Color(new RGB(215, 245, 215));
	}

	StyledText control() {
		return text;
	}

	/**
	 * Shows the diff of two versions of the file.
	 *
	 * @param original
	 *            the file as fetched
	 * @param edited
	 *            the file as it would be saved
	 */
	void show(byte[] original, byte[] edited) {
		String diff = UnifiedDiff.diff("a/" + NAME, "b/" + NAME, latin1(original), latin1(edited)); //$NON-NLS-1$ //$NON-NLS-2$
		// the model maps bytes 1:1 (ISO-8859-1); cupsd.conf is usually UTF-8, so show it as such
		String shown = diff.isEmpty() ? Messages.ServerSettings_noChanges
				: new String(diff.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		text.setText(shown);
		if (diff.isEmpty()) {
			return;
		}
		for (int line = 0; line < text.getLineCount(); line++) {
			String l = text.getLine(line);
			if (l.startsWith("---") || l.startsWith("+++")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			if (l.startsWith("-")) { //$NON-NLS-1$
				text.setLineBackground(line, 1, removed);
			} else if (l.startsWith("+")) { //$NON-NLS-1$
				text.setLineBackground(line, 1, added);
			}
		}
	}

	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}
}
