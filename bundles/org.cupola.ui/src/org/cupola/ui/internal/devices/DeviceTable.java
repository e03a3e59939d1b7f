package org.cupola.ui.internal.devices;

import java.util.Locale;
import java.util.function.Function;

import org.cupola.ipp.Device;
import org.cupola.ui.internal.Icons;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

/**
 * The table of found devices, as the Devices view and the Add Printer wizard show it: device, make and model, URI
 * and connection columns; direct and serial devices first, then files, then the network, else in the order CUPS
 * reported them. Its input is a {@code List<Device>}; streamed devices are added with {@code viewer.add}.
 */
public final class DeviceTable {

	private DeviceTable() {
	}

	/**
	 * Creates the viewer in {@code holder}, which it lays out with a {@link TableColumnLayout}.
	 *
	 * @param holder
	 *            an empty composite that holds only the table
	 * @param style
	 *            the table's style, e.g. {@code SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL}
	 * @return the viewer, with its content provider and comparator set
	 */
	public static TableViewer create(Composite holder, int style) {
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		TableViewer viewer = new TableViewer(holder, style);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		// one icon per connection type, disposed with the table
		LocalResourceManager icons = new LocalResourceManager(JFaceResources.getResources(), viewer.getTable());
		column(viewer, layout, Messages.Devices_colDevice, 30, Device::info, d -> icons.create(Icons.device(d)));
		column(viewer, layout, Messages.Devices_colModel, 25, Device::makeAndModel, null);
		column(viewer, layout, Messages.Devices_colUri, 35, Device::uri, null);
		column(viewer, layout, Messages.Devices_colClass, 10, Device::deviceClass, null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int category(Object element) {
				return rank((Device) element);
			}

			@Override
			public int compare(Viewer v, Object e1, Object e2) {
				return Integer.compare(category(e1), category(e2)); // local first, else in the order found
			}
		});
		return viewer;
	}

	private static void column(TableViewer viewer, TableColumnLayout layout, String title, int weight,
			Function<Device, String> text, Function<Device, Image> image) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setMoveable(true);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = element instanceof Device d ? text.apply(d) : null;
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				return image != null && element instanceof Device d ? image.apply(d) : null;
			}
		});
	}

	/** direct and serial devices first, then files, then the network. */
	private static int rank(Device d) {
		String c = d.deviceClass() == null ? "" : d.deviceClass().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return switch (c) {
		case "direct" -> 0; //$NON-NLS-1$
		case "serial" -> 1; //$NON-NLS-1$
		case "file" -> 2; //$NON-NLS-1$
		default -> 3;
		};
	}
}
