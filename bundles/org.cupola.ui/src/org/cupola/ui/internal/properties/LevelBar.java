package org.cupola.ui.internal.properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A supply level drawn as a bar in the marker's own colour (a progress bar cannot be coloured on every platform);
 * an unknown level draws an empty frame.
 */
public final class LevelBar extends Canvas {

	private final int level;
	private final RGB rgb;

	/**
	 * @param parent
	 *            the parent
	 * @param level
	 *            0-100, or negative when unknown
	 * @param color
	 *            {@code #RRGGBB} (the first colour of a multi-colour marker), or null / {@code none}
	 */
	LevelBar(Composite parent, int level, String color) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.level = level;
		this.rgb = parse(color);
		addListener(SWT.Paint, e -> paint(e.gc));
	}

	static RGB parse(String color) {
		if (color == null || !color.startsWith("#") || color.length() < 7) { //$NON-NLS-1$
			return new RGB(0x80, 0x80, 0x80);
		}
		try {
			int v = Integer.parseInt(color.substring(1, 7), 16);
			return new RGB(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
		} catch (NumberFormatException e) {
			return new RGB(0x80, 0x80, 0x80);
		}
	}

	private void paint(GC gc) {
		Rectangle r = getClientArea();
		Color fill = new Color(rgb);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(0, 0, r.width - 1, r.height - 1);
		if (level > 0) {
			gc.setBackground(fill);
			gc.fillRectangle(1, 1, (r.width - 2) * Math.min(100, level) / 100, r.height - 2);
		}
	}

	/** {@return the level shown (0-100, negative when unknown)} */
	public int level() {
		return level;
	}

	/** {@return the colour shown} */
	public RGB rgb() {
		return rgb;
	}

	@Override
	public org.eclipse.swt.graphics.Point computeSize(int wHint, int hHint, boolean changed) {
		return new org.eclipse.swt.graphics.Point(wHint == SWT.DEFAULT ? 220 : wHint, hHint == SWT.DEFAULT ? 16 : hHint);
	}
}
