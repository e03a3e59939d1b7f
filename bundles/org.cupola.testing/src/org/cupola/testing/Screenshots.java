package org.cupola.testing;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Screenshots of shells under test, for docs/: saved only when the system property {@code cupola.screenshots}
 * names a directory ({@code ./dev screenshots} sets it to docs/screenshots), so ordinary test runs leave the work
 * tree alone.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Saves a PNG of the shell's client area as {@code name}, after letting it paint; no-op without the property. */
	public static void save(Shell shell, String name) {
		String dir = System.getProperty("cupola.screenshots"); //$NON-NLS-1$
		if (dir == null || dir.isBlank() || shell.isDisposed()) {
			return;
		}
		Display display = shell.getDisplay();
		shell.forceActive();
		long until = System.currentTimeMillis() + 500;
		UiWait.until(display, 2000, () -> System.currentTimeMillis() >= until);
		shell.update();
		Rectangle area = shell.getClientArea();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(shell);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		try {
			new File(dir).mkdirs();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(new File(dir, name).getPath(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
