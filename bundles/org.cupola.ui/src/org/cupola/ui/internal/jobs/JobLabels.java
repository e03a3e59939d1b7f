package org.cupola.ui.internal.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.cupola.ipp.Job;
import org.cupola.ipp.model.ServerJob;
import org.eclipse.osgi.util.NLS;

/** Column texts of the Jobs view. */
public final class JobLabels {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private JobLabels() {
	}

	/** {@return the job id} */
	public static String id(ServerJob row) {
		return Integer.toString(row.id());
	}

	/**
	 * {@return the job name; CUPS leaves it out of other users' jobs (JobPrivateValues), which is said instead of an
	 * empty cell}
	 */
	public static String name(ServerJob row) {
		return privateIfNull(row.job().name());
	}

	/** {@return the user who submitted the job (left out for other users' jobs like the name)} */
	public static String owner(ServerJob row) {
		return privateIfNull(row.job().user());
	}

	private static String privateIfNull(String s) {
		return s == null ? Messages.Jobs_private : s;
	}

	/** {@return the queue, with the server when {@code withServer}} */
	public static String printer(ServerJob row, boolean withServer) {
		String name = nonNull(row.job().printerName());
		return withServer ? NLS.bind(Messages.Jobs_printerOnServer, name, row.server().hostAndPort()) : name;
	}

	/** {@return the job state} */
	public static String state(ServerJob row) {
		Job.State state = row.job().state();
		if (state == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (state) {
		case PENDING -> Messages.State_pending;
		case HELD -> Messages.State_held;
		case PROCESSING -> Messages.State_processing;
		case STOPPED -> Messages.State_stopped;
		case CANCELED -> Messages.State_canceled;
		case ABORTED -> Messages.State_aborted;
		case COMPLETED -> Messages.State_completed;
		};
	}

	/** {@return the size in kilobytes, empty when unknown} */
	public static String size(ServerJob row) {
		int kb = row.job().sizeKb();
		return kb > 0 ? NLS.bind(Messages.Jobs_sizeKb, Integer.valueOf(kb)) : ""; //$NON-NLS-1$
	}

	/** {@return the creation time, in the local zone} */
	public static String created(ServerJob row) {
		Instant created = row.job().timeAtCreation();
		return created == null ? "" : TIME.format(created); //$NON-NLS-1$
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
