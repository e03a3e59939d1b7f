package org.cupola.ipp;

/**
 * The attributes of a queue that CUPS-Add-Modify-Printer sets. Only the fields that were set are sent, so a
 * modification touches nothing else. Build with {@link #builder()}.
 *
 * @param deviceUri
 *            {@code device-uri}, or null
 * @param ppdName
 *            {@code ppd-name}: "everywhere" or a name from CUPS-Get-PPDs, or null
 * @param info
 *            {@code printer-info}, or null
 * @param location
 *            {@code printer-location}, or null
 * @param shared
 *            {@code printer-is-shared}, or null
 * @param errorPolicy
 *            {@code printer-error-policy} (stop-printer, retry-job, retry-current-job, abort-job), or null
 * @param enabled
 *            true to start (printer-state idle), false to stop (printer-state stopped), or null
 * @param acceptingJobs
 *            {@code printer-is-accepting-jobs}, or null
 */
public record PrinterSettings(String deviceUri, String ppdName, String info, String location, Boolean shared,
		String errorPolicy, Boolean enabled, Boolean acceptingJobs) {

	/** {@return a builder with no field set} */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds {@link PrinterSettings}; unset fields are not sent. */
	public static final class Builder {
		private String deviceUri;
		private String ppdName;
		private String info;
		private String location;
		private Boolean shared;
		private String errorPolicy;
		private Boolean enabled;
		private Boolean acceptingJobs;

		Builder() {
		}

		/** @return this */
		public Builder deviceUri(String value) {
			deviceUri = value;
			return this;
		}

		/** @return this */
		public Builder ppdName(String value) {
			ppdName = value;
			return this;
		}

		/** @return this */
		public Builder info(String value) {
			info = value;
			return this;
		}

		/** @return this */
		public Builder location(String value) {
			location = value;
			return this;
		}

		/** @return this */
		public Builder shared(Boolean value) {
			shared = value;
			return this;
		}

		/** @return this */
		public Builder errorPolicy(String value) {
			errorPolicy = value;
			return this;
		}

		/** @return this */
		public Builder enabled(Boolean value) {
			enabled = value;
			return this;
		}

		/** @return this */
		public Builder acceptingJobs(Boolean value) {
			acceptingJobs = value;
			return this;
		}

		/** {@return the settings} */
		public PrinterSettings build() {
			return new PrinterSettings(deviceUri, ppdName, info, location, shared, errorPolicy, enabled,
					acceptingJobs);
		}
	}
}
