package org.cupola.ipp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.TextWithLanguage;

/**
 * A print job as returned by Get-Jobs or Get-Job-Attributes: typed getters over the job's attribute group. Getters
 * return null (or an empty list, or 0) for attributes the server did not send. Immutable.
 */
public final class Job {

	/** {@code job-state}. */
	public enum State {
		/** 3 */
		PENDING,
		/** 4 */
		HELD,
		/** 5 */
		PROCESSING,
		/** 6 */
		STOPPED,
		/** 7 */
		CANCELED,
		/** 8 */
		ABORTED,
		/** 9 */
		COMPLETED;

		/**
		 * @param value
		 *            the IPP enum value
		 * @return the state, or null for an unknown value
		 */
		public static State of(int value) {
			return value >= 3 && value <= 9 ? values()[value - 3] : null;
		}

		/** {@return whether the job is over (cancelled, aborted or completed)} */
		public boolean isTerminal() {
			return this == CANCELED || this == ABORTED || this == COMPLETED;
		}
	}

	private final IppAttributeGroup attributes;

	/**
	 * @param attributes
	 *            the job-attributes group
	 */
	public Job(IppAttributeGroup attributes) {
		this.attributes = Objects.requireNonNull(attributes);
	}

	/** {@return every attribute the server sent} */
	public IppAttributeGroup attributes() {
		return attributes;
	}

	/** {@return {@code job-id} (0 if not sent)} */
	public int id() {
		return attributes.getInt("job-id", 0); //$NON-NLS-1$
	}

	/** {@return {@code job-uri}} */
	public String uri() {
		return attributes.getString("job-uri"); //$NON-NLS-1$
	}

	/** {@return {@code job-name}} */
	public String name() {
		return attributes.getString("job-name"); //$NON-NLS-1$
	}

	/** {@return {@code job-state}, or null if not sent} */
	public State state() {
		return State.of(attributes.getInt("job-state", 0)); //$NON-NLS-1$
	}

	/** {@return {@code job-state-reasons} without "none"} */
	public List<String> stateReasons() {
		List<String> reasons = new ArrayList<>(attributes.getStrings("job-state-reasons")); //$NON-NLS-1$
		reasons.remove("none"); //$NON-NLS-1$
		return List.copyOf(reasons);
	}

	/** {@return {@code job-printer-state-message}, what the printer said about this job} */
	public String stateMessage() {
		return attributes.getString("job-printer-state-message"); //$NON-NLS-1$
	}

	/** {@return {@code job-hold-until} (e.g. {@code indefinite}, {@code auth-info-required}), or null} */
	public String holdUntil() {
		return attributes.getString("job-hold-until"); //$NON-NLS-1$
	}

	/**
	 * {@return whether CUPS holds the job until it gets credentials for the printer's device (CUPS-Authenticate-Job):
	 * held with {@code job-hold-until=auth-info-required} or the reason {@code cups-held-for-authentication}}
	 */
	public boolean isHeldForAuthentication() {
		return state() == State.HELD && ("auth-info-required".equals(holdUntil()) //$NON-NLS-1$
				|| stateReasons().contains("cups-held-for-authentication")); //$NON-NLS-1$
	}

	/** {@return {@code job-printer-uri}} */
	public String printerUri() {
		return attributes.getString("job-printer-uri"); //$NON-NLS-1$
	}

	/** {@return the queue name: the last path segment of {@code job-printer-uri}} */
	public String printerName() {
		String uri = printerUri();
		if (uri == null) {
			return null;
		}
		int slash = uri.lastIndexOf('/');
		return slash >= 0 ? uri.substring(slash + 1) : uri;
	}

	/** {@return {@code job-originating-user-name}} */
	public String user() {
		return attributes.getString("job-originating-user-name"); //$NON-NLS-1$
	}

	/** {@return {@code job-k-octets}, the size in kilobytes (0 if not sent)} */
	public int sizeKb() {
		return attributes.getInt("job-k-octets", 0); //$NON-NLS-1$
	}

	/** {@return {@code job-impressions-completed} (0 if not sent)} */
	public int impressionsCompleted() {
		return attributes.getInt("job-impressions-completed", 0); //$NON-NLS-1$
	}

	/** {@return {@code time-at-creation}, or null} */
	public Instant timeAtCreation() {
		return time("time-at-creation"); //$NON-NLS-1$
	}

	/** {@return {@code time-at-processing}, or null if not started} */
	public Instant timeAtProcessing() {
		return time("time-at-processing"); //$NON-NLS-1$
	}

	/** {@return {@code time-at-completed}, or null if not over} */
	public Instant timeAtCompleted() {
		return time("time-at-completed"); //$NON-NLS-1$
	}

	/**
	 * {@return every attribute the server sent, sorted by name, each value as text: texts and keywords as they are,
	 * numbers in decimal, binary values as their size, collections and ranges as their IPP rendering}
	 */
	public SortedMap<String, List<String>> attributeTexts() {
		SortedMap<String, List<String>> texts = new TreeMap<>();
		for (IppAttribute attribute : attributes.attributes()) {
			List<String> values = new ArrayList<>();
			for (Object value : attribute.values()) {
				values.add(switch (value) {
				case TextWithLanguage t -> t.text();
				case byte[] bytes -> "<" + bytes.length + " bytes>"; //$NON-NLS-1$ //$NON-NLS-2$
				default -> String.valueOf(value);
				});
			}
			texts.merge(attribute.name(), List.copyOf(values), (a, b) -> {
				List<String> both = new ArrayList<>(a);
				both.addAll(b);
				return List.copyOf(both);
			});
		}
		return texts;
	}

	private Instant time(String name) {
		int seconds = attributes.getInt(name, 0);
		return seconds > 0 ? Instant.ofEpochSecond(seconds) : null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Job other && attributes.equals(other.attributes);
	}

	@Override
	public int hashCode() {
		return attributes.hashCode();
	}

	@Override
	public String toString() {
		return "Job[" + id() + ", " + printerName() + ", " + state() + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
