package org.cupola.ipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppTag;

/**
 * A CUPS queue (printer or class) as returned by CUPS-Get-Printers, CUPS-Get-Classes, CUPS-Get-Default or
 * Get-Printer-Attributes: typed getters over the printer's attribute group. Getters return null (or an empty list)
 * for attributes the server did not send. Immutable.
 */
public final class Printer {

	/** {@code printer-state}. */
	public enum State {
		/** 3: ready for jobs. */
		IDLE,
		/** 4: printing. */
		PROCESSING,
		/** 5: stopped (paused, or stopped by an error). */
		STOPPED;

		/**
		 * @param value
		 *            the IPP enum value
		 * @return the state, or null for an unknown value
		 */
		public static State of(int value) {
			return switch (value) {
			case 3 -> IDLE;
			case 4 -> PROCESSING;
			case 5 -> STOPPED;
			default -> null;
			};
		}
	}

	/**
	 * One marker (toner, ink, waste...), from the parallel {@code marker-*} attributes.
	 *
	 * @param name
	 *            {@code marker-names}
	 * @param level
	 *            {@code marker-levels}: 0-100, -1 unavailable, -2 unknown, -3 unknown but not empty
	 * @param color
	 *            {@code marker-colors}, e.g. {@code #00FFFF}, or null
	 * @param type
	 *            {@code marker-types}, e.g. {@code toner}, or null
	 */
	public record Marker(String name, int level, String color, String type) {
	}

	/** {@code printer-type} bit: the queue is a class. */
	public static final int TYPE_CLASS = 0x0001;
	/** {@code printer-type} bit: the queue is remote. */
	public static final int TYPE_REMOTE = 0x0002;
	/** {@code printer-type} bit: an implicit class. */
	public static final int TYPE_IMPLICIT = 0x10000;
	/** {@code printer-type} bit: the server's default destination (CUPS sets it in its answers). */
	public static final int TYPE_DEFAULT = 0x20000;
	/** {@code print-quality} draft. */
	public static final int QUALITY_DRAFT = 3;
	/** {@code print-quality} normal. */
	public static final int QUALITY_NORMAL = 4;
	/** {@code print-quality} high. */
	public static final int QUALITY_HIGH = 5;

	private final IppAttributeGroup attributes;

	/**
	 * @param attributes
	 *            the printer-attributes group
	 */
	public Printer(IppAttributeGroup attributes) {
		this.attributes = Objects.requireNonNull(attributes);
	}

	/**
	 * {@return a printer known only by its name (e.g. to select the queue of an event for a command)}
	 *
	 * @param name
	 *            the queue name
	 */
	public static Printer named(String name) {
		return new Printer(IppAttributeGroup.builder(IppTag.PRINTER_ATTRIBUTES)
				.add("printer-name", IppTag.NAME, name).build()); //$NON-NLS-1$
	}

	/** {@return every attribute the server sent} */
	public IppAttributeGroup attributes() {
		return attributes;
	}

	/** {@return {@code printer-name}} */
	public String name() {
		return attributes.getString("printer-name"); //$NON-NLS-1$
	}

	/** {@return the first {@code printer-uri-supported}} */
	public String uri() {
		return attributes.getString("printer-uri-supported"); //$NON-NLS-1$
	}

	/** {@return {@code printer-state}, or null if not sent} */
	public State state() {
		return State.of(attributes.getInt("printer-state", 0)); //$NON-NLS-1$
	}

	/** {@return {@code printer-state-message}} */
	public String stateMessage() {
		return attributes.getString("printer-state-message"); //$NON-NLS-1$
	}

	/** {@return {@code printer-state-reasons} without "none"} */
	public List<String> stateReasons() {
		List<String> reasons = new ArrayList<>(attributes.getStrings("printer-state-reasons")); //$NON-NLS-1$
		reasons.remove("none"); //$NON-NLS-1$
		return List.copyOf(reasons);
	}

	/** {@return {@code printer-is-accepting-jobs} (false if not sent)} */
	public boolean acceptingJobs() {
		return attributes.getBoolean("printer-is-accepting-jobs", false); //$NON-NLS-1$
	}

	/** {@return {@code printer-is-shared} (false if not sent)} */
	public boolean shared() {
		return attributes.getBoolean("printer-is-shared", false); //$NON-NLS-1$
	}

	/** {@return {@code printer-location}} */
	public String location() {
		return attributes.getString("printer-location"); //$NON-NLS-1$
	}

	/** {@return {@code printer-info}, the description} */
	public String info() {
		return attributes.getString("printer-info"); //$NON-NLS-1$
	}

	/** {@return {@code printer-make-and-model}} */
	public String makeAndModel() {
		return attributes.getString("printer-make-and-model"); //$NON-NLS-1$
	}

	/** {@return {@code device-uri} (only sent to administrators by some CUPS versions)} */
	public String deviceUri() {
		return attributes.getString("device-uri"); //$NON-NLS-1$
	}

	/** {@return {@code printer-type}, CUPS' capability bits (0 if not sent)} */
	public int type() {
		return attributes.getInt("printer-type", 0); //$NON-NLS-1$
	}

	/** {@return whether the queue is the server's default destination} */
	public boolean isDefault() {
		return (type() & TYPE_DEFAULT) != 0;
	}

	/** {@return whether the queue is a class} */
	public boolean isClass() {
		return (type() & (TYPE_CLASS | TYPE_IMPLICIT)) != 0 || attributes.contains("member-names"); //$NON-NLS-1$
	}

	/** {@return {@code member-names} of a class, empty for a printer} */
	public List<String> memberNames() {
		return attributes.getStrings("member-names"); //$NON-NLS-1$
	}

	/** {@return {@code printer-error-policy}} */
	public String errorPolicy() {
		return attributes.getString("printer-error-policy"); //$NON-NLS-1$
	}

	/** {@return {@code queued-job-count} (0 if not sent)} */
	public int queuedJobCount() {
		return attributes.getInt("queued-job-count", 0); //$NON-NLS-1$
	}

	/** {@return {@code copies-default} (0 if not sent)} */
	public int copiesDefault() {
		return attributes.getInt("copies-default", 0); //$NON-NLS-1$
	}

	/** {@return {@code sides-default}, e.g. {@code two-sided-long-edge}, or null} */
	public String sidesDefault() {
		return attributes.getString("sides-default"); //$NON-NLS-1$
	}

	/** {@return {@code media-default}, e.g. {@code iso_a4_210x297mm}, or null} */
	public String mediaDefault() {
		return attributes.getString("media-default"); //$NON-NLS-1$
	}

	/**
	 * {@return {@code print-quality-default}: {@link #QUALITY_DRAFT}, {@link #QUALITY_NORMAL}, {@link #QUALITY_HIGH}
	 * (or another value a server sent), 0 if not sent}
	 */
	public int printQualityDefault() {
		return attributes.getInt("print-quality-default", 0); //$NON-NLS-1$
	}

	/**
	 * {@return the values of an attribute as text (out-of-band values left out), e.g. the policies of
	 * {@code printer-op-policy-supported}; empty when absent}
	 */
	public List<String> strings(String attribute) {
		return JobOptionValue.of(this, attribute).stream().map(JobOptionValue::toString).toList();
	}

	/** {@return the markers (supplies) from {@code marker-names}, {@code -levels}, {@code -colors}, {@code -types}} */
	public List<Marker> markers() {
		List<String> names = attributes.getStrings("marker-names"); //$NON-NLS-1$
		IppAttribute levelsAttribute = attributes.get("marker-levels"); //$NON-NLS-1$
		List<Integer> levels = levelsAttribute == null ? List.of() : levelsAttribute.intValues();
		List<String> colors = attributes.getStrings("marker-colors"); //$NON-NLS-1$
		List<String> types = attributes.getStrings("marker-types"); //$NON-NLS-1$
		List<Marker> markers = new ArrayList<>(names.size());
		for (int i = 0; i < names.size(); i++) {
			markers.add(new Marker(names.get(i), i < levels.size() ? levels.get(i).intValue() : -2,
					i < colors.size() ? colors.get(i) : null, i < types.size() ? types.get(i) : null));
		}
		return List.copyOf(markers);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Printer other && attributes.equals(other.attributes);
	}

	@Override
	public int hashCode() {
		return attributes.hashCode();
	}

	@Override
	public String toString() {
		return "Printer[" + name() + ", " + state() + ']'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
