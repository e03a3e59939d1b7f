package org.cupola.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.model.ServerJob;
import org.cupola.testing.FakeIppServer;
import org.cupola.testing.UiWait;
import org.cupola.testing.Widgets;
import org.cupola.ui.Servers;
import org.cupola.ui.internal.jobs.JobsPanel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/** 10,000 jobs from a {@link FakeIppServer}: the virtual table fills only the rows it paints. */
class JobsPanelScaleTest {

	private static final int JOBS = 10_000;

	private static byte[] getJobsResponse() {
		IppMessage.Builder response = IppMessage.response(IppStatus.SUCCESSFUL_OK, 1);
		for (int id = 1; id <= JOBS; id++) {
			response.group(IppTag.JOB_ATTRIBUTES).attribute("job-id", IppTag.INTEGER, Integer.valueOf(id))
					.attribute("job-name", IppTag.NAME, "document " + id)
					.attribute("job-state", IppTag.ENUM, Integer.valueOf(3))
					.attribute("job-printer-uri", IppTag.URI, "ipp://127.0.0.1/printers/bulk")
					.attribute("job-originating-user-name", IppTag.NAME, "user")
					.attribute("job-k-octets", IppTag.INTEGER, Integer.valueOf(id % 500 + 1))
					.attribute("time-at-creation", IppTag.INTEGER, Integer.valueOf(1_700_000_000 + id));
		}
		return IppEncoder.encode(response.build());
	}

	@Test
	void tenThousandJobsPaintFast() throws Exception {
		byte[] body = getJobsResponse();
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try (FakeIppServer server = FakeIppServer.answering(body);
				CupsConnection connection = new CupsConnection(server.server(), null, null)) {
			shell.setLayout(new FillLayout());
			JobsPanel panel = new JobsPanel(shell, SWT.NONE);
			panel.setServers(() -> List.of(new Servers.Entry(connection, "fake")));
			AtomicInteger shown = new AtomicInteger(); // counted after the panel showed a snapshot
			panel.getModel().addListener(snapshot -> display.asyncExec(shown::incrementAndGet));
			shell.setSize(900, 400);
			shell.open();
			panel.refresh();
			UiWait.until(display, 20_000, () -> shown.get() > 0);
			Table table = panel.getViewer().getTable();
			assertEquals(JOBS, table.getItemCount(), Widgets.all(panel, Label.class).get(0).getText());
			assertEquals(JOBS, ((ServerJob) panel.getViewer().getElementAt(0)).id(), "newest first");

			long start = System.nanoTime();
			table.redraw();
			table.update();
			while (display.readAndDispatch()) {
				// paint
			}
			long paintMillis = (System.nanoTime() - start) / 1_000_000;
			int filled = 0;
			for (int i = 0; i < JOBS; i++) {
				if (table.getItem(i).getData() != null) {
					filled++;
				}
			}
			assertTrue(filled < 500, "only the visible rows are materialized, not " + filled);
			assertTrue(paintMillis < 2000, "painting took " + paintMillis + " ms");

			start = System.nanoTime();
			panel.refresh(); // a second refresh replaces 10,000 rows
			int count = shown.get();
			UiWait.until(display, 20_000, () -> shown.get() > count);
			System.out.println("JobsPanelScaleTest: first paint " + paintMillis + " ms, refresh of " + JOBS + " jobs "
					+ (System.nanoTime() - start) / 1_000_000 + " ms, " + filled + " items filled");
		} finally {
			shell.dispose();
		}
	}
}
