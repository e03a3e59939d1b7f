package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.Device;
import org.cupola.ipp.Printer;
import org.cupola.testing.CupsSandbox;
import org.cupola.testing.UiWait;
import org.cupola.ui.PrinterElement;
import org.cupola.ui.PrintersPanel;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.Icons;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/** The Printers view's queue icons with state overlays and the Devices view's connection icons (issue 17). */
class IconsTest {

	@Test
	void eachQueueShowsItsStateAsOverlays() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		try (CupsConnection c = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			Map<String, Printer> byName = c.getPrinters(null).stream()
					.collect(Collectors.toMap(Printer::name, Function.identity()));
			assertEquals(overlay(Icons.PRINTER, IDecoration.BOTTOM_RIGHT, Icons.STOPPED),
					Icons.printer(byName.get("paused")), "stopped: bottom right");
			assertEquals(overlay(Icons.PRINTER, IDecoration.BOTTOM_LEFT, Icons.REJECTING),
					Icons.printer(byName.get("rejecting")), "rejecting: bottom left");
			String defaultName = c.getDefault(null).map(Printer::name).orElseThrow();
			assertEquals(overlay(Icons.PRINTER, IDecoration.TOP_LEFT, Icons.DEFAULT),
					Icons.printer(byName.get(defaultName)), "the default: top left");
			for (String idle : List.of("null", "ipp-everywhere")) {
				if (!idle.equals(defaultName)) {
					assertEquals(Icons.PRINTER, Icons.printer(byName.get(idle)), idle + " is idle: no overlay");
				}
			}
		}
	}

	@Test
	void thePrintersTreeShowsTheIconsAndDisposesThemWithIt() throws Exception {
		CupsSandbox sandbox = CupsSandbox.shared();
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		try (CupsConnection connection = new CupsConnection(sandbox.server(), ConnectionOptions.DEFAULTS, null)) {
			PrintersPanel panel = new PrintersPanel(shell, 0);
			panel.setServers(() -> List.of(new Servers.Entry(connection, "sandbox")));
			shell.setSize(900, 400);
			shell.open();
			panel.refresh();
			UiWait.until(display, 30_000, () -> panel.getRefreshCount() > 0);
			Image paused = null;
			Image idle = null;
			for (TreeItem row : panel.getViewer().getTree().getItem(0).getItems()) {
				row.getText(0);
				Image image = row.getImage(0);
				assertNotNull(image, "an icon on " + row.getText(0));
				PrinterElement p = (PrinterElement) row.getData();
				if (p.name().equals("paused")) {
					paused = image;
				} else if (idle == null && p.printer().state() == Printer.State.IDLE && p.printer().acceptingJobs()
						&& !p.printer().isDefault() && !p.printer().shared()) {
					idle = image;
				}
			}
			assertNotNull(paused);
			assertNotNull(idle);
			assertNotSame(paused, idle, "a stopped queue looks different from an idle one");
			assertFalse(paused.getImageData().equals(idle.getImageData()));
			shell.dispose();
			// images drawn for the panel (state overlays) go with it; JFace may keep plain file icons in its LRU cache
			assertTrue(paused.isDisposed(), "the panel's resource manager disposes the images it made");
		} finally {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
		}
	}

	@Test
	void devicesGetAnIconPerConnectionType() {
		assertEquals(Icons.DEVICE_USB, Icons.device(device("direct", "usb://HP/LaserJet?serial=1")));
		assertEquals(Icons.DEVICE_NETWORK, Icons.device(device("network", "ipp://printer.local/ipp/print")));
		assertEquals(Icons.DEVICE_NETWORK, Icons.device(device("network", "ipps")));
		assertEquals(Icons.DEVICE_SOCKET, Icons.device(device("network", "socket")));
		assertEquals(Icons.DEVICE_SOCKET, Icons.device(device("network", "socket://198.18.0.2:9100")));
		assertEquals(Icons.DEVICE_LPD, Icons.device(device("network", "lpd://host/queue")));
		assertEquals(Icons.DEVICE_FILE, Icons.device(device("file", "file:/dev/null")));
		assertEquals(Icons.DEVICE_OTHER, Icons.device(device("serial", "serial:/dev/ttyS0?baud=115200")));
	}

	/**
	 * Every icon stays legible on a light and on a dark theme: at least a sixth of its opaque pixels stand out from
	 * each background with a contrast ratio of 3:1 (WCAG's figure for graphics), at 100% and 200%.
	 */
	@Test
	void iconsAreLegibleOnLightAndDarkBackgrounds() throws Exception {
		RGB light = new RGB(255, 255, 255);
		RGB dark = new RGB(0x2b, 0x2b, 0x2b);
		int checked = 0;
		for (Field f : Icons.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == ImageDescriptor.class) {
				ImageDescriptor d = (ImageDescriptor) f.get(null);
				for (int zoom : new int[] { 100, 200 }) {
					ImageData data = d.getImageData(zoom);
					assertNotNull(data, f.getName() + " at " + zoom + "%");
					assertEquals(zoom / 100 * (f.getName().equals("PRINTER") || f.getName().startsWith("DEVICE")
							|| f.getName().equals("PRINTER_CLASS") ? 16 : 7), data.width, f.getName() + " size");
					for (RGB bg : new RGB[] { light, dark }) {
						double share = legibleShare(data, bg);
						assertTrue(share >= 1.0 / 6, f.getName() + " at " + zoom + "% on " + bg + ": " + share);
					}
					checked++;
				}
			}
		}
		assertEquals(26, checked, "13 icons at two zooms");
	}

	private static double legibleShare(ImageData data, RGB bg) {
		int opaque = 0;
		int legible = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				int alpha = data.alphaData != null ? data.getAlpha(x, y) : 255;
				if (alpha < 128) {
					continue;
				}
				opaque++;
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				double a = luminance(rgb);
				double b = luminance(bg);
				double ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				if (ratio >= 3) {
					legible++;
				}
			}
		}
		return opaque == 0 ? 0 : (double) legible / opaque;
	}

	private static double luminance(RGB c) {
		return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue);
	}

	private static double channel(int v) {
		double s = v / 255.0;
		return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
	}

	private static ImageDescriptor overlay(ImageDescriptor base, int quadrant, ImageDescriptor overlay) {
		return new DecorationOverlayIcon(base, overlay, quadrant);
	}

	private static Device device(String deviceClass, String uri) {
		return new Device(deviceClass, uri, "info", "make and model", null, null);
	}
}
