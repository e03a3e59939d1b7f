package org.cupola.ui.internal.notify;

import java.time.ZoneId;

import org.cupola.ipp.events.QueueEvent;
import org.cupola.ipp.events.StopExplainer;
import org.eclipse.osgi.util.NLS;

/** A notification's title and sentence for an event, and the label of an event kind. */
public final class EventTexts {

	private EventTexts() {
	}

	/**
	 * @param e
	 *            an event
	 * @return the title: "Queue stopped: broken"
	 */
	public static String title(QueueEvent e) {
		return NLS.bind(Messages.Popup_titleQueue, e.kind().label(), e.queue() != null ? e.queue() : e.server());
	}

	/**
	 * @param e
	 *            an event
	 * @param zone
	 *            the time zone for times
	 * @return the sentence
	 */
	public static String text(QueueEvent e, ZoneId zone) {
		String id = Integer.toString(e.jobId());
		String name = e.jobName() == null || e.jobName().isBlank() ? "?" : e.jobName(); //$NON-NLS-1$
		String why = e.cause() != null ? e.cause() : e.message();
		return switch (e.kind()) {
		case JOB_COMPLETED -> NLS.bind(Messages.Popup_jobCompleted, new Object[] { id, name, e.queue() });
		case JOB_FAILED -> why == null || why.isBlank()
				? NLS.bind(Messages.Popup_jobFailed, new Object[] { id, name, e.queue() })
				: NLS.bind(Messages.Popup_jobFailedWithCause, new Object[] { id, name, e.queue(), why });
		case JOB_CANCELED -> NLS.bind(Messages.Popup_jobCanceled, new Object[] { id, name, e.queue() });
		case JOB_HELD_AUTH -> NLS.bind(Messages.Popup_jobHeldAuth, new Object[] { id, name, e.queue() });
		case QUEUE_STOPPED -> StopExplainer.sentence(e, zone);
		case QUEUE_RESUMED -> e.cause() != null ? e.queue() + ": " + e.cause() //$NON-NLS-1$
				: NLS.bind(Messages.Popup_resumed, e.queue());
		case PRINTER_ATTENTION -> NLS.bind(Messages.Popup_attention, e.queue(), detail(e));
		case ATTENTION_CLEARED -> NLS.bind(Messages.Popup_attentionCleared, e.queue(), String.join(", ", e.reasons())); //$NON-NLS-1$
		case SERVER_GONE -> NLS.bind(Messages.Popup_serverGone, e.server(), why == null ? "" : why); //$NON-NLS-1$
		case SERVER_BACK -> NLS.bind(Messages.Popup_serverBack, e.server());
		};
	}

	/**
	 * @param e
	 *            an event
	 * @return its details in one line, for the history's table
	 */
	public static String detail(QueueEvent e) {
		StringBuilder sb = new StringBuilder();
		if (e.jobId() > 0) {
			sb.append(NLS.bind(Messages.History_jobDetail, Integer.toString(e.jobId()),
					e.jobName() == null ? "" : e.jobName())); //$NON-NLS-1$
		}
		String why = e.cause() != null ? e.cause() : e.message();
		if (why != null && !why.isBlank()) {
			append(sb, why);
		}
		if (!e.reasons().isEmpty()) {
			append(sb, String.join(", ", e.reasons())); //$NON-NLS-1$
		}
		return sb.toString();
	}

	private static void append(StringBuilder sb, String s) {
		if (sb.length() > 0) {
			sb.append(" \u2014 "); //$NON-NLS-1$
		}
		sb.append(s);
	}
}
