package org.cupola.bench.floor;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Start-up floors for ./dev bench-startup (never part of the product): the least a program built like Cupola can do
 * before its first window shows, on the same JVM options. Each shows a window titled "Floor ..." and runs until killed.
 * <ul>
 * <li>{@link FloorWindow#main}: plain Java and SWT, no OSGi (class path: the SWT jars and that class);</li>
 * <li>application {@code org.cupola.bench.floor.swt}: the same window from an Equinox application, inside Cupola's
 * product (its 110 bundles, its configuration), so the framework's start is counted;</li>
 * <li>application {@code org.cupola.bench.floor.workbench}: an empty Eclipse workbench window (the RCP workbench with
 * an empty perspective and no views), inside Cupola's product.</li>
 * </ul>
 */
public final class Floor implements IApplication {

	/** The Equinox application for the plain SWT window. */
	public static final class SwtApp implements IApplication {
		@Override
		public Object start(IApplicationContext context) {
			context.applicationRunning();
			FloorWindow.show("Floor SWT in Equinox");
			return EXIT_OK;
		}

		@Override
		public void stop() {
			// killed by the bench
		}
	}

	/** The empty perspective of the workbench floor. */
	public static final class EmptyPerspective implements IPerspectiveFactory {
		@Override
		public void createInitialLayout(IPageLayout layout) {
			layout.setEditorAreaVisible(false);
		}
	}

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
			@Override
			public String getInitialWindowPerspectiveId() {
				return "org.cupola.bench.floor.empty";
			}

			@Override
			public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
				return new WorkbenchWindowAdvisor(configurer) {
					@Override
					public void preWindowOpen() {
						configurer.setTitle("Floor workbench");
						configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1100, 700));
						configurer.setShowStatusLine(true);
						configurer.setShowProgressIndicator(true);
					}
				};
			}
		});
		return EXIT_OK;
	}

	@Override
	public void stop() {
		// killed by the bench
	}
}
