package org.cupola.ipp;

import java.time.Instant;
import java.util.List;

import org.cupola.ipp.codec.IppAttributeGroup;

/**
 * The answer to Get-Notifications: the event groups and how long to wait before asking again.
 *
 * @param events
 *            the event-notification groups, oldest first
 * @param intervalSeconds
 *            {@code notify-get-interval}: when to poll next (0 if not sent)
 */
public record Notifications(List<IppAttributeGroup> events, int intervalSeconds) {

	/**
	 * One event, typed.
	 *
	 * @param subscriptionId
	 *            {@code notify-subscription-id}
	 * @param sequenceNumber
	 *            {@code notify-sequence-number}
	 * @param event
	 *            {@code notify-subscribed-event}, e.g. {@code job-state-changed}
	 * @param text
	 *            {@code notify-text}
	 * @param printerName
	 *            {@code printer-name}, or null
	 * @param jobId
	 *            {@code notify-job-id}, or 0
	 * @param time
	 *            {@code printer-up-time} of the event, or null
	 * @param attributes
	 *            the whole group
	 */
	public record Event(int subscriptionId, int sequenceNumber, String event, String text, String printerName,
			int jobId, Instant time, IppAttributeGroup attributes) {

		/**
		 * @param group
		 *            an event-notification group
		 * @return the typed event
		 */
		public static Event of(IppAttributeGroup group) {
			int upTime = group.getInt("printer-up-time", 0); //$NON-NLS-1$
			return new Event(group.getInt("notify-subscription-id", 0), //$NON-NLS-1$
					group.getInt("notify-sequence-number", 0), //$NON-NLS-1$
					group.getString("notify-subscribed-event"), group.getString("notify-text"), //$NON-NLS-1$ //$NON-NLS-2$
					group.getString("printer-name"), group.getInt("notify-job-id", 0), //$NON-NLS-1$ //$NON-NLS-2$
					upTime > 0 ? Instant.ofEpochSecond(upTime) : null, group);
		}
	}

	/**
	 * Copies the list.
	 */
	public Notifications {
		events = List.copyOf(events);
	}

	/** {@return the events, typed} */
	public List<Event> typedEvents() {
		return events.stream().map(Event::of).toList();
	}

	/** {@return the {@code notify-subscribed-event} keywords, in order} */
	public List<String> eventNames() {
		return typedEvents().stream().map(Event::event).toList();
	}

	/**
	 * {@return the highest {@code notify-sequence-number} received, or 0: pass it plus one as {@code sinceSequence}
	 * next time}
	 */
	public int lastSequenceNumber() {
		return typedEvents().stream().mapToInt(Event::sequenceNumber).max().orElse(0);
	}
}
