package org.cupola.ipp.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cupola.ipp.internal.EventMessages;
import org.cupola.ipp.internal.json.JsonText;

/**
 * Something that happened on a CUPS server that a user may want to hear about or read later: one entry of a
 * {@link QueueHistory} and the subject of a desktop notification. Immutable; every field but {@code time},
 * {@code server} and {@code kind} is optional (null, 0 or empty).
 *
 * @param time
 *            when it happened (the event's time on the server when known, else when it was seen)
 * @param server
 *            {@code host:port} of the server
 * @param queue
 *            the queue, or null for a server event
 * @param kind
 *            what happened
 * @param reasons
 *            {@code printer-state-reasons} (queue events) or {@code job-state-reasons} (job events)
 * @param message
 *            {@code printer-state-message} or {@code job-printer-state-message} at that time
 * @param jobId
 *            the job concerned: the finished job, or for a stop the job that was printing; 0 if none
 * @param jobUser
 *            {@code job-originating-user-name}, or null
 * @param jobName
 *            {@code job-name}, or null
 * @param cause
 *            why, in words ("backend socket exited with status 1 (The printer is not responding.)"), or null
 * @param log
 *            the matching {@code [Job N]} lines of the error log (an administrator's view), oldest first
 */
public record QueueEvent(Instant time, String server, String queue, Kind kind, List<String> reasons, String message,
		int jobId, String jobUser, String jobName, String cause, List<String> log) {

	/** What happened. */
	public enum Kind {
		/** A job printed to the end. */
		JOB_COMPLETED,
		/** A job was aborted (or stopped) by the server. */
		JOB_FAILED,
		/** A job was cancelled. */
		JOB_CANCELED,
		/** A job is held until someone authenticates it ({@code auth-info-required}). */
		JOB_HELD_AUTH,
		/** The queue stopped (paused by a user, or by the error policy after a failure). */
		QUEUE_STOPPED,
		/** The queue runs again. */
		QUEUE_RESUMED,
		/** The printer reports something a person must see to ({@code media-empty}, {@code door-open}...). */
		PRINTER_ATTENTION,
		/** The printer no longer reports what needed attention. */
		ATTENTION_CLEARED,
		/** The server stopped answering. */
		SERVER_GONE,
		/** The server answers again. */
		SERVER_BACK;

		/** {@return what the kind is called, e.g. "Queue stopped"} */
		public String label() {
			return switch (this) {
			case JOB_COMPLETED -> EventMessages.Kind_JOB_COMPLETED;
			case JOB_FAILED -> EventMessages.Kind_JOB_FAILED;
			case JOB_CANCELED -> EventMessages.Kind_JOB_CANCELED;
			case JOB_HELD_AUTH -> EventMessages.Kind_JOB_HELD_AUTH;
			case QUEUE_STOPPED -> EventMessages.Kind_QUEUE_STOPPED;
			case QUEUE_RESUMED -> EventMessages.Kind_QUEUE_RESUMED;
			case PRINTER_ATTENTION -> EventMessages.Kind_PRINTER_ATTENTION;
			case ATTENTION_CLEARED -> EventMessages.Kind_ATTENTION_CLEARED;
			case SERVER_GONE -> EventMessages.Kind_SERVER_GONE;
			case SERVER_BACK -> EventMessages.Kind_SERVER_BACK;
			};
		}

		/** {@return whether this is about a job} */
		public boolean isJobEvent() {
			return this == JOB_COMPLETED || this == JOB_FAILED || this == JOB_CANCELED || this == JOB_HELD_AUTH;
		}
	}

	/** Copies the lists; checks the mandatory fields. */
	public QueueEvent {
		Objects.requireNonNull(time, "time"); //$NON-NLS-1$
		Objects.requireNonNull(server, "server"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
		log = log == null ? List.of() : List.copyOf(log);
	}

	/**
	 * @param cause
	 *            the new cause
	 * @param logLines
	 *            the new error-log lines
	 * @return this event with a cause and log lines
	 */
	public QueueEvent withCause(String cause, List<String> logLines) {
		return new QueueEvent(time, server, queue, kind, reasons, message, jobId, jobUser, jobName, cause, logLines);
	}

	/** {@return this event as one line of JSON} */
	public String toJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("time", time.toString()); //$NON-NLS-1$
		m.put("server", server); //$NON-NLS-1$
		m.put("queue", queue); //$NON-NLS-1$
		m.put("kind", kind.name()); //$NON-NLS-1$
		m.put("reasons", reasons); //$NON-NLS-1$
		m.put("message", message); //$NON-NLS-1$
		m.put("jobId", jobId == 0 ? null : Integer.valueOf(jobId)); //$NON-NLS-1$
		m.put("jobUser", jobUser); //$NON-NLS-1$
		m.put("jobName", jobName); //$NON-NLS-1$
		m.put("cause", cause); //$NON-NLS-1$
		m.put("log", log.isEmpty() ? null : log); //$NON-NLS-1$
		m.values().removeIf(Objects::isNull); // absent members are left out, not written as null
		return JsonText.write(m, false, false);
	}

	/**
	 * @param line
	 *            what {@link #toJson()} wrote
	 * @return the event
	 * @throws IllegalArgumentException
	 *             when the line is not such an event
	 */
	@SuppressWarnings("unchecked")
	public static QueueEvent fromJson(String line) {
		try {
			Map<String, Object> m = (Map<String, Object>) JsonText.parse(line, false);
			Object jobId = m.get("jobId"); //$NON-NLS-1$
			return new QueueEvent(Instant.parse((String) m.get("time")), (String) m.get("server"), //$NON-NLS-1$ //$NON-NLS-2$
					(String) m.get("queue"), Kind.valueOf((String) m.get("kind")), //$NON-NLS-1$ //$NON-NLS-2$
					strings(m.get("reasons")), (String) m.get("message"), //$NON-NLS-1$ //$NON-NLS-2$
					jobId == null ? 0 : ((Long) jobId).intValue(), (String) m.get("jobUser"), //$NON-NLS-1$
					(String) m.get("jobName"), (String) m.get("cause"), strings(m.get("log"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (ClassCastException | NullPointerException | java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("not a queue event: " + line, e); //$NON-NLS-1$
		}
	}

	/**
	 * @param value
	 *            a member's value
	 * @return it as a list of strings, null when absent
	 * @throws ClassCastException
	 *             unless it is a list of strings
	 */
	private static List<String> strings(Object value) {
		if (value == null) {
			return null;
		}
		List<?> list = (List<?>) value;
		list.forEach(String.class::cast);
		@SuppressWarnings("unchecked")
		List<String> strings = (List<String>) list;
		return strings;
	}
}
