package org.cupola.ui.internal.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cupola.ipp.CredentialsRequest.Field;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.model.ServerJob;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

/**
 * What the queues of jobs held for authentication ask ({@code auth-info-required}), for the Jobs view's reason
 * column: fetched once per queue in a background job the first time such a job is shown, then the table is
 * refreshed. A queue that cannot be asked is remembered as "not known" (the reason then names no fields).
 */
final class AuthFieldsCache {

	private static final List<Field> UNKNOWN = List.of();

	private final Map<String, List<Field>> fields = new ConcurrentHashMap<>();
	private final Control control;
	private final Runnable onFetched;

	/**
	 * @param control
	 *            the table: fetched values are applied on its display while it lives
	 * @param onFetched
	 *            runs on the UI thread after a queue's value arrived
	 */
	AuthFieldsCache(Control control, Runnable onFetched) {
		this.control = control;
		this.onFetched = onFetched;
	}

	/** {@return the fields the job's queue asks, or null when not known yet (a fetch is then started)} */
	List<Field> fields(ServerJob row) {
		String printer = row.job().printerName();
		if (!row.job().isHeldForAuthentication() || printer == null) {
			return null;
		}
		String key = row.server().key() + '/' + printer;
		List<Field> known = fields.get(key);
		if (known != null) {
			return known == UNKNOWN ? null : known;
		}
		if (fields.putIfAbsent(key, UNKNOWN) == null) {
			CupsJob<List<Field>> job = new CupsJob<>(NLS.bind(Messages.Jobs_jobAuthFields, printer), row.server(),
					monitor -> row.connection().getAuthInfoRequired(printer, monitor).fields());
			job.setSystem(true);
			job.result().thenAccept(value -> {
				fields.put(key, value);
				if (!control.isDisposed()) {
					control.getDisplay().asyncExec(() -> {
						if (!control.isDisposed()) {
							onFetched.run();
						}
					});
				}
			});
			job.schedule();
		}
		return null;
	}
}
