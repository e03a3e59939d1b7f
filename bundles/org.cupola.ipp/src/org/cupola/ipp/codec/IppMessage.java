package org.cupola.ipp.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable IPP request or response: version, operation-id or status-code, request-id and attribute groups.
 * Build requests with {@link #request(int, int)}.
 */
public final class IppMessage {

	/** Name of the operation attribute holding the response status message. */
	public static final String STATUS_MESSAGE = "status-message";

	private final int versionMajor;
	private final int versionMinor;
	private final int code;
	private final int requestId;
	private final List<IppAttributeGroup> groups;

	/**
	 * Creates a message.
	 *
	 * @param versionMajor major version, 0-255 (normally 1 or 2)
	 * @param versionMinor minor version, 0-255
	 * @param code operation-id (request) or status-code (response), 0-65535
	 * @param requestId request-id
	 * @param groups attribute groups in wire order, copied
	 */
	public IppMessage(final int versionMajor, final int versionMinor, final int code, final int requestId,
			final List<IppAttributeGroup> groups) {
		if (versionMajor < 0 || versionMajor > 0xFF || versionMinor < 0 || versionMinor > 0xFF) {
			throw new IllegalArgumentException("invalid IPP version " + versionMajor + "." + versionMinor);
		}
		if (code < 0 || code > 0xFFFF) {
			throw new IllegalArgumentException("operation/status code out of range: " + code);
		}
		this.versionMajor = versionMajor;
		this.versionMinor = versionMinor;
		this.code = code;
		this.requestId = requestId;
		this.groups = List.copyOf(groups);
	}

	/**
	 * Starts a request whose operation group already holds {@code attributes-charset=utf-8} and
	 * {@code attributes-natural-language=en}.
	 *
	 * @param operation operation-id, see {@link IppOperation}
	 * @param requestId request-id (should be positive)
	 * @return a builder for IPP/2.0
	 */
	public static Builder request(final int operation, final int requestId) {
		return new Builder(operation, requestId);
	}

	/**
	 * Starts a response (for tests and fake servers) with the same standard operation attributes as
	 * {@link #request(int, int)}.
	 *
	 * @param status status-code, see {@link IppStatus}
	 * @param requestId request-id of the request answered
	 * @return a builder for IPP/2.0
	 */
	public static Builder response(final int status, final int requestId) {
		return new Builder(status, requestId);
	}

	/**
	 * @return the major version number
	 */
	public int versionMajor() {
		return versionMajor;
	}

	/**
	 * @return the minor version number
	 */
	public int versionMinor() {
		return versionMinor;
	}

	/**
	 * @return the operation-id of a request or the status-code of a response
	 */
	public int code() {
		return code;
	}

	/**
	 * @return {@link #code()}, for responses
	 */
	public int status() {
		return code;
	}

	/**
	 * @return {@link #code()}, for requests
	 */
	public int operation() {
		return code;
	}

	/**
	 * @return the request-id
	 */
	public int requestId() {
		return requestId;
	}

	/**
	 * @return all groups in wire order (unmodifiable)
	 */
	public List<IppAttributeGroup> groups() {
		return groups;
	}

	/**
	 * @param tag a group tag
	 * @return the first group with {@code tag}, or {@code null}
	 */
	public IppAttributeGroup group(final int tag) {
		for (final IppAttributeGroup group : groups) {
			if (group.tag() == tag) {
				return group;
			}
		}
		return null;
	}

	/**
	 * @param tag a group tag
	 * @return all groups with {@code tag}, in wire order (e.g. one printer group per printer)
	 */
	public List<IppAttributeGroup> groups(final int tag) {
		final List<IppAttributeGroup> result = new ArrayList<>();
		for (final IppAttributeGroup group : groups) {
			if (group.tag() == tag) {
				result.add(group);
			}
		}
		return List.copyOf(result);
	}

	/**
	 * @return the operation group, or {@code null}
	 */
	public IppAttributeGroup operationAttributes() {
		return group(IppTag.OPERATION_ATTRIBUTES);
	}

	/**
	 * @return the {@code status-message} operation attribute, or {@code null}
	 */
	public String statusMessage() {
		final IppAttributeGroup operation = operationAttributes();
		return operation == null ? null : operation.getString(STATUS_MESSAGE);
	}

	@Override
	public boolean equals(final Object obj) {
		return obj instanceof final IppMessage other && versionMajor == other.versionMajor
				&& versionMinor == other.versionMinor && code == other.code && requestId == other.requestId
				&& groups.equals(other.groups);
	}

	@Override
	public int hashCode() {
		return ((versionMajor * 31 + versionMinor) * 31 + code) * 31 + requestId + 17 * groups.hashCode();
	}

	/** Bounded summary: header fields and group tags with sizes, never attribute values. */
	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder("IPP/").append(versionMajor).append('.').append(versionMinor)
				.append(" code=0x").append(Integer.toHexString(code)).append(" request-id=").append(requestId)
				.append(" groups=[");
		final int shown = Math.min(groups.size(), ValueFormat.MAX_VALUES);
		for (int i = 0; i < shown; i++) {
			final IppAttributeGroup group = groups.get(i);
			sb.append(i == 0 ? "" : ", ").append(IppTag.name(group.tag())).append('(').append(group.size()).append(')');
		}
		if (groups.size() > shown) {
			sb.append(", ... ").append(groups.size()).append(" groups");
		}
		return sb.append(']').toString();
	}

	/**
	 * Fluent builder for a message. The first group is the operation group with the standard charset and language
	 * attributes; {@link #group(int)} starts further groups and {@link #attribute(String, int, Object...)} appends
	 * to the group started last. Not thread-safe.
	 */
	public static final class Builder {

		private final int code;
		private final int requestId;
		private int versionMajor = 2;
		private int versionMinor;
		private final IppAttributeGroup.Builder operationGroup = IppAttributeGroup.builder(IppTag.OPERATION_ATTRIBUTES);
		private final List<IppAttributeGroup.Builder> groups = new ArrayList<>();

		Builder(final int code, final int requestId) {
			this.code = code;
			this.requestId = requestId;
			operationGroup.add("attributes-charset", IppTag.CHARSET, "utf-8");
			operationGroup.add("attributes-natural-language", IppTag.NATURAL_LANGUAGE, "en");
			groups.add(operationGroup);
		}

		/**
		 * @param major major version (default 2)
		 * @param minor minor version (default 0)
		 * @return this builder
		 */
		public Builder version(final int major, final int minor) {
			this.versionMajor = major;
			this.versionMinor = minor;
			return this;
		}

		/**
		 * Appends an attribute to the operation group, whichever group was started last.
		 *
		 * @param name attribute name
		 * @param tag value tag
		 * @param values values
		 * @return this builder
		 */
		public Builder operation(final String name, final int tag, final Object... values) {
			operationGroup.add(name, tag, values);
			return this;
		}

		/**
		 * Starts a new group; later {@link #attribute} calls append to it.
		 *
		 * @param delimiterTag group tag, e.g. {@link IppTag#JOB_ATTRIBUTES}
		 * @return this builder
		 */
		public Builder group(final int delimiterTag) {
			groups.add(IppAttributeGroup.builder(delimiterTag));
			return this;
		}

		/**
		 * Appends an attribute to the group started last (initially the operation group).
		 *
		 * @param name attribute name
		 * @param tag value tag
		 * @param values values
		 * @return this builder
		 */
		public Builder attribute(final String name, final int tag, final Object... values) {
			groups.get(groups.size() - 1).add(name, tag, values);
			return this;
		}

		/**
		 * Appends an attribute to the group started last.
		 *
		 * @param attribute the attribute
		 * @return this builder
		 */
		public Builder attribute(final IppAttribute attribute) {
			groups.get(groups.size() - 1).add(attribute);
			return this;
		}

		/**
		 * @return the message
		 */
		public IppMessage build() {
			final List<IppAttributeGroup> built = new ArrayList<>(groups.size());
			for (final IppAttributeGroup.Builder group : groups) {
				built.add(group.build());
			}
			return new IppMessage(versionMajor, versionMinor, code, requestId, built);
		}
	}
}
