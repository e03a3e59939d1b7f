package org.cupola.bench.floor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The plain SWT floor window (see {@link Floor}); {@link #main} runs it without OSGi. */
public final class FloorWindow {

	private FloorWindow() {
	}

	public static void main(String[] args) {
		show("Floor SWT");
	}

	static void show(String title) {
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText(title);
		shell.setLayout(new FillLayout());
		Table table = new Table(shell, SWT.BORDER);
		for (int i = 0; i < 5; i++) {
			new TableItem(table, SWT.NONE).setText("queue " + i);
		}
		shell.setSize(1100, 700);
		shell.open();
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.dispose();
	}
}
