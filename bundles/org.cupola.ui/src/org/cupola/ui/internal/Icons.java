package org.cupola.ui.internal;

import java.util.Locale;

import org.cupola.ipp.Device;
import org.cupola.ipp.Printer;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;

/**
 * The views' icons (drawn by {@code releng/icons/make-icons.py}, 16x16 with @2x variants; legend in the README).
 * Only descriptors live here: the views create images through a {@link org.eclipse.jface.resource.LocalResourceManager}
 * bound to their control, which disposes them with it.
 */
public final class Icons {

	/** A queue. */
	public static final ImageDescriptor PRINTER = icon("printer"); //$NON-NLS-1$
	/** A class of queues. */
	public static final ImageDescriptor PRINTER_CLASS = icon("printer_class"); //$NON-NLS-1$
	/** Overlay, bottom right: printing. */
	public static final ImageDescriptor PROCESSING = icon("ovr_processing"); //$NON-NLS-1$
	/** Overlay, bottom right: stopped (paused). */
	public static final ImageDescriptor STOPPED = icon("ovr_stopped"); //$NON-NLS-1$
	/** Overlay, bottom left: rejects jobs. */
	public static final ImageDescriptor REJECTING = icon("ovr_rejecting"); //$NON-NLS-1$
	/** Overlay, top left: the server's default. */
	public static final ImageDescriptor DEFAULT = icon("ovr_default"); //$NON-NLS-1$
	/** Overlay, top right: shared. */
	public static final ImageDescriptor SHARED = icon("ovr_shared"); //$NON-NLS-1$
	/** A USB device. */
	public static final ImageDescriptor DEVICE_USB = icon("dev_usb"); //$NON-NLS-1$
	/** A network device (IPP, IPPS, HTTP, DNS-SD). */
	public static final ImageDescriptor DEVICE_NETWORK = icon("dev_network"); //$NON-NLS-1$
	/** An AppSocket/JetDirect device. */
	public static final ImageDescriptor DEVICE_SOCKET = icon("dev_socket"); //$NON-NLS-1$
	/** An LPD/LPR queue. */
	public static final ImageDescriptor DEVICE_LPD = icon("dev_lpd"); //$NON-NLS-1$
	/** A file. */
	public static final ImageDescriptor DEVICE_FILE = icon("dev_file"); //$NON-NLS-1$
	/** Any other connection. */
	public static final ImageDescriptor DEVICE_OTHER = icon("dev_other"); //$NON-NLS-1$

	private Icons() {
	}

	private static ImageDescriptor icon(String name) {
		return ResourceLocator.imageDescriptorFromBundle(Icons.class, "icons/" + name + ".png") //$NON-NLS-1$ //$NON-NLS-2$
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
	}

	/**
	 * A queue's icon: a printer (or a class) with overlays for its state: processing or stopped (bottom right),
	 * rejecting jobs (bottom left), the default (top left), shared (top right). An idle queue that accepts jobs has
	 * none.
	 *
	 * @param p
	 *            the queue as last fetched
	 * @return the descriptor (equal descriptors for equal states, so a resource manager shares their images)
	 */
	public static ImageDescriptor printer(Printer p) {
		ImageDescriptor icon = p.isClass() ? PRINTER_CLASS : PRINTER;
		if (p.state() == Printer.State.STOPPED) {
			icon = new DecorationOverlayIcon(icon, STOPPED, IDecoration.BOTTOM_RIGHT);
		} else if (p.state() == Printer.State.PROCESSING) {
			icon = new DecorationOverlayIcon(icon, PROCESSING, IDecoration.BOTTOM_RIGHT);
		}
		if (!p.acceptingJobs()) {
			icon = new DecorationOverlayIcon(icon, REJECTING, IDecoration.BOTTOM_LEFT);
		}
		if (p.isDefault()) {
			icon = new DecorationOverlayIcon(icon, DEFAULT, IDecoration.TOP_LEFT);
		}
		if (p.shared()) {
			icon = new DecorationOverlayIcon(icon, SHARED, IDecoration.TOP_RIGHT);
		}
		return icon;
	}

	/**
	 * A device's icon by its connection type, from the device URI's scheme.
	 *
	 * @param d
	 *            the device
	 * @return the descriptor
	 */
	public static ImageDescriptor device(Device d) {
		return switch (scheme(d.uri())) {
		case "usb" -> DEVICE_USB; //$NON-NLS-1$
		case "ipp", "ipps", "http", "https", "dnssd", "mdns", "smb" -> DEVICE_NETWORK; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		case "socket" -> DEVICE_SOCKET; //$NON-NLS-1$
		case "lpd" -> DEVICE_LPD; //$NON-NLS-1$
		case "file", "cups-pdf" -> DEVICE_FILE; //$NON-NLS-1$ //$NON-NLS-2$
		default -> DEVICE_OTHER;
		};
	}

	/** The scheme of a device URI; CUPS also lists bare schemes such as {@code socket}. */
	static String scheme(String uri) {
		if (uri == null) {
			return ""; //$NON-NLS-1$
		}
		int colon = uri.indexOf(':');
		return (colon < 0 ? uri : uri.substring(0, colon)).toLowerCase(Locale.ROOT);
	}
}
