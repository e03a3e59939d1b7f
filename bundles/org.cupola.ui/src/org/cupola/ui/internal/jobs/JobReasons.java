package org.cupola.ui.internal.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cupola.ipp.CredentialsRequest.Field;
import org.cupola.ipp.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Why a job is in its state, in words: its {@code job-state-reasons}, its {@code job-hold-until} and what the printer
 * said about it ({@code job-printer-state-message}). Every attribute is optional: a job without them has no reason
 * (an empty text), never an error.
 */
public final class JobReasons {

	private JobReasons() {
	}

	/**
	 * {@return the reason in words, e.g. "waiting for authentication (user name, password) — backend: ..."; empty
	 * when the job says nothing}
	 *
	 * @param job
	 *            the job
	 * @param authFields
	 *            what its queue's {@code auth-info-required} asks, or null when not known (yet)
	 */
	public static String describe(Job job, List<Field> authFields) {
		Set<String> parts = new LinkedHashSet<>();
		if (job.isHeldForAuthentication()) {
			parts.add(authFields == null || authFields.isEmpty() ? Messages.Reason_heldForAuth
					: NLS.bind(Messages.Reason_heldForAuthFields, fieldNames(authFields)));
		} else if (job.state() == Job.State.HELD) {
			String until = job.holdUntil();
			if (until == null || "indefinite".equals(until)) { //$NON-NLS-1$
				parts.add(Messages.Reason_heldIndefinitely);
			} else if (!"no-hold".equals(until)) { //$NON-NLS-1$
				parts.add(NLS.bind(Messages.Reason_holdUntil, until));
			}
		}
		boolean over = job.state() != null && job.state().isTerminal();
		for (String keyword : job.stateReasons()) {
			String words = over && "processing-to-stop-point".equals(keyword) ? null : words(keyword); //$NON-NLS-1$
			if (words != null) {
				parts.add(words);
			}
		}
		String text = String.join(", ", parts); //$NON-NLS-1$
		String message = job.stateMessage();
		if (message == null || message.isBlank()) {
			return text;
		}
		return text.isEmpty() ? message.strip() : NLS.bind(Messages.Reason_withMessage, text, message.strip());
	}

	/** {@return the fields in words, e.g. "user name, password"} */
	public static String fieldNames(List<Field> fields) {
		List<String> names = new ArrayList<>();
		for (Field f : fields) {
			names.add(switch (f) {
			case DOMAIN -> Messages.Field_domain;
			case USERNAME -> Messages.Field_username;
			case PASSWORD -> Messages.Field_password;
			});
		}
		return String.join(", ", names); //$NON-NLS-1$
	}

	/** {@return a reason keyword in words; null for those the state already says; unknown ones as they are} */
	static String words(String keyword) {
		return switch (keyword) {
		case "cups-held-for-authentication", "job-hold-until-specified", "job-printing", "job-queued", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"job-completed-successfully", "none", "job-canceled-by-system" -> null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "printer-stopped" -> Messages.Reason_printerStopped; //$NON-NLS-1$
		case "printer-stopped-partly" -> Messages.Reason_printerStoppedPartly; //$NON-NLS-1$
		case "job-canceled-by-user" -> Messages.Reason_canceledByUser; //$NON-NLS-1$
		case "job-canceled-by-operator" -> Messages.Reason_canceledByOperator; //$NON-NLS-1$
		case "job-canceled-at-device" -> Messages.Reason_canceledAtDevice; //$NON-NLS-1$
		case "aborted-by-system" -> Messages.Reason_abortedBySystem; //$NON-NLS-1$
		case "job-completed-with-errors" -> Messages.Reason_completedWithErrors; //$NON-NLS-1$
		case "job-completed-with-warnings" -> Messages.Reason_completedWithWarnings; //$NON-NLS-1$
		case "document-format-error" -> Messages.Reason_formatError; //$NON-NLS-1$
		case "unsupported-document-format" -> Messages.Reason_unsupportedFormat; //$NON-NLS-1$
		case "document-access-error" -> Messages.Reason_accessError; //$NON-NLS-1$
		case "job-data-insufficient" -> Messages.Reason_dataInsufficient; //$NON-NLS-1$
		case "resources-are-not-ready" -> Messages.Reason_resourcesNotReady; //$NON-NLS-1$
		case "processing-to-stop-point" -> Messages.Reason_stopping; //$NON-NLS-1$
		case "job-incoming" -> Messages.Reason_incoming; //$NON-NLS-1$
		default -> keyword;
		};
	}
}
